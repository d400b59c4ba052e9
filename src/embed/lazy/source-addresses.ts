/**
 * `dist/lazy/source-addresses.js`: the addresses of the bundled records' sources, numbered as the
 * lazy modules' records refer to them ("pow-source:17"; see charts/core/source-addresses.ts). The
 * build writes the list (scripts/lean-records-plugin.ts); in the source it is empty, because only
 * the lazy build leaves addresses out. Imported when a tooltip first opens or the data is exported.
 * @module
 */
const addresses: readonly string[] = [];

export default addresses;
