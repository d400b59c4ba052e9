import type { TimelineStrings } from "./strings.js";

/** The timeline words in Russian: left out of the progressive snippet's first bytes (core/translations.ts). */
const ru: TimelineStrings = {
  title: "Обмены пленными между Россией и Украиной",
  subtitle: "Сколько людей вернулось при каждом обмене, по данным принявшей их стороны",
  pause: { one: "{n} месяц без обменов", few: "{n} месяца без обменов", many: "{n} месяцев без обменов", other: "{n} месяца без обменов" },
  summary: "{exchanges} с {from} по {to}; в Украину возвращено {toUkraine}, в Россию — {toRussia}, по данным каждой стороны.",
  key: { notReported: "не сообщалось", otherFigure: "другая названная цифра", monthOnly: "известен только месяц", mediated: "с посредником" },
  eachWay: "по {n} с каждой стороны",
  places: { Istanbul: "Стамбул", Geneva: "Женева" },
};

export default ru;
