import type { HeldClaim } from "../../data/types.js";
import type { Locale } from "../core/locale.js";

/**
 * Claimants' names in Ukrainian and Russian, by the name before any role in the data (which is in
 * English). A claimant not listed keeps the data's wording.
 */
const names: Readonly<Record<"uk" | "ru", Readonly<Record<string, string>>>> = {
  uk: {
    "Volodymyr Zelensky": "Володимир Зеленський", "Vladimir Putin": "Володимир Путін", "Dmytro Lubinets": "Дмитро Лубінець",
    "Iryna Vereshchuk": "Ірина Верещук", "Tatyana Moskalkova": "Тетяна Москалькова", "Igor Konashenkov": "Ігор Конашенков",
    "Rodion Miroshnik": "Родіон Мірошник", "Alyona Verbytska": "Альона Вербицька", "Denis Pushilin": "Денис Пушилін",
    "Yuriy Taraniuk": "Юрій Таранюк", "Artur Dobroserdov": "Артур Добросердов", "Oleh Hushchyn": "Олег Гущин",
    "Oleksandr Syrskyi": "Олександр Сирський", "Vladimir Medinsky": "Володимир Мединський", "Ukrainian officials": "українські посадовці",
  },
  ru: {
    "Volodymyr Zelensky": "Владимир Зеленский", "Vladimir Putin": "Владимир Путин", "Dmytro Lubinets": "Дмитрий Лубинец",
    "Iryna Vereshchuk": "Ирина Верещук", "Tatyana Moskalkova": "Татьяна Москалькова", "Igor Konashenkov": "Игорь Конашенков",
    "Rodion Miroshnik": "Родион Мирошник", "Alyona Verbytska": "Алёна Вербицкая", "Denis Pushilin": "Денис Пушилин",
    "Yuriy Taraniuk": "Юрий Таранюк", "Artur Dobroserdov": "Артур Добросердов", "Oleh Hushchyn": "Олег Гущин",
    "Oleksandr Syrskyi": "Александр Сырский", "Vladimir Medinsky": "Владимир Мединский", "Ukrainian officials": "украинские чиновники",
  },
};

/** Whom a claim counts, in words, by its `population`, for the languages the data is not in. */
const populations: Readonly<Record<"uk" | "ru", Readonly<Record<string, string>>>> = {
  uk: {
    "prisoners-of-war": "військовополонені",
    civilians: "цивільні",
    "all-captives": "військові й цивільні в полоні",
    captures: "усі, кого взяли в полон (а не скільки утримують зараз)",
  },
  ru: {
    "prisoners-of-war": "военнопленные",
    civilians: "гражданские",
    "all-captives": "военные и гражданские в плену",
    captures: "все, кого взяли в плен (а не сколько удерживают сейчас)",
  },
};

/** The claimant's name without the role in brackets or after a comma, for tight spaces. */
export function shortClaimant(c: HeldClaim): string {
  const short = c.claimant.split(/\s\(|,\s/)[0]?.trim();
  return short || c.claimant;
}

/**
 * The claimant as a chart in `locale` names them: the data's words in English, the name alone in
 * Ukrainian or Russian when it is known (the role stays in the data table).
 *
 * @example
 * claimantName(zelenskyClaim, "uk"); // "Володимир Зеленський"
 */
export function claimantName(c: HeldClaim, locale: Locale): string {
  if (locale === "en") return c.claimant;
  const short = shortClaimant(c);
  return Object.hasOwn(names[locale], short) ? names[locale][short]! : c.claimant;
}

/**
 * What a claim counts: the data's own words in English; in Ukrainian or Russian, whom it counts
 * (its `population`), or the data's words when it has none.
 *
 * @example
 * countsText(putinClaim, "ru"); // "военнопленные"
 */
export function countsText(c: HeldClaim, locale: Locale): string {
  if (locale === "en" || c.population === undefined) return c.counts;
  return populations[locale][c.population] ?? c.counts;
}
