/**
 * The first year a record, an option or an attribute may name.
 *
 * @example
 * isCalendarDate(`${FIRST_YEAR}-01-01`); // true
 */
export const FIRST_YEAR = 1900;
/**
 * The last year a record, an option or an attribute may name.
 *
 * @example
 * isCalendarDate(`${LAST_YEAR + 1}-01-01`); // false
 */
export const LAST_YEAR = 2199;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * True for a real calendar date written YYYY-MM-DD between 1900 and 2199 (no 2024-02-30).
 * The one date rule of the package: the schema, the charts' record check, the options, the
 * custom elements and the CLI all ask here, so a date gets the same verdict everywhere. The
 * range bounds the work a chart can be asked to do (a tick per year, a bar per month).
 *
 * @example
 * isCalendarDate("2024-02-29"); // true
 * isCalendarDate("2023-02-29"); // false
 * isCalendarDate("2500-01-01"); // false: outside 1900–2199
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (month === 2 && leap ? 1 : 0);
}
