import { d3Charts } from "../../equivalents/d3/index.js";
import { exchanges } from "../../../src/data/records/exchanges.ts";
import { heldClaims } from "../../../src/data/records/held-claims.ts";
import { coldHarness, sizeOf } from "./harness.js";

coldHarness((name, el, height) => d3Charts[name](el, name === "held-captives" ? heldClaims : exchanges, sizeOf(el, height)));
