/**
 * `dist/lazy/locale-uk.js`: every Ukrainian table of the charts and the element, which the lazy
 * modules leave out (scripts/lazy-translations-plugin.ts). A chart element imports it before it
 * first draws in Ukrainian; the loader preloads it for elements that ask for `locale="uk"`.
 * @module
 */
import { addTranslations } from "../../charts/core/translations.js";
import core from "../../charts/core/strings.uk.js";
import exchange from "../../charts/exchange/strings.uk.js";
import claimants from "../../charts/exchange/claimants.uk.js";
import timeline from "../../charts/timeline/strings.uk.js";
import cumulativeBars from "../../charts/cumulative-bars/strings.uk.js";
import heldCaptives from "../../charts/held-captives/strings.uk.js";
import heldPopulations from "../../charts/held-captives/names.uk.js";
import embed from "../strings.uk.js";

/** The tables by the part names their strings modules give `translations()`. */
export const tables = { core, exchange, claimants, timeline, "cumulative-bars": cumulativeBars, "held-captives": heldCaptives, "held-populations": heldPopulations, embed };

addTranslations("uk", tables);
