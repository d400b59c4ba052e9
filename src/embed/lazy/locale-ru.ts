/**
 * `dist/lazy/locale-ru.js`: every Russian table of the charts and the element, which the lazy
 * modules leave out (scripts/lazy-translations-plugin.ts). A chart element imports it before it
 * first draws in Russian; the loader preloads it for elements that ask for `locale="ru"`.
 * @module
 */
import { addTranslations } from "../../charts/core/translations.js";
import core from "../../charts/core/strings.ru.js";
import exchange from "../../charts/exchange/strings.ru.js";
import claimants from "../../charts/exchange/claimants.ru.js";
import timeline from "../../charts/timeline/strings.ru.js";
import cumulativeBars from "../../charts/cumulative-bars/strings.ru.js";
import heldCaptives from "../../charts/held-captives/strings.ru.js";
import heldPopulations from "../../charts/held-captives/names.ru.js";
import embed from "../strings.ru.js";

/** The tables by the part names their strings modules give `translations()`. */
export const tables = { core, exchange, claimants, timeline, "cumulative-bars": cumulativeBars, "held-captives": heldCaptives, "held-populations": heldPopulations, embed };

addTranslations("ru", tables);
