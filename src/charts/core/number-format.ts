/**
 * A number rounded to a whole one (half away from zero) with its digits grouped in threes:
 * what `Intl.NumberFormat(locale, { maximumFractionDigits: 0 })` writes in our locales
 * (test/charts/core/number-format.test.ts checks it), without the milliseconds the first Intl
 * object costs a reader's first render.
 *
 * @example
 * groupDigits(1234567.5, ","); // "1,234,568"
 * groupDigits(1000, "\u00a0"); // "1 000" with a no-break space (Ukrainian, Russian)
 *
 * NaN, which no chart draws, is "NaN" in every locale (Intl writes "не число" in Russian).
 */
export function groupDigits(n: number, separator: string): string {
  if (Number.isNaN(n)) return "NaN";
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  if (!Number.isFinite(n)) return `${sign}∞`;
  const digits = plainDigits(String(Math.round(Math.abs(n))));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) out = end - 3 > 0 ? `${separator}${digits.slice(end - 3, end)}${out}` : `${digits.slice(0, end)}${out}`;
  return `${sign}${out}`;
}

/** From 1e21 String() writes "1.18e+21"; Intl writes the same digits followed by zeros. */
function plainDigits(text: string): string {
  const exponent = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(text);
  if (!exponent) return text;
  const fraction = exponent[2] ?? "";
  return `${exponent[1]}${fraction}${"0".repeat(Number(exponent[3]) - fraction.length)}`;
}
