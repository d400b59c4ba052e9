import type { Plugin } from "esbuild";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** The data files this plugin loads (data/NAME.json; scripts/data/files.ts lists them with their schemas). */
const DATA_NAMES = ["exchanges", "held-claims", "official-totals", "related-figures"] as const;

/** The data files, matched by their resolved path. */
export const RECORDS = new RegExp(`[\\\\/]data[\\\\/](${DATA_NAMES.join("|")})\\.json$`);

/** The file the lazy build fills with the left-out addresses (empty in the source). */
const ADDRESSES = /[\\/]src[\\/]embed[\\/]lazy[\\/]source-addresses\.ts$/;

/**
 * An esbuild plugin for the builds pages load, not the npm entries: it loads the data files with
 * every record's free-text `note` (and each exchange dispute's `note`) left out. No chart shows
 * them, and they are about a third of the records' gzip size; the npm entries, the JSON and the CSV
 * files keep them. Anything but an array of records fails the build.
 *
 * With `deferSourceAddresses` (the progressive snippet's lazy modules), each source's `url` becomes
 * "pow-source:N" and the addresses go to `src/embed/lazy/source-addresses.ts`, loaded when a
 * tooltip opens or the data is exported (src/charts/core/source-addresses.ts): they are most of
 * what is left of the records' bytes, and a reader who never opens a tooltip never needs them.
 */
export function leanRecords({ deferSourceAddresses = false } = {}): Plugin {
  return {
    name: "lean-records",
    setup(b) {
      const numbered = deferSourceAddresses ? numberAddresses(join(b.initialOptions.absWorkingDir ?? process.cwd(), "data")) : undefined;
      b.onLoad({ filter: RECORDS }, async (args) => {
        const records: unknown = JSON.parse(await readFile(args.path, "utf8"));
        if (!Array.isArray(records)) throw new Error(`lean-records: ${args.path} is not an array of records`);
        const lean = records.map((record) => withoutNotes(record, args.path));
        return { contents: JSON.stringify(numbered ? lean.map((record) => withNumberedSources(record, numbered, args.path)) : lean), loader: "json" };
      });
      if (numbered) b.onLoad({ filter: ADDRESSES }, () => ({ contents: `export default ${JSON.stringify([...numbered.keys()])};`, loader: "js" }));
    },
  };
}

/** Every source address of the data files, each once, numbered in file and record order. */
function numberAddresses(dir: string): Map<string, number> {
  const numbered = new Map<string, number>();
  for (const name of DATA_NAMES) {
    const records = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as { sources?: { url?: unknown }[] }[];
    for (const record of records) {
      for (const source of record.sources ?? []) {
        if (typeof source.url === "string" && !numbered.has(source.url)) numbered.set(source.url, numbered.size);
      }
    }
  }
  return numbered;
}

/** A record whose sources point into the numbered addresses instead of carrying them. */
function withNumberedSources(record: Record<string, unknown>, numbered: ReadonlyMap<string, number>, where: string): Record<string, unknown> {
  if (!Array.isArray(record.sources)) throw new Error(`lean-records: ${where}: "sources" of ${String(record.id)} is not a list`);
  return {
    ...record,
    sources: record.sources.map((source: Record<string, unknown>) => {
      const n = typeof source.url === "string" ? numbered.get(source.url) : undefined;
      if (n === undefined) throw new Error(`lean-records: ${where}: a source of ${String(record.id)} has an address the numbering missed`);
      return { ...source, url: `pow-source:${n}` };
    }),
  };
}

/** A copy of a record without its `note`, and without `note` on each of its `disputes`. */
function withoutNotes(record: unknown, where: string): Record<string, unknown> {
  if (record === null || typeof record !== "object" || Array.isArray(record)) throw new Error(`lean-records: ${where}: a record is not an object`);
  const { note: _note, ...rest } = record as Record<string, unknown>;
  if (!("disputes" in rest)) return rest;
  if (!Array.isArray(rest.disputes)) throw new Error(`lean-records: ${where}: "disputes" of ${String(rest.id)} is not a list`);
  return {
    ...rest,
    disputes: rest.disputes.map((dispute: unknown) => {
      if (dispute === null || typeof dispute !== "object") throw new Error(`lean-records: ${where}: a dispute of ${String(rest.id)} is not an object`);
      const { note: _disputeNote, ...kept } = dispute as Record<string, unknown>;
      return kept;
    }),
  };
}
