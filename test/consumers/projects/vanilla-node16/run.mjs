// Runs in Node against the lowest dependency versions the package allows (d3-selection 3.0.0,
// zod 4.6.7, installed in the cache): the charts entry, the server entry and the schema load and work.
import { timeline } from "pow-exchanges/charts";
import { renderToString } from "pow-exchanges/server";
import { exchanges } from "pow-exchanges/data";
import { safeParseExchanges } from "pow-exchanges/schema";
import { readFileSync } from "node:fs";

// The copies Node resolved: the cache's node_modules, two folders up.
const version = (name) => JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), "utf8")).version;
const versions = ["d3-selection", "zod"].map((name) => `${name}@${version(name)}`);
console.log(JSON.stringify({ svg: renderToString(timeline, { width: 320 }).startsWith("<svg"), valid: safeParseExchanges(exchanges).ok, versions }));
