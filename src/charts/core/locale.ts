/** The languages every label, number, date and plural is available in. */
export const locales = ["en", "uk", "ru"] as const;
export type Locale = (typeof locales)[number];

/** Forms of a phrase per Intl plural category; `other` is required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every string a chart shows, per locale. `{n}` and other braces are filled in by `format`. */
export interface Strings {
  readonly timelineTitle: string;
  readonly cumulativeTitle: string;
  readonly heldTitle: string;
  readonly toUkraine: string;
  readonly toRussia: string;
  readonly toUkraineShort: string;
  readonly toRussiaShort: string;
  readonly heldByRussia: string;
  readonly heldByUkraine: string;
  readonly notReported: string;
  readonly disputed: string;
  readonly mediator: string;
  readonly noMediator: string;
  readonly sequence: string;
  readonly date: string;
  readonly sources: string;
  readonly dataLine: string;
  readonly moreSources: string;
  readonly noExchanges: string;
  readonly pause: Plural;
  readonly exchangesCount: Plural;
  readonly peopleCount: Plural;
  readonly unreportedNote: Plural;
  readonly claimsCaveat: string;
  readonly officialTotal: string;
  readonly about: string;
  readonly moreThan: string;
  readonly almost: string;
  readonly atLeast: string;
  readonly highlighted: string;
  readonly summaryTimeline: string;
  readonly summaryCumulative: string;
  readonly summaryHeld: string;
  readonly claimant: string;
  readonly counts: string;
  readonly keyboardHint: string;
  readonly total: string;
  readonly close: string;
  readonly skipped: Plural;
}

const en: Strings = {
  timelineTitle: "Prisoner exchanges between Russia and Ukraine",
  cumulativeTitle: "People returned in prisoner exchanges",
  heldTitle: "How many captives each side says it holds",
  toUkraine: "Returned to Ukraine",
  toRussia: "Returned to Russia",
  toUkraineShort: "to Ukraine",
  toRussiaShort: "to Russia",
  heldByRussia: "Ukrainians held by Russia",
  heldByUkraine: "Russians held by Ukraine",
  notReported: "not reported",
  disputed: "disputed",
  mediator: "Mediator",
  noMediator: "none reported",
  sequence: "Exchange no.",
  date: "Date",
  sources: "Sources",
  dataLine: "Data: pow-exchanges v{version}, through {date}",
  moreSources: "and {n} more",
  noExchanges: "No exchanges in this range",
  pause: { one: "no exchange for {n} month", other: "no exchange for {n} months" },
  exchangesCount: { one: "{n} exchange", other: "{n} exchanges" },
  peopleCount: { one: "{n} person", other: "{n} people" },
  unreportedNote: {
    one: "{n} exchange with unreported figures is not counted",
    other: "{n} exchanges with unreported figures are not counted",
  },
  claimsCaveat: "These are claims by officials and media, not verified counts.",
  officialTotal: "Official running total",
  about: "about {n}",
  moreThan: "more than {n}",
  almost: "almost {n}",
  atLeast: "at least {n}",
  highlighted: "highlighted",
  summaryTimeline: "{exchanges} from {from} to {to}; {toUkraine} returned to Ukraine and {toRussia} to Russia, as each side reported.",
  summaryCumulative: "By {to}: {toUkraine} returned to Ukraine and {toRussia} to Russia in {exchanges}.",
  summaryHeld: "Claims of captives held, by {claimants}.",
  claimant: "Claimed by",
  counts: "Counts",
  keyboardHint: "Use the arrow keys to move between exchanges.",
  total: "Total",
  close: "Close",
  skipped: { one: "{n} record skipped", other: "{n} records skipped" },
};

const uk: Strings = {
  timelineTitle: "Обміни полоненими між Росією та Україною",
  cumulativeTitle: "Люди, повернуті в обмінах полоненими",
  heldTitle: "Скільки полонених, за заявами, утримує кожна сторона",
  toUkraine: "Повернуто в Україну",
  toRussia: "Повернуто в Росію",
  toUkraineShort: "в Україну",
  toRussiaShort: "в Росію",
  heldByRussia: "Українці в полоні Росії",
  heldByUkraine: "Росіяни в полоні України",
  notReported: "не повідомлено",
  disputed: "оскаржено",
  mediator: "Посередник",
  noMediator: "не повідомлено",
  sequence: "Обмін №",
  date: "Дата",
  sources: "Джерела",
  dataLine: "Дані: pow-exchanges v{version}, до {date}",
  moreSources: "та ще {n}",
  noExchanges: "У цьому проміжку обмінів не було",
  pause: { one: "{n} місяць без обмінів", few: "{n} місяці без обмінів", many: "{n} місяців без обмінів", other: "{n} місяця без обмінів" },
  exchangesCount: { one: "{n} обмін", few: "{n} обміни", many: "{n} обмінів", other: "{n} обміну" },
  peopleCount: { one: "{n} особа", few: "{n} особи", many: "{n} осіб", other: "{n} особи" },
  unreportedNote: {
    one: "{n} обмін без оприлюднених чисел не враховано",
    few: "{n} обміни без оприлюднених чисел не враховано",
    many: "{n} обмінів без оприлюднених чисел не враховано",
    other: "{n} обміну без оприлюднених чисел не враховано",
  },
  claimsCaveat: "Це заяви посадовців і медіа, а не перевірені дані.",
  officialTotal: "Офіційний підсумок",
  about: "близько {n}",
  moreThan: "понад {n}",
  almost: "майже {n}",
  atLeast: "щонайменше {n}",
  highlighted: "виділено",
  summaryTimeline: "{exchanges} з {from} до {to}; в Україну повернуто {toUkraine}, в Росію — {toRussia}, за даними кожної сторони.",
  summaryCumulative: "Станом на {to}: в Україну повернуто {toUkraine}, в Росію — {toRussia}; {exchanges}.",
  summaryHeld: "Заяви про кількість полонених: {claimants}.",
  claimant: "Заявник",
  counts: "Що враховано",
  keyboardHint: "Клавіші зі стрілками переходять між обмінами.",
  total: "Разом",
  close: "Закрити",
  skipped: { one: "{n} запис пропущено", few: "{n} записи пропущено", many: "{n} записів пропущено", other: "{n} запису пропущено" },
};

const ru: Strings = {
  timelineTitle: "Обмены пленными между Россией и Украиной",
  cumulativeTitle: "Люди, возвращённые в обменах пленными",
  heldTitle: "Сколько пленных, по заявлениям, удерживает каждая сторона",
  toUkraine: "Возвращено в Украину",
  toRussia: "Возвращено в Россию",
  toUkraineShort: "в Украину",
  toRussiaShort: "в Россию",
  heldByRussia: "Украинцы в плену у России",
  heldByUkraine: "Россияне в плену у Украины",
  notReported: "не сообщалось",
  disputed: "оспаривается",
  mediator: "Посредник",
  noMediator: "не сообщалось",
  sequence: "Обмен №",
  date: "Дата",
  sources: "Источники",
  dataLine: "Данные: pow-exchanges v{version}, по {date}",
  moreSources: "и ещё {n}",
  noExchanges: "В этом промежутке обменов не было",
  pause: { one: "{n} месяц без обменов", few: "{n} месяца без обменов", many: "{n} месяцев без обменов", other: "{n} месяца без обменов" },
  exchangesCount: { one: "{n} обмен", few: "{n} обмена", many: "{n} обменов", other: "{n} обмена" },
  peopleCount: { one: "{n} человек", few: "{n} человека", many: "{n} человек", other: "{n} человека" },
  unreportedNote: {
    one: "{n} обмен без опубликованных чисел не учтён",
    few: "{n} обмена без опубликованных чисел не учтены",
    many: "{n} обменов без опубликованных чисел не учтены",
    other: "{n} обмена без опубликованных чисел не учтены",
  },
  claimsCaveat: "Это заявления чиновников и СМИ, а не проверенные данные.",
  officialTotal: "Официальный итог",
  about: "около {n}",
  moreThan: "более {n}",
  almost: "почти {n}",
  atLeast: "не менее {n}",
  highlighted: "выделено",
  summaryTimeline: "{exchanges} с {from} по {to}; в Украину возвращено {toUkraine}, в Россию — {toRussia}, по данным каждой стороны.",
  summaryCumulative: "К {to}: в Украину возвращено {toUkraine}, в Россию — {toRussia}; {exchanges}.",
  summaryHeld: "Заявления о числе пленных: {claimants}.",
  claimant: "Заявитель",
  counts: "Что учитывается",
  keyboardHint: "Клавиши со стрелками переключают обмены.",
  total: "Всего",
  close: "Закрыть",
  skipped: { one: "{n} запись пропущена", few: "{n} записи пропущены", many: "{n} записей пропущено", other: "{n} записи пропущено" },
};

const tables: Record<Locale, Strings> = { en, uk, ru };

/** Formatting for one locale: strings, numbers, dates and plurals, all through Intl and in UTC. */
export interface LocaleFormat {
  readonly locale: Locale;
  readonly t: Strings;
  number(n: number): string;
  /** A calendar date (YYYY-MM-DD), formatted without any time-zone shift. */
  date(iso: string, style?: "long" | "short" | "month" | "year"): string;
  plural(forms: Plural, n: number): string;
  fill(template: string, values: Readonly<Record<string, string | number>>): string;
}

const cache = new Map<Locale, LocaleFormat>();

/**
 * The formatter for a locale, created once and reused.
 *
 * @example
 * localeFormat("uk").plural(localeFormat("uk").t.exchangesCount, 3); // "3 обміни"
 */
export function localeFormat(locale: Locale): LocaleFormat {
  const cached = cache.get(locale);
  if (cached) return cached;
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const plurals = new Intl.PluralRules(locale);
  const dates = {
    long: new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }),
    short: new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }),
    month: new Intl.DateTimeFormat(locale, { timeZone: "UTC", month: "short", year: "numeric" }),
    year: new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric" }),
  };
  const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = values[key];
      return value === undefined ? "" : typeof value === "number" ? numbers.format(value) : value;
    });
  const format: LocaleFormat = {
    locale,
    t: tables[locale],
    number: (n) => numbers.format(n),
    date: (iso, style = "long") => dates[style].format(new Date(`${iso}T00:00:00Z`)).replace(/\s?р\.$|\s?г\.$/, ""),
    plural: (forms, n) => fill(forms[plurals.select(n)] ?? forms.other, { n }),
    fill,
  };
  cache.set(locale, format);
  return format;
}
