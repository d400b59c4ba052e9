import type { ElementChartName } from "../spec/tags.js";

/**
 * The charts the loader upgrades, each from `dist/lazy/NAME.js`. Written out rather than read
 * from the registry, so the loader bundles no chart code; test/package/lazy-modules.test.ts checks that it
 * names every registered chart.
 *
 * @example
 * lazyCharts.map((name) => `pow-${name}`); // ["pow-timeline", "pow-cumulative-bars", "pow-held-captives"]
 */
export const lazyCharts: readonly ElementChartName[] = ["timeline", "cumulative-bars", "held-captives"];
