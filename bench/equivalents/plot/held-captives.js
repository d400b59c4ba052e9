import * as Plot from "@observablehq/plot";
import { chosenClaim } from "../series.js";

/** One claim as two labelled bars: what our held-captives chart draws by default. */
export function render(claims, { width, height, document }) {
  const c = chosenClaim(claims);
  const bars = [
    { label: "Ukrainians held by Russia", value: c.heldByRussia?.value ?? 0 },
    { label: "Russians held by Ukraine", value: c.heldByUkraine?.value ?? 0 },
  ];
  return Plot.plot({
    width, height, document,
    title: "How many captives each side says it holds",
    subtitle: `${c.claimant}, ${c.date}`,
    caption: "Sources: …",
    marginLeft: 160,
    marks: [
      Plot.barX(bars, { y: "label", x: "value", fill: "label" }),
      Plot.text(bars, { y: "label", x: "value", text: (d) => d.value.toLocaleString("en"), dx: 4, textAnchor: "start" }),
      Plot.ruleX([0]),
    ],
  });
}
