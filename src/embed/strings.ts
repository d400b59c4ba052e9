import { translations } from "../charts/core/translations.js";
import uk from "./strings.uk.js";
import ru from "./strings.ru.js";

/** What the export buttons and messages say. */
export interface EmbedStrings {
  readonly actions: string;
  readonly svg: string;
  readonly png: string;
  readonly csv: string;
  readonly pngBlocked: string;
}

const en: EmbedStrings = {
  actions: "Download",
  svg: "Download the chart as SVG",
  png: "Download the chart as PNG",
  csv: "Download the data as CSV",
  pngBlocked: "This page does not allow PNG export; the SVG was downloaded instead.",
};

/**
 * The element's own words, per locale (the charts carry theirs in core/locale.ts).
 *
 * @example
 * embedStrings.uk.csv; // "Завантажити дані як CSV"
 */
export const embedStrings = /* @__PURE__ */ translations("embed", en, { uk, ru });
