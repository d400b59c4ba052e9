import type { TimelineStrings } from "./strings.js";

/** The timeline words in Ukrainian: left out of the progressive snippet's first bytes (core/translations.ts). */
const uk: TimelineStrings = {
  title: "Обміни полоненими між Росією та Україною",
  subtitle: "Скільки людей повернулося під час кожного обміну, за даними сторони, що їх прийняла",
  pause: { one: "{n} місяць без обмінів", few: "{n} місяці без обмінів", many: "{n} місяців без обмінів", other: "{n} місяця без обмінів" },
  summary: "{exchanges} з {from} до {to}; в Україну повернуто {toUkraine}, в Росію — {toRussia}, за даними кожної сторони.",
  key: { notReported: "не повідомлено", otherFigure: "інша названа цифра", monthOnly: "відомий лише місяць", mediated: "з посередником" },
  eachWay: "по {n} з кожного боку",
  places: { Istanbul: "Стамбул", Geneva: "Женева" },
};

export default uk;
