import type { EmbedStrings } from "./strings.js";

/** The element's own words in Russian (strings.ts). */
const ru: EmbedStrings = {
  actions: "Скачать",
  svg: "Скачать график в формате SVG",
  png: "Скачать график в формате PNG",
  csv: "Скачать данные в формате CSV",
  pngBlocked: "Эта страница не разрешает экспорт PNG; вместо него скачан SVG.",
};

export default ru;
