import type { ExchangeStrings } from "./strings.js";

/** The exchange words in Russian: left out of the progressive snippet's first bytes (core/translations.ts). */
const ru: ExchangeStrings = {
  toUkraine: "Возвращено в Украину",
  toRussia: "Возвращено в Россию",
  toUkraineShort: "в Украину",
  toRussiaShort: "в Россию",
  notReported: "не сообщалось",
  disputed: "оспаривается",
  mediator: "Посредник",
  noMediator: "не сообщалось",
  sequence: "Обмен №",
  noExchanges: "В этом промежутке обменов не было",
  exchangesCount: { one: "{n} обмен", few: "{n} обмена", many: "{n} обменов", other: "{n} обмена" },
  peopleCount: { one: "{n} человек", few: "{n} человека", many: "{n} человек", other: "{n} человека" },
  eachWay: "с каждой стороны",
  mediators: { UAE: "ОАЭ", Turkey: "Турция", USA: "США", "Saudi Arabia": "Саудовская Аравия", Vatican: "Ватикан", Qatar: "Катар" },
};

export default ru;
