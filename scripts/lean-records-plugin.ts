import { build, type Plugin } from "esbuild";
import { resolve } from "node:path";

/** The three bundled record modules (src/data/records/*.ts), matched by their resolved path. */
export const RECORDS = /[\\/]src[\\/]data[\\/]records[\\/](exchanges|held-claims|official-totals)\.ts$/;

/**
 * An esbuild plugin for the one-<script> build only (`dist/pow-exchanges.global.js`): it loads the
 * three record modules with every record's free-text `note` (and each exchange dispute's `note`)
 * left out. No chart shows them, and they are about a third of the records' gzip size; the npm
 * entries, the JSON and the CSV files keep them.
 *
 * The records are not edited as text: each module is bundled by esbuild, imported (through a data:
 * URL) and written back as `export const <same name> = <JSON>`, same names, same order. Anything
 * other than arrays of records fails the build rather than being passed on half-handled.
 */
export function leanRecords(): Plugin {
  return {
    name: "lean-records",
    setup(b) {
      b.onLoad({ filter: RECORDS }, async (args) => {
        const bundled = await build({
          entryPoints: [args.path],
          bundle: true,
          write: false,
          format: "esm",
          platform: "neutral",
          logLevel: "silent",
          metafile: true,
        });
        const code = bundled.outputFiles[0]!.text;
        const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as Record<string, unknown>;
        const names = Object.keys(module);
        if (names.length === 0) throw new Error(`lean-records: ${args.path} exports nothing`);
        const contents = names
          .map((name) => {
            const records = module[name];
            if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`lean-records: ${args.path}: export "${name}" is not a plain name`);
            if (!Array.isArray(records)) throw new Error(`lean-records: ${args.path}: "${name}" is not an array of records`);
            return `export const ${name} = ${JSON.stringify(records.map((record) => withoutNotes(record, `${args.path}: ${name}`)))};`;
          })
          .join("\n");
        return { contents, loader: "js", watchFiles: Object.keys(bundled.metafile.inputs).map((input) => resolve(input)) };
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
