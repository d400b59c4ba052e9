import type { EmbedStrings } from "./strings.js";

/** The element's own words in Ukrainian (strings.ts). */
const uk: EmbedStrings = {
  actions: "Завантажити",
  svg: "Завантажити графік як SVG",
  png: "Завантажити графік як PNG",
  csv: "Завантажити дані як CSV",
  pngBlocked: "Ця сторінка не дозволяє експорт PNG; натомість завантажено SVG.",
};

export default uk;
