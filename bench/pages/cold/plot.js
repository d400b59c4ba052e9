import { plotCharts } from "../../equivalents/plot/index.js";
import { exchanges } from "../../../src/data/records/exchanges.ts";
import { heldClaims } from "../../../src/data/records/held-claims.ts";
import { coldHarness, sizeOf } from "./harness.js";

coldHarness((name, el, height) => el.append(plotCharts[name](name === "held-captives" ? heldClaims : exchanges, sizeOf(el, height))));
