import type { Exchange } from "../types.js";
import { deepFreeze } from "../freeze.js";
import records from "../../../data/exchanges.json";

/**
 * Every publicly reported exchange, oldest first, from `data/exchanges.json` (checked against the
 * schema by `npm run check:data`). Frozen: nobody on the page can change what another chart draws.
 */
export const exchanges: readonly Exchange[] = /* @__PURE__ */ deepFreeze(records as unknown as readonly Exchange[]);
