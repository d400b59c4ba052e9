import * as Plot from "@observablehq/plot";
import { dataset } from "../../../src/data/dataset.ts";
import { chosenClaim, dataLine, sourcesLine } from "../series.js";
import { captionLines } from "./footer.js";

/**
 * One claim as two labelled bars, with what our held-captives chart draws: title, the claim as
 * subtitle with what it counts, a label per bar, the figure beside it, a pointer tip, the caveat
 * line and the footer.
 */
export function render(claims, { width, height, document = globalThis.document }) {
  const c = chosenClaim(claims);
  const bars = [
    { label: "Ukrainians held by Russia", value: c.heldByRussia?.value ?? 0 },
    { label: "Russians held by Ukraine", value: c.heldByUkraine?.value ?? 0 },
  ];
  return Plot.plot({
    width, height, document,
    title: "How many captives each side says it holds",
    subtitle: `${c.claimant}, ${c.date}: ${bars[0].value.toLocaleString("en")} vs ${bars[1].value.toLocaleString("en")} (counts: ${c.counts ?? "captives"})`,
    caption: captionLines(document, ["These are claims by officials and media, not verified counts.", sourcesLine([c]), dataLine(dataset)]),
    marginLeft: 170,
    color: { domain: bars.map((b) => b.label), range: ["#005bbb", "#b3261e"] },
    marks: [
      Plot.barX(bars, { y: "label", x: "value", fill: "label", tip: true }),
      Plot.text(bars, { y: "label", x: "value", text: (d) => d.value.toLocaleString("en"), dx: 4, textAnchor: "start", fontWeight: "bold" }),
      Plot.ruleX([0]),
    ],
  });
}
