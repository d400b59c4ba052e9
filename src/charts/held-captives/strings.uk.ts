import type { HeldStrings } from "./strings.js";

/** The held-captives words in Ukrainian: left out of the progressive snippet's first bytes (core/translations.ts). */
const uk: HeldStrings = {
  title: "Скільки полонених, за заявами, утримує кожна сторона",
  heldByRussia: "Українці в полоні Росії",
  heldByUkraine: "Росіяни в полоні України",
  claimsCaveat: "Це заяви посадовців і медіа, а не перевірені дані.",
  summary: "Заяви про кількість полонених: {claimants}.",
  counts: "Що враховано",
  headline: "{claimant}, {date}: {pair}",
  pair: "{russia} проти {ukraine}",
  undated: "дата невідома",
  notStated: "не названо",
  noNumber: "без числа",
  noClaims: "Немає заяв для показу",
  speaksFor: "Сторона",
  sides: { ukraine: "Україна", russia: "Росія", other: "жодна зі сторін (медіа, ГО)" },
  approximateKey: "Пунктирний контур: приблизне число (близько, понад, майже, щонайменше).",
  approximate: "приблизно",
  logScale: "логарифмічна шкала",
  undatedNote: {
    one: "{n} заява без дати, не на графіку",
    few: "{n} заяви без дати, не на графіку",
    many: "{n} заяв без дати, не на графіку",
    other: "{n} заяви без дати, не на графіку",
  },
  claimsCount: { one: "{n} заява", few: "{n} заяви", many: "{n} заяв", other: "{n} заяви" },
  summarySingle: "Заява: {claimant}, {date}. Українців у полоні Росії: {russia}; росіян у полоні України: {ukraine} ({counts}).",
  summaryDots: "{claims} з {from} до {to}.",
  latestBy: { ukraine: "Остання заява України", russia: "Остання заява Росії" },
  ageMonths: { one: "давністю {n} місяць", few: "давністю {n} місяці", many: "давністю {n} місяців", other: "давністю {n} місяця" },
  ageYears: { one: "давністю {n} рік", few: "давністю {n} роки", many: "давністю {n} років", other: "давністю {n} року" },
  summaryLatest: "Остання заява кожної сторони.",
  hint: "Клавіші зі стрілками переходять між цифрами заяв.",
};

export default uk;
