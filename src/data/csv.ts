import { csvCell, csvCellText, joinList, splitList } from "./csv-cell.js";
import type { Exchange, HeldClaim, OfficialTotal, RelatedFigure } from "./types.js";

type ColumnType = "string" | "integer" | "boolean" | "list" | "json";
type Columns = readonly (readonly [name: string, type: ColumnType])[];

/** The CSV columns of each table: the record's own field names, so CSV and JSON round-trip. */
export const csvColumns = {
  exchanges: [
    ["id", "string"], ["date", "string"], ["datePrecision", "string"], ["toUkraine", "integer"], ["toRussia", "integer"],
    ["reportedBy", "json"], ["includesCivilians", "boolean"], ["civiliansToUkraine", "integer"], ["mediators", "list"], ["sequence", "integer"],
    ["official", "boolean"], ["agreement", "string"], ["stage", "integer"], ["disputes", "json"], ["confidence", "string"],
    ["note", "string"], ["sources", "json"], ["userSupplied", "boolean"],
  ],
  heldClaims: [
    ["id", "string"], ["date", "string"], ["datePrecision", "string"], ["claimant", "string"], ["side", "string"],
    ["claimantKind", "string"], ["heldByRussia", "json"], ["heldByUkraine", "json"], ["counts", "string"],
    ["population", "string"], ["note", "string"], ["sources", "json"],
  ],
  officialTotals: [
    ["id", "string"], ["date", "string"], ["claimant", "string"], ["side", "string"], ["scope", "string"],
    ["toUkraine", "json"], ["toRussia", "json"], ["bothSides", "json"], ["exchanges", "json"],
    ["includesCivilians", "boolean"], ["note", "string"], ["sources", "json"],
  ],
  relatedFigures: [
    ["id", "string"], ["date", "string"], ["datePrecision", "string"], ["claimant", "string"], ["side", "string"],
    ["claimantKind", "string"], ["kind", "string"], ["figure", "json"], ["counts", "string"], ["note", "string"], ["sources", "json"],
  ],
} as const satisfies Record<string, Columns>;

/** Fields a record may leave out: an empty cell means the field is absent, not null. */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(["userSupplied", "reportedBy", "population"]);

/** Which table a CSV holds. */
export type CsvTable = keyof typeof csvColumns;
type RowOf<T extends CsvTable> = T extends "exchanges"
  ? Exchange
  : T extends "heldClaims"
    ? HeldClaim
    : T extends "relatedFigures"
      ? RelatedFigure
      : OfficialTotal;

/**
 * Writes records as CSV: RFC 4180 (header row, CRLF line ends, quoted cells where needed), safe to
 * open in a spreadsheet (a cell starting with `=`, `+`, `-`, `@`, tab, carriage return or `'` gets
 * a leading apostrophe, as OWASP advises). Nulls are empty cells; lists are joined with "; " (a
 * ";" inside a name is escaped as "\;"); nested values (sources, disputes, stated figures) are
 * JSON. {@link fromCsv} reads every field back as it was.
 *
 * @example
 * toCsv("exchanges", exchanges).split("\r\n")[0]; // "id,date,datePrecision,…"
 */
export function toCsv<T extends CsvTable>(table: T, records: readonly RowOf<T>[]): string {
  const columns: Columns = csvColumns[table];
  const lines = [columns.map(([name]) => name).join(",")];
  for (const record of records) {
    const row = record as unknown as Record<string, unknown>;
    // Own fields only: a polluted Object.prototype adds nothing to a row.
    lines.push(columns.map(([name, type]) => csvCell(encode(Object.prototype.hasOwnProperty.call(row, name) ? row[name] : undefined, type))).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * Reads CSV written by {@link toCsv} back into plain records (not validated:
 * pass the result to `parseExchanges` from `pow-exchanges/schema`).
 *
 * @example
 * const rows = fromCsv("exchanges", await (await fetch(url)).text());
 */
export function fromCsv(table: CsvTable, text: string): Record<string, unknown>[] {
  const columns: Columns = csvColumns[table];
  const [header, ...rows] = splitRows(text);
  const names = header ?? [];
  return rows.map((cells, line) => {
    const record: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const type = columns.find(([n]) => n === name)?.[1];
      if (type === undefined) throw new Error(`CSV line ${line + 2}: unknown column "${name}"`);
      const value = decode(csvCellText(cells[i] ?? ""), type, name, line + 2);
      if (!(OPTIONAL_FIELDS.has(name) && value === null)) record[name] = value;
    });
    return record;
  });
}

function encode(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return "";
  if (type === "list") return joinList(value as string[]);
  if (type === "json") return JSON.stringify(value);
  return String(value);
}

function decode(cell: string, type: ColumnType, name: string, line: number): unknown {
  if (type === "list") return splitList(cell);
  if (cell === "") return type === "string" && (name === "note" || name === "counts") ? "" : null;
  if (type === "integer") return Number(cell);
  if (type === "boolean") {
    if (cell !== "true" && cell !== "false") throw new Error(`CSV line ${line}: ${name} "${cell}" is not true or false`);
    return cell === "true";
  }
  if (type === "json") {
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      throw new Error(`CSV line ${line}: ${name} is not valid JSON`);
    }
  }
  return cell;
}

function splitRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell), rows.push(row), (row = []), (cell = "");
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}
