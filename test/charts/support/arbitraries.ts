import fc from "fast-check";
import type { Exchange } from "../../../src/data/index.js";
import type { Mark } from "../../../src/charts/index.js";

const day = fc.date({ min: new Date("2022-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const count = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null, freq: 4 });

/** Any valid exchange record: figures null or 0–100,000, any mediator, disputes included. */
export const exchangeArb: fc.Arbitrary<Exchange> = fc
  .record({
    date: day,
    datePrecision: fc.constantFrom("day", "announcement", "month"),
    toUkraine: count,
    toRussia: count,
    mediators: fc.array(fc.constantFrom("UAE", "Turkey", "USA", "Vatican"), { maxLength: 2 }),
    disputes: fc.array(fc.record({ field: fc.constantFrom("toUkraine", "toRussia"), value: count, claimant: fc.string({ minLength: 1 }), side: fc.constantFrom("ukraine", "russia", "other") }), { maxLength: 2 }),
    note: fc.string(),
  })
  .map((r, ) => ({
    id: "",
    ...r,
    date: r.datePrecision === "month" ? `${r.date.slice(0, 7)}-01` : r.date,
    includesCivilians: null,
    civiliansToUkraine: null,
    sequence: null,
    official: true,
    agreement: null,
    stage: null,
    confidence: "medium" as const,
    sources: [{ url: "https://example.org/x", publisher: "<b>Example</b>" }],
  })) as fc.Arbitrary<Exchange>;

/** A list of records with unique ids. */
export const exchangesArb = (maxLength = 60) =>
  fc.array(exchangeArb, { maxLength }).map((list) => list.map((r, i) => ({ ...r, id: `${r.date}-${i}` })));

/** Every number a mark carries. */
export function numbersOf(mark: Mark): number[] {
  return Object.values(mark).filter((v): v is number => typeof v === "number");
}

/** The problems a scene's marks have: non-finite numbers, or geometry outside the frame (1 px slack). */
export function markProblems(marks: readonly Mark[], width: number, height: number): string[] {
  const problems: string[] = [];
  for (const m of marks) {
    if (numbersOf(m).some((n) => !Number.isFinite(n))) problems.push(`${m.key}: non-finite number`);
    const xs = m.kind === "rect" ? [m.x, m.x + m.width] : m.kind === "circle" ? [m.cx - m.r, m.cx + m.r] : m.kind === "line" ? [m.x1, m.x2] : m.kind === "text" ? [m.x] : [];
    const ys = m.kind === "rect" ? [m.y, m.y + m.height] : m.kind === "circle" ? [m.cy - m.r, m.cy + m.r] : m.kind === "line" ? [m.y1, m.y2] : m.kind === "text" ? [m.y] : [];
    if (xs.some((x) => x < -1 || x > width + 1) || ys.some((y) => y < -1 || y > height + 1)) problems.push(`${m.key}: outside ${width}×${height}`);
    if (m.kind === "rect" && (m.width < 0 || m.height < 0)) problems.push(`${m.key}: negative size`);
  }
  return problems;
}
