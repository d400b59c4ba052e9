import type { Strings } from "./locale.js";

/** The core words in Ukrainian: left out of the progressive snippet's first bytes (core/translations.ts). */
const uk: Strings = {
  about: "близько {n}",
  moreThan: "понад {n}",
  almost: "майже {n}",
  atLeast: "щонайменше {n}",
  date: "Дата",
  sources: "Джерела",
  dataLine: "Дані v{version}, джерела станом на {date} · пакет pow-exchanges@{package}",
  moreSources: "та ще {n}",
  reportedBy: "за повідомленнями {publishers}",
  highlighted: "виділено",
  claimant: "Заявник",
  keyboardHint: "Клавіші зі стрілками переходять між обмінами.",
  moreKeys: "Home і End — до першого й останнього, Enter вибирає, Escape закриває подробиці; Tab веде до джерел.",
  credit: "Графіка: {credit}",
  close: "Закрити",
  previous: "Попередній",
  next: "Наступний",
  skipped: { one: "{n} запис пропущено", few: "{n} записи пропущено", many: "{n} записів пропущено", other: "{n} запису пропущено" },
  dateFormats: { long: "{day} {month} {year}", short: "{day} {month} {year}", month: "{month} {year}", year: "{year}" },
  months: {
    long: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    short: ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."],
    month: ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."],
  },
  thousands: "\u00a0",
};

export default uk;
