import type { HeldStrings } from "./strings.js";

/** The held-captives words in Russian: left out of the progressive snippet's first bytes (core/translations.ts). */
const ru: HeldStrings = {
  title: "Сколько пленных, по заявлениям, удерживает каждая сторона",
  heldByRussia: "Украинцы в плену у России",
  heldByUkraine: "Россияне в плену у Украины",
  claimsCaveat: "Это заявления чиновников и СМИ, а не проверенные данные.",
  summary: "Заявления о числе пленных: {claimants}.",
  counts: "Что учитывается",
  headline: "{claimant}, {date}: {pair}",
  pair: "{russia} против {ukraine}",
  undated: "дата неизвестна",
  notStated: "не названо",
  noNumber: "без числа",
  noClaims: "Нет заявлений для показа",
  speaksFor: "Сторона",
  sides: { ukraine: "Украина", russia: "Россия", other: "ни одна из сторон (СМИ, НКО)" },
  approximateKey: "Пунктирный контур: приблизительное число (около, более, почти, не менее).",
  approximate: "приблизительно",
  logScale: "логарифмическая шкала",
  undatedNote: {
    one: "{n} заявление без даты, не на графике",
    few: "{n} заявления без даты, не на графике",
    many: "{n} заявлений без даты, не на графике",
    other: "{n} заявления без даты, не на графике",
  },
  claimsCount: { one: "{n} заявление", few: "{n} заявления", many: "{n} заявлений", other: "{n} заявления" },
  summarySingle: "Заявление: {claimant}, {date}. Украинцев в плену у России: {russia}; россиян в плену у Украины: {ukraine} ({counts}).",
  summaryDots: "{claims} с {from} по {to}.",
  latestBy: { ukraine: "Последнее заявление Украины", russia: "Последнее заявление России" },
  ageMonths: { one: "давностью {n} месяц", few: "давностью {n} месяца", many: "давностью {n} месяцев", other: "давностью {n} месяца" },
  ageYears: { one: "давностью {n} год", few: "давностью {n} года", many: "давностью {n} лет", other: "давностью {n} года" },
  summaryLatest: "Последнее заявление каждой стороны.",
  hint: "Клавиши со стрелками переключают цифры заявлений.",
};

export default ru;
