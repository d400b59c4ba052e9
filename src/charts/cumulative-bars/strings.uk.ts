import type { CumulativeStrings } from "./strings.js";

/** The cumulative-bars words in Ukrainian: left out of the progressive snippet's first bytes (core/translations.ts). */
const uk: CumulativeStrings = {
  title: "Люди, повернуті в обмінах полоненими",
  unreportedNote: { one: "{n} обмін без оприлюднених чисел не враховано", few: "{n} обміни без оприлюднених чисел не враховано", many: "{n} обмінів без оприлюднених чисел не враховано", other: "{n} обміну без оприлюднених чисел не враховано" },
  officialTotal: "Офіційний підсумок",
  summary: "Станом на {to}: в Україну повернуто {toUkraine}, в Росію — {toRussia}; {exchanges}.",
  period: { month: "Місяць", year: "Рік", exchange: "Обмін" },
  soFarToUkraine: "В Україну, усього на той час",
  soFarToRussia: "В Росію, усього на той час",
  periodToUkraine: { month: "В Україну за місяць", year: "В Україну за рік", exchange: "В Україну в цьому обміні" },
  periodToRussia: { month: "В Росію за місяць", year: "В Росію за рік", exchange: "В Росію в цьому обміні" },
  periodExchanges: { month: "Обмінів за місяць", year: "Обмінів за рік", exchange: "Обміни" },
  unreportedIn: { one: "{n} обмін без даних", few: "{n} обміни без даних", many: "{n} обмінів без даних", other: "{n} обміну без даних" },
  barLabel: "{period}: усього в Україну повернуто {toUkraine}, в Росію — {toRussia}",
  markerLabel: "{claimant}, {date}: в Україну повернуто {figure}",
  officialLegend: "Офіційний підсумок",
  oneSidedLegend: "повідомила лише ця сторона",
  subtitle: "Наростаючий підсумок за даними кожної сторони; світліше — обміни, про які повідомила лише ця сторона",
  hint: "Клавіші зі стрілками переходять між стовпчиками та офіційними підсумками.",
};

export default uk;
