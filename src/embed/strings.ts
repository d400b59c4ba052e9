import type { Locale } from "../charts/core/locale.js";

/** What the export buttons and messages say. */
export interface EmbedStrings {
  readonly actions: string;
  readonly svg: string;
  readonly png: string;
  readonly csv: string;
  readonly pngBlocked: string;
}

/**
 * The element's own words, per locale (the charts carry theirs in core/locale.ts).
 *
 * @example
 * embedStrings.uk.csv; // "Завантажити дані як CSV"
 */
export const embedStrings: Readonly<Record<Locale, EmbedStrings>> = {
  en: {
    actions: "Download",
    svg: "Download the chart as SVG",
    png: "Download the chart as PNG",
    csv: "Download the data as CSV",
    pngBlocked: "This page does not allow PNG export; the SVG was downloaded instead.",
  },
  uk: {
    actions: "Завантажити",
    svg: "Завантажити графік як SVG",
    png: "Завантажити графік як PNG",
    csv: "Завантажити дані як CSV",
    pngBlocked: "Ця сторінка не дозволяє експорт PNG; натомість завантажено SVG.",
  },
  ru: {
    actions: "Скачать",
    svg: "Скачать график в формате SVG",
    png: "Скачать график в формате PNG",
    csv: "Скачать данные в формате CSV",
    pngBlocked: "Эта страница не разрешает экспорт PNG; вместо него скачан SVG.",
  },
};
