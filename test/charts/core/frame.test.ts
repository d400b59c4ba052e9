import { describe, expect, it } from "vitest";
import { sourcesLine } from "../../../src/charts/core/frame.js";
import { localeFormat } from "../../../src/charts/core/locale.js";

const cited = (...publishers: string[]) => ({ sources: publishers.map((publisher) => ({ url: "https://example.org/", publisher })) });

describe("sourcesLine", () => {
  const f = localeFormat("en");

  it("names the most-cited publishers first, ties by name, and counts the rest", () => {
    const records = [cited("TASS", "Reuters"), cited("Reuters", "Zmina"), cited("Ukrinform"), cited("Reuters", "TASS"), cited("Al Jazeera"), cited("BBC")];
    expect(sourcesLine([records], f)).toBe("Sources: Reuters, TASS, Al Jazeera, BBC and 2 more");
  });

  it("counts publishers across every list it is given, and lists them all when few", () => {
    expect(sourcesLine([[cited("Zmina")], [cited("Interfax", "Zmina")]], f)).toBe("Sources: Zmina, Interfax");
  });

  it("breaks a tie at the last place shown by name, among every publisher with that count", () => {
    const records = [cited("A", "A", "A"), cited("E", "D"), cited("C", "B"), cited("F")];
    expect(sourcesLine([records], f, 3)).toBe("Sources: A, B, C and 3 more");
  });
});
