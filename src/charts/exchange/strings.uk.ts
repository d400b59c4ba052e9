import type { ExchangeStrings } from "./strings.js";

/** The exchange words in Ukrainian: left out of the progressive snippet's first bytes (core/translations.ts). */
const uk: ExchangeStrings = {
  toUkraine: "Повернуто в Україну",
  toRussia: "Повернуто в Росію",
  toUkraineShort: "в Україну",
  toRussiaShort: "в Росію",
  notReported: "не повідомлено",
  disputed: "оскаржено",
  mediator: "Посередник",
  noMediator: "не повідомлено",
  sequence: "Обмін №",
  noExchanges: "У цьому проміжку обмінів не було",
  exchangesCount: { one: "{n} обмін", few: "{n} обміни", many: "{n} обмінів", other: "{n} обміну" },
  peopleCount: { one: "{n} особа", few: "{n} особи", many: "{n} осіб", other: "{n} особи" },
  eachWay: "з кожного боку",
  mediators: { UAE: "ОАЕ", Turkey: "Туреччина", USA: "США", "Saudi Arabia": "Саудівська Аравія", Vatican: "Ватикан", Qatar: "Катар" },
};

export default uk;
