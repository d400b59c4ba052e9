import type { CumulativeStrings } from "./strings.js";

/** The cumulative-bars words in Russian: left out of the progressive snippet's first bytes (core/translations.ts). */
const ru: CumulativeStrings = {
  title: "Люди, возвращённые в обменах пленными",
  unreportedNote: { one: "{n} обмен без опубликованных чисел не учтён", few: "{n} обмена без опубликованных чисел не учтены", many: "{n} обменов без опубликованных чисел не учтены", other: "{n} обмена без опубликованных чисел не учтены" },
  officialTotal: "Официальный итог",
  summary: "К {to}: в Украину возвращено {toUkraine}, в Россию — {toRussia}; {exchanges}.",
  period: { month: "Месяц", year: "Год", exchange: "Обмен" },
  soFarToUkraine: "В Украину, всего на тот момент",
  soFarToRussia: "В Россию, всего на тот момент",
  periodToUkraine: { month: "В Украину за месяц", year: "В Украину за год", exchange: "В Украину в этом обмене" },
  periodToRussia: { month: "В Россию за месяц", year: "В Россию за год", exchange: "В Россию в этом обмене" },
  periodExchanges: { month: "Обменов за месяц", year: "Обменов за год", exchange: "Обмены" },
  unreportedIn: { one: "{n} обмен без данных", few: "{n} обмена без данных", many: "{n} обменов без данных", other: "{n} обмена без данных" },
  barLabel: "{period}: всего в Украину возвращено {toUkraine}, в Россию — {toRussia}",
  markerLabel: "{claimant}, {date}: в Украину возвращено {figure}",
  officialLegend: "Официальный итог",
  oneSidedLegend: "сообщила только эта сторона",
  subtitle: "Нарастающий итог по данным каждой стороны; светлее — обмены, о которых сообщила только эта сторона",
  hint: "Клавиши со стрелками переключают столбцы и официальные итоги.",
};

export default ru;
