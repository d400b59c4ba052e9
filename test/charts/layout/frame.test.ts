import { describe, expect, it } from "vitest";
import { sourcesLine } from "../../../src/charts/layout/frame.js";
import { localeFormat } from "../../../src/charts/core/locale.js";

const cited = (...publishers: string[]) => ({ sources: publishers.map((publisher) => ({ url: "https://example.org/", publisher })) });

describe("sourcesLine", () => {
  const f = localeFormat("en");

  it("names the most-cited publishers first, ties by name, and counts the rest", () => {
    const records = [cited("TASS", "Reuters"), cited("Reuters", "Zmina"), cited("Ukrinform"), cited("Reuters", "TASS"), cited("Al Jazeera"), cited("BBC")];
    expect(sourcesLine([records], f)).toBe("Sources: Reuters, TASS, Al Jazeera, BBC and 2 more");
  });

  it("names who gave the figures first, then the outlets that reported them", () => {
    const by = (toUkraine: string, toRussia: string | null) => ({ reportedBy: { toUkraine: { claimant: toUkraine, side: "ukraine" }, toRussia: toRussia === null ? null : { claimant: toRussia, side: "russia" } } });
    const exchanges = [
      { ...cited("Ukrainska Pravda"), ...by("Coordination HQ", "Russian Defence Ministry") },
      { ...cited("Ukrainska Pravda", "TASS"), ...by("Coordination HQ", "Russian Defence Ministry") },
      { ...cited("Interfax"), ...by("Volodymyr Zelensky", null) },
    ];
    const totals = [{ ...cited("WAM"), claimant: "UAE Foreign Ministry" }];
    expect(sourcesLine([exchanges, totals], f)).toBe("Sources: Coordination HQ, Russian Defence Ministry, UAE Foreign Ministry and 1 more; reported by Ukrainska Pravda, Interfax and 2 more");
    expect(sourcesLine([exchanges], localeFormat("uk"))).toBe("Джерела: Координаційний штаб, Міноборони Росії, Володимир Зеленський; за повідомленнями Ukrainska Pravda, Interfax та ще 1");
  });

  it("counts a claimant once under its short name, however the data words its role or relay", () => {
    const records = [
      { ...cited("RFE/RL"), claimant: "Coordination HQ (via RFE/RL)" },
      { ...cited("Kyiv Independent"), claimant: "Coordination HQ" },
      { ...cited("Ukrinform"), claimant: "Iryna Vereshchuk (Deputy Prime Minister), via Ukrinform" },
    ];
    expect(sourcesLine([records], f)).toBe("Sources: Coordination HQ, Iryna Vereshchuk; reported by Kyiv Independent, RFE/RL and 1 more");
    expect(sourcesLine([records], localeFormat("ru"))).toMatch(/^Источники: Координационный штаб, Ирина Верещук;/);
  });

  it("counts publishers across every list it is given, and lists them all when few", () => {
    expect(sourcesLine([[cited("Zmina")], [cited("Interfax", "Zmina")]], f)).toBe("Sources: Zmina, Interfax");
  });

  it("breaks a tie at the last place shown by name, among every publisher with that count", () => {
    const records = [cited("A", "A", "A"), cited("E", "D"), cited("C", "B"), cited("F")];
    expect(sourcesLine([records], f, 3)).toBe("Sources: A, B, C and 3 more");
  });

  it("picks the same publishers as sorting them all would, whatever the counts", () => {
    const names = ["TASS", "Reuters", "Zmina", "BBC", "Ukrinform", "Al Jazeera", "Interfax", "RBC", "Kyiv Independent", "AP"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 300; run++) {
      const lists = [0, 1].map(() => Array.from({ length: Math.floor(next() * 12) }, () => cited(...Array.from({ length: 1 + Math.floor(next() * 3) }, () => names[Math.floor(next() * names.length)]!))));
      const counts = new Map<string, number>();
      for (const list of lists) for (const item of list) for (const s of item.sources) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1);
      const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
      const shown = 1 + Math.floor(next() * 4);
      const rest = sorted.length - shown;
      expect(sourcesLine(lists, f, shown)).toBe(`Sources: ${sorted.slice(0, shown).join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`);
    }
  });
});
