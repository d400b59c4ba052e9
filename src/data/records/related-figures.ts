import type { RelatedFigure } from "../types.js";
import { deepFreeze } from "../freeze.js";
import records from "../../../data/related-figures.json";

/**
 * Numbers about captivity that are not headcounts (ICRC visits, UN interviews, accounts of
 * ill-treatment), from `data/related-figures.json` (checked against the schema by
 * `npm run check:data`). Frozen, like every bundled record.
 */
export const relatedFigures: readonly RelatedFigure[] = /* @__PURE__ */ deepFreeze(records as unknown as readonly RelatedFigure[]);
