import type { Locale, Plural } from "../core/locale.js";
import type { Side } from "../../data/types.js";


/** The held-captives chart's own strings; the shared ones live in core/locale.ts. */
export interface HeldStrings {
  readonly title: string;
  readonly heldByRussia: string;
  readonly heldByUkraine: string;
  /** The footer line: these are claims, not verified counts. */
  readonly claimsCaveat: string;
  /** The accessible description of the dots view: "Claims of captives held, by {claimants}." */
  readonly summary: string;
  /** The tooltip row that says what a claim counts. */
  readonly counts: string;
  /** "{claimant}, {date}: {pair}". */
  readonly headline: string;
  /** "{russia} vs {ukraine}": Ukrainians held by Russia come first. */
  readonly pair: string;
  readonly undated: string;
  readonly notStated: string;
  readonly noNumber: string;
  readonly noClaims: string;
  readonly speaksFor: string;
  readonly sides: Readonly<Record<Side, string>>;
  readonly approximateKey: string;
  readonly approximate: string;
  readonly logScale: string;
  readonly undatedNote: Plural;
  readonly claimsCount: Plural;
  readonly summarySingle: string;
  readonly summaryDots: string;
  /** The heading of each side's latest claim in the default view. */
  readonly latestBy: Readonly<Record<"ukraine" | "russia", string>>;
  /** A claim's age at the newest source, shown when over six months. */
  readonly ageMonths: Plural;
  readonly ageYears: Plural;
  /** The accessible description of the default view. */
  readonly summaryLatest: string;
  /** What the arrow keys do in this chart, for screen readers. */
  readonly hint: string;
}

const en: HeldStrings = {
  title: "How many captives each side says it holds",
  heldByRussia: "Ukrainians held by Russia",
  heldByUkraine: "Russians held by Ukraine",
  claimsCaveat: "These are claims by officials and media, not verified counts.",
  summary: "Claims of captives held, by {claimants}.",
  counts: "Counts",
  headline: "{claimant}, {date}: {pair}",
  pair: "{russia} vs {ukraine}",
  undated: "date unknown",
  notStated: "not stated",
  noNumber: "no number given",
  noClaims: "No claims to show",
  speaksFor: "Speaks for",
  sides: { ukraine: "Ukraine", russia: "Russia", other: "neither side (media, NGO)" },
  approximateKey: "Dashed outline: an approximate figure (about, more than, almost, at least).",
  approximate: "approximate",
  logScale: "log scale",
  undatedNote: { one: "{n} undated claim, not plotted", other: "{n} undated claims, not plotted" },
  claimsCount: { one: "{n} claim", other: "{n} claims" },
  summarySingle: "Claim by {claimant}, {date}. Ukrainians held by Russia: {russia}; Russians held by Ukraine: {ukraine} ({counts}).",
  summaryDots: "{claims} from {from} to {to}.",
  latestBy: { ukraine: "Ukraine's latest claim", russia: "Russia's latest claim" },
  ageMonths: { one: "{n} month old", other: "{n} months old" },
  ageYears: { one: "{n} year old", other: "{n} years old" },
  summaryLatest: "The latest claim from each side.",
  hint: "Use the arrow keys to move between the claims' figures.",
};

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

/** The chart's strings for a locale. */
export const heldStrings: Readonly<Record<Locale, HeldStrings>> = { en, uk, ru };
