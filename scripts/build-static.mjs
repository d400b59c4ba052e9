// Builds what pages without JavaScript, or with only iframes, need, from the built package so it
// can never go stale: dist/static/NAME.svg|png (+ alt.json, README.md) for every chart in its
// default configuration, the progressive snippet's renderings dist/static/NAME-LOCALE-WIDTH[-dark].svg,
// dist/sri.json, the ready-to-paste snippets dist/snippet/NAME.html, and dist/embed.html (+ embed.css)
// for iframe embeds.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as charts from "../dist/charts.js";
import { snippetFiles, snippetWidths, staticAlt, writeIntegrity } from "./static/snippet-files.mjs";

const dist = new URL("../dist/", import.meta.url);
const out = new URL("static/", dist);
mkdirSync(out, { recursive: true });
const WIDTH = 640;

// Every chart the charts entry exports (a chart function carries its definition).
const all = Object.values(charts).filter((value) => typeof value === "function" && value.definition);
const alt = {};
for (const chart of all) {
  const { name, normalize, defaultHeight, layout } = chart.definition;
  const height = defaultHeight(WIDTH);
  const scene = layout(normalize({}), { width: WIDTH, height });
  writeFileSync(new URL(`${name}.svg`, out), charts.renderToString(chart, { width: WIDTH, idPrefix: `pow-${name}-static` }));
  // PNG through the CLI itself: the same renderer and fonts users get.
  execFileSync(process.execPath, [fileURLToPath(new URL("cli.js", dist)), "render", name, "--width", String(WIDTH), "--format", "png", "--scale", "2", "-o", fileURLToPath(new URL(`${name}.png`, out))], { stdio: "inherit" });
  alt[name] = { alt: staticAlt(scene), width: WIDTH, height, svg: `${name}.svg`, png: `${name}.png`, ...snippetFiles(chart, charts.renderToString, out) };
}
writeFileSync(new URL("alt.json", out), `${JSON.stringify(alt, null, 2)}\n`);
const integrity = writeIntegrity(dist);
// The ready-to-paste snippets, through the CLI's own `snippet` command, for a copy of dist/ served at /dist/.
mkdirSync(new URL("snippet/", dist), { recursive: true });
for (const chart of all) {
  const { name } = chart.definition;
  execFileSync(process.execPath, [fileURLToPath(new URL("cli.js", dist)), "snippet", name, "--base", "/dist/", "-o", fileURLToPath(new URL(`snippet/${name}.html`, dist))], { stdio: "inherit" });
}

const first = Object.keys(alt)[0];
writeFileSync(new URL("README.md", out), `# Static charts (no JavaScript needed)

Each chart in its default configuration (English, ${WIDTH} px wide), rebuilt with every release
so the figures match the dataset version in its footer. PNGs are 2× for sharp screens.
Alt text for each image is in \`alt.json\` and below.

Use an image where a page allows no scripts, or inside \`<noscript>\` next to the element:

\`\`\`html
<pow-${first}></pow-${first}>
<noscript>
  <img src="https://<your npm CDN>/pow-exchanges@<version>/dist/static/${first}.svg"
       width="${alt[first].width}" height="${alt[first].height}"
       alt="${alt[first].alt.replaceAll('"', "&quot;")}">
</noscript>
\`\`\`

${Object.entries(alt).map(([name, a]) => `## ${name}\n\n- \`${a.svg}\`, \`${a.png}\` (${a.width}×${a.height} px)\n- alt: ${a.alt}\n`).join("\n")}`);

for (const file of ["embed.html", "embed.css"]) {
  copyFileSync(new URL(`../src/embed/page/${file}`, import.meta.url), new URL(file, dist));
}
console.log(`static: ${all.length} charts (svg, png; ${snippetWidths.join(", ")} px in every locale, light and dark), snippets, sri.json (${Object.keys(integrity).length} files) and embed.html written to dist/`);
