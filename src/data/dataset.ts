import type { DatasetInfo } from "./types.js";

/**
 * Facts about the dataset: version, coverage, license and how to cite it.
 * `coverage.to` is the newest exchange recorded; `coverage.sourcesReadTo` the newest day any
 * stored source was read for (no report of a later exchange was found up to that day);
 * `updated` the day the data was last reviewed, which says nothing about events after `sourcesReadTo`.
 *
 * @example
 * import { dataset } from "pow-exchanges/data";
 * `Data: ${dataset.name} v${dataset.version}, exchanges through ${dataset.coverage.to}`;
 */
export const dataset: DatasetInfo = {
  name: "pow-exchanges",
  version: "1.1.0",
  updated: "2026-12-01",
  coverage: { from: "2022-03-01", to: "2026-05-15", sourcesReadTo: "2026-05-15" },
  license: { code: "MIT", data: "CC-BY-4.0" },
  citation:
    "pow-exchanges contributors, “Russia–Ukraine prisoner-of-war exchanges since 2022” (dataset v1.1.0, exchanges through 2026-05-15, sources read to 2026-05-15), CC BY 4.0, compiled from the sources cited with each record.",
};
