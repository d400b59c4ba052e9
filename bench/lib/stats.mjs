/** Summary statistics of run times. */
const quantile = (sorted, q) => {
  const i = (sorted.length - 1) * q, lo = Math.floor(i), hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
};

export function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, median: NaN, q1: NaN, q3: NaN, min: NaN, max: NaN };
  return { n: s.length, median: quantile(s, 0.5), q1: quantile(s, 0.25), q3: quantile(s, 0.75), min: s[0], max: s.at(-1) };
}

/** Rotates a list by `k`, so every implementation takes every position across rounds. */
export const rotate = (list, k) => list.map((_, i) => list[(i + k) % list.length]);
