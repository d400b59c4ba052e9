import type { OfficialTotal } from "../types.js";
import { deepFreeze } from "../freeze.js";
import records from "../../../data/official-totals.json";

/**
 * Running and period totals stated by officials, mediators or media, in date order, from
 * `data/official-totals.json` (checked against the schema by `npm run check:data`). Frozen, like
 * every bundled record.
 */
export const officialTotals: readonly OfficialTotal[] = /* @__PURE__ */ deepFreeze(records as unknown as readonly OfficialTotal[]);
