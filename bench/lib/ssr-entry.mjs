/** What the Node SSR bench needs, bundled like the page so both run the same code. */
export { charts, dataset, datasetNames, recordsFor, renderToString } from "./targets.mjs";
export { plotCharts } from "../equivalents/plot/index.js";
