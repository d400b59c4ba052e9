import type { HeldClaim, HeldPopulation } from "../../data/types.js";
import type { Locale } from "../core/locale.js";

/**
 * Claimants' names in Ukrainian and Russian, by the name before any role in the data (which is in
 * English). A claimant not listed keeps the data's wording.
 */
const names: Readonly<Record<string, Readonly<Record<"uk" | "ru", string>>>> = {
  "Volodymyr Zelensky": { uk: "Володимир Зеленський", ru: "Владимир Зеленский" },
  "Vladimir Putin": { uk: "Володимир Путін", ru: "Владимир Путин" },
  "Dmytro Lubinets": { uk: "Дмитро Лубінець", ru: "Дмитрий Лубинец" },
  "Iryna Vereshchuk": { uk: "Ірина Верещук", ru: "Ирина Верещук" },
  "Tatyana Moskalkova": { uk: "Тетяна Москалькова", ru: "Татьяна Москалькова" },
  "Igor Konashenkov": { uk: "Ігор Конашенков", ru: "Игорь Конашенков" },
  "Rodion Miroshnik": { uk: "Родіон Мірошник", ru: "Родион Мирошник" },
  "Alyona Verbytska": { uk: "Альона Вербицька", ru: "Алёна Вербицкая" },
  "Denis Pushilin": { uk: "Денис Пушилін", ru: "Денис Пушилин" },
  "Yuriy Taraniuk": { uk: "Юрій Таранюк", ru: "Юрий Таранюк" },
  "Artur Dobroserdov": { uk: "Артур Добросердов", ru: "Артур Добросердов" },
  "Oleh Hushchyn": { uk: "Олег Гущин", ru: "Олег Гущин" },
  "Oleksandr Syrskyi": { uk: "Олександр Сирський", ru: "Александр Сырский" },
  "Vladimir Medinsky": { uk: "Володимир Мединський", ru: "Владимир Мединский" },
  "Ukrainian officials": { uk: "українські посадовці", ru: "украинские чиновники" },
  Mash: { uk: "Telegram-канал Mash", ru: "Telegram-канал Mash" },
  "Unnamed Russian security-agency source": { uk: "неназване джерело в російських силових структурах", ru: "неназванный источник в российских силовых структурах" },
  "Coordination HQ / 'Khochu Zhyty'": { uk: "Координаційний штаб / «Хочу жити»", ru: "Координационный штаб / «Хочу жить»" },
  "'Khochu Zhyty'": { uk: "«Хочу жити»", ru: "«Хочу жить»" },
  // The source gives this organisation's name only in English, so it stays as written.
  "Military Liberation": { uk: "громадська організація Military Liberation", ru: "общественная организация Military Liberation" },
};

/** Whom a claim counts, in words, by its `population`, for the languages the data is not in. */
const populations: Readonly<Record<HeldPopulation, Readonly<Record<"uk" | "ru", string>>>> = {
  "prisoners-of-war": { uk: "військовополонені", ru: "военнопленные" },
  civilians: { uk: "цивільні", ru: "гражданские" },
  "all-captives": { uk: "військові й цивільні в полоні", ru: "военные и гражданские в плену" },
  captures: { uk: "усі, кого взяли в полон (а не скільки утримують зараз)", ru: "все, кого взяли в плен (а не сколько удерживают сейчас)" },
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
  return Object.hasOwn(names, short) ? names[short]![locale] : c.claimant;
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
  return populations[c.population][locale];
}
