import type { Locale, Plural } from "../core/locale.js";
import { translations } from "../core/translations.js";
import uk from "./strings.uk.js";
import ru from "./strings.ru.js";

/** Strings only the timeline uses; the shared ones are in core/locale. */
export interface TimelineStrings {
  readonly title: string;
  /** The default subtitle: what the bars count, with units. */
  readonly subtitle: string;
  /** The note over a long pause: "no exchange for 5 months". */
  readonly pause: Plural;
  /** The accessible description: "{exchanges} from {from} to {to}; …". */
  readonly summary: string;
  /** Key entries for the encodings that are not direction. */
  readonly key: { readonly notReported: string; readonly otherFigure: string; readonly monthOnly: string; readonly mediated: string };
  /** A label's figure when both sides returned the same number: "1,000 each way". */
  readonly eachWay: string;
  /** Place names of agreements, by the English word the data uses. */
  readonly places: Readonly<Record<string, string>>;
}

const en: TimelineStrings = {
  title: "Prisoner exchanges between Russia and Ukraine",
  subtitle: "People returned in each exchange, as reported by the side receiving them",
  pause: { one: "no exchange for {n} month", other: "no exchange for {n} months" },
  summary: "{exchanges} from {from} to {to}; {toUkraine} returned to Ukraine and {toRussia} to Russia, as each side reported.",
  key: { notReported: "not reported", otherFigure: "another stated figure", monthOnly: "month known only", mediated: "mediated" },
  eachWay: "{n} each way",
  places: { Istanbul: "Istanbul", Geneva: "Geneva" },
};

const tables = /* @__PURE__ */ translations("timeline", en, { uk, ru });

/**
 * The timeline's strings for a locale.
 *
 * @example
 * timelineStrings("uk").title; // "Обміни полоненими між Росією та Україною"
 */
export function timelineStrings(locale: Locale): TimelineStrings {
  return tables[locale];
}
