import { describe, expect, it } from "vitest";
import { exchanges, heldClaims, officialTotals, relatedFigures, dataset } from "../../src/data/index.js";
import { isCalendarDate, isHttpUrl } from "../../src/schema/index.js";

/**
 * Records that rest on aggregator pages only, because no official, wire or media page carrying the
 * figure was found in the stored pages (README, "Known gaps"). The list must shrink, never grow.
 */
const AGGREGATOR_ONLY = [
  "2023-03-31-ukraine-today",
  "2025-04-19-coordination-hq-2025",
  "2025-05-02-vereshchuk",
  "2025-05-06-uae",
  "2025-05-23-russian-media",
];

describe("the bundled exchanges", () => {
  it("have unique ids", () => {
    const ids = exchanges.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("have calendar dates in ascending order", () => {
    for (const r of exchanges) expect(isCalendarDate(r.date), r.id).toBe(true);
    const dates = exchanges.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("cite at least one http(s) source each", () => {
    for (const r of exchanges) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) expect(isHttpUrl(s.url), `${r.id}: ${s.url}`).toBe(true);
    }
  });

  it("count people in non-negative whole numbers, or null when unreported", () => {
    for (const r of exchanges) {
      for (const value of [r.toUkraine, r.toRussia, r.civiliansToUkraine]) {
        if (value !== null) expect(Number.isInteger(value) && value >= 0, r.id).toBe(true);
      }
    }
  });

  it("use each sequence number at most once, increasing with the date", () => {
    const numbered = exchanges.filter((r) => r.sequence !== null);
    const numbers = numbered.map((r) => r.sequence);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (let i = 1; i < numbered.length; i++) {
      expect(numbered[i]!.sequence!, numbered[i]!.id).toBeGreaterThan(numbered[i - 1]!.sequence!);
    }
  });

  it("record who stated every disputed figure", () => {
    const disputed = exchanges.filter((r) => r.disputes.length > 0);
    expect(disputed.length).toBeGreaterThanOrEqual(5);
    for (const r of disputed) for (const d of r.disputes) expect(d.claimant.trim(), r.id).not.toBe("");
  });

  it("name who gave every figure: Kyiv for toUkraine, Moscow for toRussia", () => {
    for (const r of exchanges) {
      expect(r.reportedBy, r.id).toBeDefined();
      expect(r.reportedBy!.toUkraine === null, `${r.id}.reportedBy.toUkraine`).toBe(r.toUkraine === null);
      expect(r.reportedBy!.toRussia === null, `${r.id}.reportedBy.toRussia`).toBe(r.toRussia === null);
      if (r.reportedBy!.toUkraine) expect(r.reportedBy!.toUkraine.side, r.id).toBe("ukraine");
      if (r.reportedBy!.toRussia) expect(r.reportedBy!.toRussia.side, r.id).toBe("russia");
    }
  });

  it("cite a source that is not an aggregator for every record but the few the README lists", () => {
    const all = [...exchanges, ...heldClaims, ...officialTotals, ...relatedFigures];
    for (const r of all) for (const s of r.sources) expect(s.kind, `${r.id}: ${s.publisher}`).toBeDefined();
    const aggregatorOnly = all.filter((r) => r.sources.every((s) => s.kind === "aggregator")).map((r) => r.id);
    expect(aggregatorOnly.sort()).toEqual([...AGGREGATOR_ONLY].sort());
  });

  it("are at least 80 records, covering March 2022 to the dataset's stated end", () => {
    expect(exchanges.length).toBeGreaterThanOrEqual(80);
    expect(exchanges[0]!.date).toBe(dataset.coverage.from);
    expect(exchanges.at(-1)!.date).toBe(dataset.coverage.to);
  });
});

describe("the review of December 2026", () => {
  it("has the 205-for-205 swap of 15 May 2026 with Moscow's figure only", () => {
    const r = exchanges.find((e) => e.id === "2026-05-15");
    expect(r).toMatchObject({ toUkraine: null, toRussia: 205, reportedBy: { toRussia: { side: "russia" } } });
    expect(r?.disputes).toContainEqual(expect.objectContaining({ field: "toUkraine", value: 205, side: "russia" }));
  });

  it("has the ten civilians freed with the Vatican's help on 28 June 2024", () => {
    expect(exchanges.find((e) => e.id === "2024-06-28")).toMatchObject({ toUkraine: 10, civiliansToUkraine: 10, mediators: ["Vatican"], toRussia: null });
  });

  it("keeps other parties' wording out of the two sides' figures", () => {
    expect(exchanges.find((e) => e.id === "2022-04-14")?.toRussia).toBeNull();
    expect(exchanges.find((e) => e.id === "2022-06-28")).toMatchObject({ toRussia: null, sequence: 13 });
    const independenceDay = exchanges.find((e) => e.id === "2025-08-24");
    expect(independenceDay?.toUkraine).toBeNull();
    expect(independenceDay?.disputes).toContainEqual(expect.objectContaining({ field: "toUkraine", value: 146, claimant: "Russian Defence Ministry" }));
  });

  it("keeps the disputes of 3 April 2023 and 2 October 2025, and none on 17 October 2022", () => {
    expect(exchanges.find((e) => e.id === "2023-04-03")?.disputes).toContainEqual(expect.objectContaining({ field: "toUkraine", value: 5, side: "russia" }));
    expect(exchanges.find((e) => e.id === "2025-10-02")?.disputes).toContainEqual(expect.objectContaining({ field: "toUkraine", value: 185, side: "russia" }));
    expect(exchanges.find((e) => e.id === "2022-10-17")).toMatchObject({ civiliansToUkraine: 12, disputes: [] });
  });
});

describe("the seed's facts", () => {
  it("has the 54th exchange of 2024-07-17: 95 each way, mediated by the UAE", () => {
    const r = exchanges.find((e) => e.id === "2024-07-17");
    expect(r).toMatchObject({ toUkraine: 95, toRussia: 95, sequence: 54, mediators: ["UAE"] });
  });

  it("has 90 each way on 2024-06-25", () => {
    expect(exchanges.find((e) => e.id === "2024-06-25")).toMatchObject({ toUkraine: 90, toRussia: 90 });
  });

  it("has Putin's June 2024 claim of 6,465 held by Russia and 1,348 held by Ukraine", () => {
    const claim = heldClaims.find((c) => c.claimant === "Vladimir Putin" && c.date === "2024-06-05");
    expect(claim?.heldByRussia).toEqual({ value: 6465, qualifier: "exact" });
    expect(claim?.heldByUkraine).toEqual({ value: 1348, qualifier: "exact" });
  });

  it("keeps the Istanbul 1000 for 1000 as three stages adding up to 1,000", () => {
    const stages = exchanges.filter((e) => e.agreement === "Istanbul 1000 for 1000");
    expect(stages.map((s) => s.stage)).toEqual([1, 2, 3]);
    expect(stages.reduce((sum, s) => sum + (s.toUkraine ?? 0), 0)).toBe(1000);
  });
});

describe("claims and totals", () => {
  it("keep approximate wording as a qualifier, never as an exact number", () => {
    const konashenkov = heldClaims.find((c) => c.id === "2022-06-30-konashenkov");
    expect(konashenkov?.heldByRussia).toEqual({ value: 6000, qualifier: "more-than" });
    const unspecified = heldClaims.filter((c) => c.heldByRussia?.qualifier === "unspecified" || c.heldByUkraine?.qualifier === "unspecified");
    for (const c of unspecified) {
      const figure = c.heldByRussia?.qualifier === "unspecified" ? c.heldByRussia : c.heldByUkraine;
      expect(figure?.value, c.id).toBeNull();
      expect(figure?.text, c.id).toBeTruthy();
    }
  });

  it("date every claim, or say plainly that its date is unknown", () => {
    for (const c of heldClaims) {
      if (c.date === null) expect(c.datePrecision, c.id).toBe("unknown");
      else expect(isCalendarDate(c.date), c.id).toBe(true);
    }
    const undated = heldClaims.filter((c) => c.date === null);
    expect(undated.length).toBeLessThanOrEqual(5);
  });

  it("say whom every claim counts", () => {
    for (const c of heldClaims) expect(["prisoners-of-war", "civilians", "all-captives", "captures"], c.id).toContain(c.population);
  });

  it("keep the corrected claims: Pushilin's 'about 500' of 4 October 2023 and Lubinets' approximate 28,000 civilians", () => {
    const pushilin = heldClaims.find((c) => c.claimant.startsWith("Denis Pushilin") && c.heldByUkraine?.value === 500);
    expect(pushilin).toMatchObject({ date: "2023-10-04", datePrecision: "day", heldByUkraine: { qualifier: "about" } });
    const lubinets = heldClaims.find((c) => c.id === "2024-02-25-lubinets");
    expect(lubinets).toMatchObject({ heldByRussia: { value: 28000, qualifier: "about" }, population: "civilians" });
  });

  it("keep figures that are not headcounts (ICRC visits, UN interviews) out of the held-captives claims", () => {
    expect(relatedFigures.map((f) => f.kind)).toEqual(expect.arrayContaining(["visits", "interviews"]));
    for (const c of heldClaims) expect(c.claimant, c.id).not.toMatch(/ICRC|UN Human Rights/);
  });

  it("have unique ids and at least one source each", () => {
    for (const list of [heldClaims, officialTotals, relatedFigures]) {
      const ids = list.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of list) expect(r.sources.length, r.id).toBeGreaterThan(0);
    }
  });
});
