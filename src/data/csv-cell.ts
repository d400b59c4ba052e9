/**
 * First characters a spreadsheet reads as the start of a formula (OWASP's list: `=`, `+`, `-`,
 * `@`, tab, carriage return), plus the apostrophe itself, so that the prefix is unambiguous and
 * reading a cell back removes exactly what writing it added.
 */
const RISKY_START = /^[=+\-@\t\r']/;

/**
 * Makes one CSV cell safe to open in a spreadsheet and valid RFC 4180: a cell whose first character
 * could start a formula gets a leading apostrophe (OWASP's CSV-injection advice; spreadsheets then
 * show the text as text), and a cell holding a quote, comma or line break is quoted, its quotes doubled.
 *
 * @example
 * csvCell("=HYPERLINK(\"http://x\")"); // "\"'=HYPERLINK(\"\"http://x\"\")\""
 * csvCell("UAE"); // "UAE"
 */
export function csvCell(value: string): string {
  const safe = RISKY_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Undoes {@link csvCell}'s apostrophe on a cell already unquoted by the CSV reader.
 *
 * @example
 * csvCellText("'=1+1"); // "=1+1"
 */
export function csvCellText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/**
 * Joins a list (mediators) into one cell as "a; b". A name that itself holds ";" or "\" has them
 * escaped with a backslash, so a mediator named "Qatar; Vatican" reads back as one mediator.
 *
 * @example
 * joinList(["UAE", "Qatar; Vatican"]); // "UAE; Qatar\\; Vatican"
 */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\;]/g, (c) => `\\${c}`)).join("; ");
}

/**
 * Splits a cell written by {@link joinList} back into its items.
 *
 * @example
 * splitList("UAE; Qatar\\; Vatican"); // ["UAE", "Qatar; Vatican"]
 */
export function splitList(cell: string): string[] {
  if (cell === "") return [];
  const items: string[] = [];
  let item = "";
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === "\\" && i + 1 < cell.length) item += cell[++i];
    else if (ch === ";") {
      items.push(item);
      item = "";
      if (cell[i + 1] === " ") i++;
    } else item += ch;
  }
  items.push(item);
  return items;
}
