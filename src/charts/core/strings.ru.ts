import type { Strings } from "./locale.js";

/** The core words in Russian: left out of the progressive snippet's first bytes (core/translations.ts). */
const ru: Strings = {
  about: "около {n}",
  moreThan: "более {n}",
  almost: "почти {n}",
  atLeast: "не менее {n}",
  date: "Дата",
  sources: "Источники",
  dataLine: "Данные v{version}, источники на {date} · пакет pow-exchanges@{package}",
  moreSources: "и ещё {n}",
  reportedBy: "по сообщениям {publishers}",
  highlighted: "выделено",
  claimant: "Заявитель",
  keyboardHint: "Клавиши со стрелками переключают обмены.",
  moreKeys: "Home и End — к первому и последнему, Enter выбирает, Escape закрывает подробности; Tab ведёт к источникам.",
  credit: "Графика: {credit}",
  close: "Закрыть",
  previous: "Предыдущий",
  next: "Следующий",
  skipped: { one: "{n} запись пропущена", few: "{n} записи пропущены", many: "{n} записей пропущено", other: "{n} записи пропущено" },
  dateFormats: { long: "{day} {month} {year}", short: "{day} {month} {year}", month: "{month} {year}", year: "{year}" },
  months: {
    long: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    short: ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."],
    month: ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."],
  },
  thousands: "\u00a0",
};

export default ru;
