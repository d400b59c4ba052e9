import type { Source } from "../../data/types.js";

/**
 * The address the progressive snippet's lazy modules give a bundled source in place of its URL:
 * "pow-source:17", the 17th address of `dist/lazy/source-addresses.js`. The addresses are about a
 * third of the records' bytes and are only needed when a tooltip opens or the data is exported
 * (scripts/lean-records-plugin.ts). Not an http(s) address, so the schema refuses it in anyone's
 * records and a link is never made from it.
 */
const DEFERRED = /^pow-source:(\d+)$/;

let load: (() => Promise<readonly string[]>) | undefined;
let loading: Promise<readonly string[]> | undefined;
let addresses: readonly string[] | undefined;

/**
 * Says where the left-out addresses come from: what each lazy module does before it draws.
 *
 * @example
 * deferSourceAddresses(() => import("./source-addresses.js").then((m) => m.default));
 */
export function deferSourceAddresses(loader: () => Promise<readonly string[]>): void {
  load ??= loader;
}

/**
 * Loads the left-out addresses, once; resolves at once where none were left out.
 *
 * @example
 * await loadSourceAddresses(); // then sourceAddress() and withSourceAddresses() answer
 */
export function loadSourceAddresses(): Promise<void> {
  if (!load) return Promise.resolve();
  loading ??= load().then(
    (list) => (addresses = list),
    (error: unknown) => {
      loading = undefined; // a failed load (offline) is tried again next time
      throw error;
    },
  );
  return loading.then(() => undefined);
}

/**
 * A source's address as it can be used now: its own, the loaded one for a left-out address, or
 * undefined while that is still loading.
 *
 * @example
 * sourceAddress("https://example.org/a"); // "https://example.org/a"
 * sourceAddress("pow-source:3"); // undefined until loadSourceAddresses() resolves
 */
export function sourceAddress(url: string): string | undefined {
  const n = load ? DEFERRED.exec(url)?.[1] : undefined;
  if (n === undefined) return url;
  return addresses?.[Number(n)];
}

/**
 * Records with every source's own address, for an export: the same records where nothing was
 * left out. An address still loading is an error, never an empty cell.
 *
 * @example
 * toCsv("exchanges", withSourceAddresses(records));
 */
export function withSourceAddresses<T extends { readonly sources: readonly Source[] }>(records: readonly T[]): readonly T[] {
  if (!load) return records;
  return records.map((record) => ({ ...record, sources: record.sources.map(withAddress) }));
}

function withAddress(source: Source): Source {
  const url = sourceAddress(source.url);
  if (url === undefined) throw new Error(`pow-exchanges: the source addresses are still loading (${source.publisher}); try again in a moment`);
  return url === source.url ? source : { ...source, url };
}
