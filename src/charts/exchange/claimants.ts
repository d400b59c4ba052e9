import type { Locale } from "../core/locale.js";

/**
 * Who gave a figure, in Ukrainian and Russian, by the name before any role in the data (which is
 * in English): claimants of exchanges, totals and held-captives claims. One table for every chart,
 * so a name reads the same in a label, a note and the sources line.
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
  "Russian Defence Ministry": { uk: "Міноборони Росії", ru: "Минобороны России" },
  "Russian Ministry of Defence": { uk: "Міноборони Росії", ru: "Минобороны России" },
  "Andriy Yermak": { uk: "Андрій Єрмак", ru: "Андрей Ермак" },
  "Coordination HQ": { uk: "Координаційний штаб", ru: "Координационный штаб" },
  "President's Office": { uk: "Офіс Президента", ru: "Офис президента Украины" },
  "Defence Intelligence": { uk: "Воєнна розвідка України", ru: "Военная разведка Украины" },
  "Dmytro Zhyvytskyi": { uk: "Дмитро Живицький", ru: "Дмитрий Живицкий" },
  "Vitaliy Kim": { uk: "Віталій Кім", ru: "Виталий Ким" },
  "Operational Command South": { uk: "Оперативне командування «Південь»", ru: "Оперативное командование «Юг»" },
  "Ministry of Reintegration": { uk: "Мінреінтеграції", ru: "Министерство реинтеграции Украины" },
  "Ministry for Reintegration": { uk: "Мінреінтеграції", ru: "Министерство реинтеграции Украины" },
  "National Information Bureau": { uk: "Національне інформаційне бюро", ru: "Национальное информационное бюро Украины" },
  "UAE Foreign Ministry": { uk: "МЗС ОАЕ", ru: "МИД ОАЭ" },
  "Andriy Yusov": { uk: "Андрій Юсов", ru: "Андрей Юсов" },
  "Hanna Maliar": { uk: "Ганна Маляр", ru: "Анна Маляр" },
  "Kyrylo Budanov": { uk: "Кирило Буданов", ru: "Кирилл Буданов" },
};

/**
 * The claimant's name without the role in brackets or after a comma, for tight spaces.
 *
 * @example
 * shortName("Andriy Yermak (President's Office)"); // "Andriy Yermak"
 */
export function shortName(claimant: string): string {
  return claimant.split(/\s\(|,\s/)[0]?.trim() || claimant;
}

/**
 * The claimant's short name in the chart's language: in English the data's words before any role;
 * in Ukrainian or Russian the name from the table, or the data's words when it is not listed.
 *
 * @example
 * localName("Russian Defence Ministry", "uk"); // "Міноборони Росії"
 */
export function localName(claimant: string, locale: Locale): string {
  const short = shortName(claimant);
  if (locale === "en") return short;
  return Object.hasOwn(names, short) ? names[short]![locale] : short;
}

/**
 * The claimant's name in `locale` where it is known, else the data's full words: for a heading,
 * where the role in English is worth keeping.
 *
 * @example
 * fullName("Volodymyr Zelensky", "ru"); // "Владимир Зеленский"
 */
export function fullName(claimant: string, locale: Locale): string {
  if (locale === "en") return claimant;
  const short = shortName(claimant);
  return Object.hasOwn(names, short) ? names[short]![locale] : claimant;
}
