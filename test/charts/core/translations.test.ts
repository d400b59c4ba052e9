import { describe, expect, it } from "vitest";
import { addTranslations, hasTranslations, translations } from "../../../src/charts/core/translations.js";
// The shared words, which give "core" in both languages as they load (the npm build).
import "../../../src/charts/core/locale.js";

describe("translations", () => {
  it("reads like a plain record of the tables it was given", () => {
    const tables = translations("test-given", { hello: "hello" }, { uk: { hello: "привіт" }, ru: { hello: "привет" } });
    expect([tables.en.hello, tables.uk.hello, tables.ru.hello]).toEqual(["hello", "привіт", "привет"]);
  });

  it("names the locale and the part it does not have, rather than falling back to English", () => {
    const tables = translations("test-missing", { hello: "hello" }, {});
    expect(tables.en.hello).toBe("hello");
    expect(() => tables.uk).toThrow('the uk words of "test-missing" are not loaded');
  });

  it("answers with the tables added later, as a lazy locale module adds them", () => {
    const tables = translations("test-later", { hello: "hello" }, {});
    addTranslations("ru", { "test-later": { hello: "привет" } });
    expect(tables.ru.hello).toBe("привет");
    expect(() => tables.uk).toThrow();
  });

  it("has English always, and the others once their shared core words are there", () => {
    expect(hasTranslations("en")).toBe(true);
    // The charts' own strings modules gave "core" for both when they loaded.
    expect(hasTranslations("uk")).toBe(true);
    expect(hasTranslations("ru")).toBe(true);
  });
});
