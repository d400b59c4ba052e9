import { exchanges as bundled } from "../records/exchanges.js";
import type { Exchange } from "../types.js";

/**
 * Every mediator named in the records, with how many exchanges name it, most frequent first.
 * Records that name none are counted under `null`.
 *
 * @example
 * mediators()[0]; // { mediator: "UAE", exchanges: … }
 */
export function mediators(records: readonly Exchange[] = bundled): { mediator: string | null; exchanges: number }[] {
  const counts = new Map<string | null, number>();
  for (const record of records) {
    const names = record.mediators.length > 0 ? record.mediators : [null];
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .map(([mediator, exchanges]) => ({ mediator, exchanges }))
    .sort((a, b) => b.exchanges - a.exchanges || nameOrder(a.mediator, b.mediator));
}

/**
 * Records that name a mediator; pass `null` for those that name none.
 *
 * @example
 * byMediator("UAE").length;
 */
export function byMediator(mediator: string | null, records: readonly Exchange[] = bundled): Exchange[] {
  return records.filter((r) => (mediator === null ? r.mediators.length === 0 : r.mediators.includes(mediator)));
}

/** Names alphabetically; "none named" (null) after every name. */
function nameOrder(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.localeCompare(b, "en");
}
