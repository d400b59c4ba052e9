/**
 * The npm package's version (what a page pins: `pow-exchanges@0.1.0`), as opposed to the data's
 * own version (`dataset.version`). Kept equal to package.json's by test/package/version.test.ts.
 *
 * @example
 * `pow-exchanges@${packageVersion}`; // "pow-exchanges@0.1.0"
 */
export const packageVersion = "0.1.0";
