import { describe, expect, it } from "vitest";
import { heldCaptivesDefaults, normalizeHeldCaptivesOptions } from "../../../src/charts/held-captives/options.js";
import { defaultClaim, findClaim } from "../../../src/charts/held-captives/select.js";
import { OptionError } from "../../../src/charts/core/options.js";
import { heldClaims } from "../../../src/data/records/held-claims.js";
import { claim, stated } from "./fixtures.js";
import { layoutHeldCaptives } from "../../../src/charts/held-captives/layout.js";

const two = [
  claim("2024-01-02", stated(100), stated(50), { id: "a", claimant: "Iryna Vereshchuk" }),
  claim("2025-03-04", stated(200), null, { id: "b", claimant: "Iryna Vereshchuk (Deputy PM)" }),
];

describe("normalizeHeldCaptivesOptions", () => {
  it("defaults to the bundled claims showing the latest claim from each side", () => {
    const o = normalizeHeldCaptivesOptions();
    expect(o.claims).toEqual(heldClaims); // checked null-prototype copies, never the bundled objects
    expect(o.mode).toBe("latest");
    expect(heldCaptivesDefaults.mode).toBe("latest");
    expect(o.latest.map((c) => [c.side, c.id])).toEqual([["ukraine", "2026-02-14-zelensky"], ["russia", "2024-06-05-putin"]]);
  });

  it("shows one claim alone when a claim is named, and Putin's of 5 June 2024 in single mode by default", () => {
    expect(normalizeHeldCaptivesOptions({ claim: "zelensky" })).toMatchObject({ mode: "single", claim: { id: "2026-02-14-zelensky" } });
    expect(normalizeHeldCaptivesOptions({ mode: "single" }).claim?.id).toBe("2024-06-05-putin");
  });

  it("picks each side's latest official claim of captives held, passing over captures, civilians alone and claims without a number", () => {
    const data = [
      claim("2025-01-01", stated(100), stated(50), { id: "ua-official", side: "ukraine", claimantKind: "official" }),
      claim("2025-06-01", stated(9000), null, { id: "ua-civilians", side: "ukraine", claimantKind: "official", population: "civilians" }),
      claim("2024-01-01", stated(300), stated(200), { id: "ru-official", side: "russia", claimantKind: "official" }),
      claim("2025-02-01", stated(5000), null, { id: "ru-captures", side: "russia", claimantKind: "official", population: "captures" }),
      claim("2025-03-01", { value: null, qualifier: "unspecified", text: "thousands" }, null, { id: "ru-words", side: "russia", claimantKind: "official" }),
    ];
    expect(normalizeHeldCaptivesOptions({ data }).latest.map((c) => c.id)).toEqual(["ua-official", "ru-official"]);
  });

  it("picks a claim by id, by date, or by part of the claimant's name in any case", () => {
    expect(normalizeHeldCaptivesOptions({ claim: "2026-02-14-zelensky" }).claim?.id).toBe("2026-02-14-zelensky");
    expect(normalizeHeldCaptivesOptions({ claim: "2025-08-24" }).claim?.id).toBe("2025-08-24-medinsky");
    expect(normalizeHeldCaptivesOptions({ claim: "ZELENSKY" }).claim?.id).toBe("2026-02-14-zelensky");
  });

  it("takes the latest statement when several claimants match", () => {
    expect(findClaim(two, "vereshchuk")?.id).toBe("b");
  });

  it("falls back to the latest claim with both figures when Putin's claim is absent", () => {
    const data = [...two, claim("2026-01-01", stated(5), stated(6), { id: "c" })];
    expect(defaultClaim(data)?.id).toBe("c");
    expect(normalizeHeldCaptivesOptions({ data, mode: "single" }).claim?.id).toBe("c");
  });

  it("keeps no claim for an empty list instead of failing", () => {
    expect(normalizeHeldCaptivesOptions({ data: [] }).claim).toBeNull();
  });

  it("leaves the claim unset in dots mode unless one is asked for", () => {
    expect(normalizeHeldCaptivesOptions({ mode: "dots" }).claim).toBeNull();
    expect(normalizeHeldCaptivesOptions({ mode: "dots", claim: "putin" }).claim?.id).toBe("2024-06-05-putin");
  });

  it("rejects an unknown mode with the allowed ones", () => {
    expect(() => normalizeHeldCaptivesOptions({ mode: "bars" as never })).toThrow(new OptionError('invalid mode: "bars" (expected latest, single, dots)'));
  });

  it("rejects a claim nothing matches and lists the ids", () => {
    expect(() => normalizeHeldCaptivesOptions({ data: two, claim: "xyz" })).toThrow('no claim matches "xyz" (claims: a, b)');
  });

  it("rejects an unknown option name", () => {
    expect(() => normalizeHeldCaptivesOptions({ claims: [] } as never)).toThrow(/^unknown option: "claims" \(expected one of data, width/);
  });

  it("still checks the common options", () => {
    expect(() => normalizeHeldCaptivesOptions({ locale: "xx" as never })).toThrow('invalid locale: "xx" (expected en, uk, ru)');
  });

  it("names the index and field of a bad claim", () => {
    const bad = (patch: object) => [two[0], { ...two[1], ...patch }] as never;
    expect(() => normalizeHeldCaptivesOptions({ data: bad({ date: "4 March" }) })).toThrow('invalid data[1].date: "4 March" (expected a calendar date YYYY-MM-DD or null)');
    expect(() => normalizeHeldCaptivesOptions({ data: bad({ date: "2024-02-30" }) })).toThrow('invalid data[1].date: "2024-02-30" (expected a calendar date YYYY-MM-DD or null)');
    expect(() => normalizeHeldCaptivesOptions({ data: bad({ id: "a" }) })).toThrow('invalid data[1].id: "a" (expected an id used once; this one is repeated)');
    expect(() => normalizeHeldCaptivesOptions({ data: bad({ heldByRussia: { value: -1, qualifier: "exact" } }) })).toThrow(
      "invalid data[1].heldByRussia.value: -1 (expected a number of people from 0 to 1000000000, or null)",
    );
    expect(() => normalizeHeldCaptivesOptions({ data: bad({ heldByUkraine: { value: 3, qualifier: "roughly" } }) })).toThrow(
      'invalid data[1].heldByUkraine.qualifier: "roughly" (expected exact, about, more-than, almost, at-least, unspecified)',
    );
    expect(() => normalizeHeldCaptivesOptions({ data: bad({ side: "both" }) })).toThrow('invalid data[1].side: "both" (expected ukraine, russia, other)');
    expect(() => normalizeHeldCaptivesOptions({ data: "claims" as never })).toThrow('invalid data: "claims" (expected a list of held-captives claims)');
  });

  it("accepts every bundled claim", () => {
    expect(normalizeHeldCaptivesOptions({ data: heldClaims }).claims).toHaveLength(heldClaims.length);
  });

  it("in lenient mode leaves out bad claims and lists each with its index, id and reason", () => {
    const data = [two[0], { ...two[1], date: "4 March" }, "not a claim", { ...two[1], id: "c", heldByUkraine: { value: 3, qualifier: "roughly" } }, { ...two[0], id: "a" }] as never;
    const o = normalizeHeldCaptivesOptions({ data, lenient: true, mode: "dots" });
    expect(o.claims.map((c) => c.id)).toEqual(["a"]);
    expect(o.skipped).toEqual([
      { index: 1, id: "b", reason: 'date: "4 March" (expected a calendar date YYYY-MM-DD or null)' },
      { index: 2, id: null, reason: '"not a claim" (expected a claim object)' },
      { index: 3, id: "c", reason: 'heldByUkraine.qualifier: "roughly" (expected exact, about, more-than, almost, at-least, unspecified)' },
      { index: 4, id: "a", reason: 'id: "a" (expected an id used once; this one is repeated)' },
    ]);
  });

  it("without lenient still refuses the first bad claim, and with it refuses data that is not a list", () => {
    expect(() => normalizeHeldCaptivesOptions({ data: [two[0], "x"] as never })).toThrow('invalid data[1]: "x" (expected a claim object)');
    expect(() => normalizeHeldCaptivesOptions({ data: "claims" as never, lenient: true })).toThrow("invalid data");
    expect(normalizeHeldCaptivesOptions({ data: two, lenient: true }).skipped).toEqual([]);
  });

  it("prints the skipped claims in the footer in both modes", () => {
    const data = [...two, { ...two[0], id: "bad", side: "both" }] as never;
    for (const mode of ["single", "dots"] as const) {
      const scene = layoutHeldCaptives(normalizeHeldCaptivesOptions({ data, lenient: true, mode }), { width: 900, height: 500 });
      const footer = scene.marks.filter((m) => m.kind === "text").map((m) => (m as { text: string }).text).join(" ");
      expect(footer, mode).toContain('1 record skipped: data[2] side: "both" (expected ukraine, russia, other)');
    }
  });
});
