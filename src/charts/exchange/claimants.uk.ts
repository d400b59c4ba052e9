import type { ClaimantNames } from "./claimants.js";

/** Claimants' names in Ukrainian, by the data's English name before any role (claimants.ts). */
const uk: ClaimantNames = {
  "Volodymyr Zelensky": "Володимир Зеленський",
  "Vladimir Putin": "Володимир Путін",
  "Dmytro Lubinets": "Дмитро Лубінець",
  "Iryna Vereshchuk": "Ірина Верещук",
  "Tatyana Moskalkova": "Тетяна Москалькова",
  "Igor Konashenkov": "Ігор Конашенков",
  "Rodion Miroshnik": "Родіон Мірошник",
  "Alyona Verbytska": "Альона Вербицька",
  "Denis Pushilin": "Денис Пушилін",
  "Yuriy Taraniuk": "Юрій Таранюк",
  "Artur Dobroserdov": "Артур Добросердов",
  "Oleh Hushchyn": "Олег Гущин",
  "Oleksandr Syrskyi": "Олександр Сирський",
  "Vladimir Medinsky": "Володимир Мединський",
  "Ukrainian officials": "українські посадовці",
  Mash: "Telegram-канал Mash",
  "Unnamed Russian security-agency source": "неназване джерело в російських силових структурах",
  "Coordination HQ / 'Khochu Zhyty'": "Координаційний штаб / «Хочу жити»",
  "'Khochu Zhyty'": "«Хочу жити»",
  // The source gives this organisation's name only in English, so it stays as written.
  "Military Liberation": "громадська організація Military Liberation",
  "Russian Defence Ministry": "Міноборони Росії",
  "Russian Ministry of Defence": "Міноборони Росії",
  "Andriy Yermak": "Андрій Єрмак",
  "Coordination HQ": "Координаційний штаб",
  "President's Office": "Офіс Президента",
  "Defence Intelligence": "Воєнна розвідка України",
  "Dmytro Zhyvytskyi": "Дмитро Живицький",
  "Vitaliy Kim": "Віталій Кім",
  "Operational Command South": "Оперативне командування «Південь»",
  "Ministry of Reintegration": "Мінреінтеграції",
  "Ministry for Reintegration": "Мінреінтеграції",
  "National Information Bureau": "Національне інформаційне бюро",
  "UAE Foreign Ministry": "МЗС ОАЕ",
  "Andriy Yusov": "Андрій Юсов",
  "Hanna Maliar": "Ганна Маляр",
  "Kyrylo Budanov": "Кирило Буданов",
};

export default uk;
