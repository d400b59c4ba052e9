// Writes what editors and frameworks read about the elements, from their one source (src/embed/spec/):
// dist/custom-elements.json, dist/jsx.d.ts, and the React, Vue and Svelte entries
// (dist/react.*, dist/vue.*, dist/svelte.*: each re-exports the element entry and types the tags).
import { writeFileSync } from "node:fs";
import { chartNames } from "../src/charts/registry.js";
import type { ElementChartName } from "../src/embed/spec/tags.js";
import { reactTypings, svelteTypings, vueTypings, type TypingsModules } from "./typings/frameworks.js";
import { customElementsManifest } from "./typings/manifest.js";
import { sharedTypings } from "./typings/shared.js";

const dist = new URL("../dist/", import.meta.url);
const write = (file: string, text: string) => writeFileSync(new URL(file, dist), text);
const charts = chartNames() as ElementChartName[];
const tags = charts.map((name) => `pow-${name}`);

write("custom-elements.json", `${JSON.stringify(customElementsManifest(charts), null, 2)}\n`);
write("jsx.d.ts", sharedTypings("./element.js"));
write("jsx.d.cts", sharedTypings("./element.cjs"));
const esm: TypingsModules = { element: "./element.js", shared: "./jsx.js" };
const cjs: TypingsModules = { element: "./element.cjs", shared: "./jsx.cjs" };
for (const [name, typings] of [["react", reactTypings], ["vue", vueTypings], ["svelte", svelteTypings]] as const) {
  write(`${name}.js`, `// Importing this defines the chart elements, like pow-exchanges/element; its typings add them to ${name}'s.\nexport * from "./element.js";\n`);
  write(`${name}.cjs`, `"use strict";\n// Requiring this defines the chart elements, like pow-exchanges/element; its typings add them to ${name}'s.\nmodule.exports = require("./element.cjs");\n`);
  write(`${name}.d.ts`, typings(tags, esm));
  write(`${name}.d.cts`, typings(tags, cjs));
}
console.log(`typings: custom-elements.json and React, Vue and Svelte typings for ${tags.join(", ")}`);
