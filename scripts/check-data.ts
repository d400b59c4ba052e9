// `npm run check:data`: every data file parses, every record passes the schema, and every file is in
// its one format (scripts/data/format.ts). Each problem names the file, the record's id and its line,
// and the exit code is non-zero on any, so `npm test` stops before a bad record ships.
// `npm run format:data` rewrites the files into their format.
import { readFileSync, writeFileSync } from "node:fs";
import { dataFiles } from "./data/files.js";
import { firstDifferentLine, formatRecords } from "./data/format.js";

const write = process.argv.includes("--write");
let problems = 0;
const report = (message: string) => {
  problems++;
  console.error(`check:data ${message}`);
};

/** The 1-based line where the `index`-th record of a formatted file starts, or 0 when not found. */
function lineOfRecord(text: string, index: number): number {
  const lines = text.split("\n");
  let seen = -1;
  for (let i = 0; i < lines.length; i++) if (/^ {2}\{/.test(lines[i]!) && ++seen === index) return i + 1;
  return 0;
}

for (const file of dataFiles) {
  const text = readFileSync(file.path, "utf8");
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    report(`${file.path}: not JSON: ${(error as Error).message}`);
    continue;
  }
  if (!Array.isArray(records)) {
    report(`${file.path}: is not a JSON array of records`);
    continue;
  }
  const result = file.check(records);
  if (!result.ok) {
    for (const issue of result.issues) {
      const index = typeof issue.path[0] === "number" ? issue.path[0] : -1;
      const id = (records[index] as { id?: unknown } | undefined)?.id;
      const where = index >= 0 ? ` record ${JSON.stringify(id ?? `#${index}`)} (line ${lineOfRecord(text, index)})` : "";
      report(`${file.path}${where}: ${issue.message}`);
    }
  }
  const formatted = formatRecords(records, file.schema);
  if (formatted === text) console.log(`check:data ${file.path}: ${records.length} records valid and formatted`);
  else if (write) {
    writeFileSync(file.path, formatted);
    console.log(`check:data ${file.path}: formatted`);
  } else report(`${file.path}: line ${firstDifferentLine(text, formatted)} is not in the data format; run \`npm run format:data\``);
}
process.exitCode = problems > 0 ? 1 : 0;
