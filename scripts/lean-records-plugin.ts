import type { Plugin } from "esbuild";
import { readFile } from "node:fs/promises";

/** The data files (data/*.json), matched by their resolved path. */
export const RECORDS = /[\\/]data[\\/](exchanges|held-claims|official-totals|related-figures)\.json$/;

/**
 * An esbuild plugin for the one-<script> build only (`dist/pow-exchanges.global.js`): it loads the
 * data files with every record's free-text `note` (and each exchange dispute's `note`) left
 * out. No chart shows them, and they are about a third of the records' gzip size; the npm entries,
 * the JSON and the CSV files keep them. Anything but an array of records fails the build.
 */
export function leanRecords(): Plugin {
  return {
    name: "lean-records",
    setup(b) {
      b.onLoad({ filter: RECORDS }, async (args) => {
        const records: unknown = JSON.parse(await readFile(args.path, "utf8"));
        if (!Array.isArray(records)) throw new Error(`lean-records: ${args.path} is not an array of records`);
        return { contents: JSON.stringify(records.map((record) => withoutNotes(record, args.path))), loader: "json" };
      });
    },
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
