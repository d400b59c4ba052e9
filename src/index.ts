/**
 * `pow-exchanges`: the dataset and the charts. Every export is named here; nothing runs on import.
 * @module
 */
export * from "./data/index.js";
export * from "./charts/index.js";
