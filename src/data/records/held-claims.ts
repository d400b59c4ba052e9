import type { HeldClaim } from "../types.js";
import { deepFreeze } from "../freeze.js";
import records from "../../../data/held-claims.json";

/**
 * Claims of how many captives each side holds, oldest first, from `data/held-claims.json` (checked
 * against the schema by `npm run check:data`). Frozen, like every bundled record.
 */
export const heldClaims: readonly HeldClaim[] = /* @__PURE__ */ deepFreeze(records as unknown as readonly HeldClaim[]);
