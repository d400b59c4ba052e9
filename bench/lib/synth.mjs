/** Deterministic synthetic records, so every run and every implementation draws the same data. */

/** mulberry32: a tiny seeded PRNG. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = Date.UTC(2022, 2, 1);
const SPAN_DAYS = 1460; // the bundled data's four years: more records means denser, not longer
const MEDIATORS = [[], ["UAE"], ["UAE"], ["Turkey"], ["USA"], ["Saudi Arabia"], ["Qatar"]];
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** `n` exchange records over four years, sorted by date, with nulls, disputes and several sources. */
export function syntheticExchanges(n, seed = 6) {
  const rnd = random(seed);
  const days = Array.from({ length: n }, () => Math.floor(rnd() * SPAN_DAYS)).sort((a, b) => a - b);
  const perDay = new Map();
  return days.map((day, i) => {
    const date = iso(START + day * 86_400_000);
    const k = (perDay.get(date) ?? 0) + 1;
    perDay.set(date, k);
    const size = Math.round(rnd() ** 3 * 600) + 1;
    const toUkraine = rnd() < 0.05 ? null : size;
    const toRussia = rnd() < 0.08 ? null : Math.max(1, Math.round(size * (0.6 + rnd() * 0.6)));
    const disputed = toUkraine !== null && rnd() < 0.1;
    return {
      id: k === 1 ? date : `${date}-${k}`,
      date,
      datePrecision: rnd() < 0.03 ? "month" : "day",
      toUkraine,
      toRussia,
      includesCivilians: rnd() < 0.5,
      civiliansToUkraine: null,
      mediators: MEDIATORS[Math.floor(rnd() * MEDIATORS.length)],
      sequence: i + 1,
      official: true,
      agreement: null,
      stage: null,
      disputes: disputed ? [{ field: "toUkraine", value: Math.round(toUkraine * 0.9), claimant: "Russian MoD", side: "russia" }] : [],
      confidence: "medium",
      note: "Synthetic record for benchmarks.",
      sources: [
        { url: `https://example.org/a/${i}`, publisher: `Publisher ${i % 37}` },
        { url: `https://example.org/b/${i}`, publisher: `Agency ${i % 11}` },
      ],
    };
  });
}

/** `n` held-captives claims, one of them Putin's of 5 June 2024 so the default claim resolves alike. */
export function syntheticClaims(n, seed = 7) {
  const rnd = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const putin = i === Math.floor(n / 2);
    const date = putin ? "2024-06-05" : iso(START + Math.floor(rnd() * SPAN_DAYS) * 86_400_000);
    const figure = () => ({ value: Math.round(500 + rnd() * 9500), qualifier: rnd() < 0.5 ? "exact" : "about" });
    return {
      id: putin ? "2024-06-05-putin" : `${date}-claim-${i}`,
      date,
      datePrecision: "day",
      claimant: putin ? "Vladimir Putin" : `Claimant ${i % 23}`,
      side: i % 3 === 0 ? "russia" : i % 3 === 1 ? "ukraine" : "other",
      claimantKind: "official",
      heldByRussia: figure(),
      heldByUkraine: rnd() < 0.7 ? figure() : null,
      counts: "prisoners of war",
      note: "Synthetic claim for benchmarks.",
      sources: [{ url: `https://example.org/c/${i}`, publisher: `Publisher ${i % 13}` }],
    };
  });
}
