import type { ClaimantNames } from "./claimants.js";

/** Claimants' names in Russian, by the data's English name before any role (claimants.ts). */
const ru: ClaimantNames = {
  "Volodymyr Zelensky": "Владимир Зеленский",
  "Vladimir Putin": "Владимир Путин",
  "Dmytro Lubinets": "Дмитрий Лубинец",
  "Iryna Vereshchuk": "Ирина Верещук",
  "Tatyana Moskalkova": "Татьяна Москалькова",
  "Igor Konashenkov": "Игорь Конашенков",
  "Rodion Miroshnik": "Родион Мирошник",
  "Alyona Verbytska": "Алёна Вербицкая",
  "Denis Pushilin": "Денис Пушилин",
  "Yuriy Taraniuk": "Юрий Таранюк",
  "Artur Dobroserdov": "Артур Добросердов",
  "Oleh Hushchyn": "Олег Гущин",
  "Oleksandr Syrskyi": "Александр Сырский",
  "Vladimir Medinsky": "Владимир Мединский",
  "Ukrainian officials": "украинские чиновники",
  Mash: "Telegram-канал Mash",
  "Unnamed Russian security-agency source": "неназванный источник в российских силовых структурах",
  "Coordination HQ / 'Khochu Zhyty'": "Координационный штаб / «Хочу жить»",
  "'Khochu Zhyty'": "«Хочу жить»",
  // The source gives this organisation's name only in English, so it stays as written.
  "Military Liberation": "общественная организация Military Liberation",
  "Russian Defence Ministry": "Минобороны России",
  "Russian Ministry of Defence": "Минобороны России",
  "Andriy Yermak": "Андрей Ермак",
  "Coordination HQ": "Координационный штаб",
  "President's Office": "Офис президента Украины",
  "Defence Intelligence": "Военная разведка Украины",
  "Dmytro Zhyvytskyi": "Дмитрий Живицкий",
  "Vitaliy Kim": "Виталий Ким",
  "Operational Command South": "Оперативное командование «Юг»",
  "Ministry of Reintegration": "Министерство реинтеграции Украины",
  "Ministry for Reintegration": "Министерство реинтеграции Украины",
  "National Information Bureau": "Национальное информационное бюро Украины",
  "UAE Foreign Ministry": "МИД ОАЭ",
  "Andriy Yusov": "Андрей Юсов",
  "Hanna Maliar": "Анна Маляр",
  "Kyrylo Budanov": "Кирилл Буданов",
};

export default ru;
