/** Which charts exist and what each implementation draws for a dataset, shared by the page and Node. */
import * as chartsModule from "../../src/charts/index.ts";
import { exchanges } from "../../src/data/records/exchanges.ts";
import { heldClaims } from "../../src/data/records/held-claims.ts";
import { syntheticClaims, syntheticExchanges } from "./synth.mjs";
import { samePicture } from "../equivalents/series.js";

/** Every chart the charts entry exports (a function carrying a definition), so new charts join by themselves. */
export const charts = Object.fromEntries(
  Object.values(chartsModule).filter((v) => typeof v === "function" && v.definition?.layout).map((c) => [c.definition.name, c]),
);
export const { renderToString } = chartsModule;

/** Datasets by name; built lazily because 10,000 records take a moment. */
const makers = {
  bundled: () => ({ exchanges, claims: heldClaims }),
  "synthetic-1k": () => ({ exchanges: syntheticExchanges(1_000), claims: syntheticClaims(1_000) }),
  "synthetic-10k": () => ({ exchanges: syntheticExchanges(10_000), claims: syntheticClaims(10_000) }),
};
const cache = new Map();
export const datasetNames = Object.keys(makers);
export function dataset(name) {
  if (!cache.has(name)) cache.set(name, makers[name]());
  return cache.get(name);
}

/** The records a chart draws: held-captives draws claims, the others exchanges. */
export function recordsFor(chartName, ds) {
  return chartName === "held-captives" ? ds.claims : ds.exchanges;
}

/** Our options for a dataset; never animated, so timings measure rendering only. */
export function oursOptions(chartName, ds, extra = {}) {
  return { data: recordsFor(chartName, ds), animate: false, ...samePicture(chartName, recordsFor(chartName, ds)), ...extra };
}

/** Two record ids to move a highlight between. */
export function highlightIds(chartName, ds) {
  const records = recordsFor(chartName, ds);
  return [records[Math.floor(records.length / 3)].id, records[Math.floor((2 * records.length) / 3)].id];
}
