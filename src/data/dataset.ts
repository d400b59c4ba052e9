import type { DatasetInfo } from "./types.js";

/**
 * Facts about the dataset: version, coverage, license and how to cite it.
 *
 * @example
 * import { dataset } from "pow-exchanges/data";
 * `Data: ${dataset.name} v${dataset.version}, through ${dataset.coverage.to}`;
 */
export const dataset: DatasetInfo = {
  name: "pow-exchanges",
  version: "1.0.0",
  updated: "2026-11-24",
  coverage: { from: "2022-03-01", to: "2026-04-24", sourcesReadTo: "2026-04-24" },
  license: { code: "MIT", data: "CC-BY-4.0" },
  citation:
    "pow-exchanges contributors, “Russia–Ukraine prisoner-of-war exchanges since 2022” (dataset v1.0.0, through 2026-04-24), CC BY 4.0, compiled from the sources cited with each record.",
};
