/** Small formatting helpers for the Markdown report. */
export const ms = (v) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)) : "–");
export const ratio = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : "–");
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
export const spread = (s) => `${ms(s.q1)}–${ms(s.q3)} (min ${ms(s.min)}, max ${ms(s.max)})`;
export const verdict = (ok) => (ok === null ? "n/a" : ok ? "**met**" : "**not met**");

export function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
