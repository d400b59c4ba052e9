// custom-elements.json (Custom Elements Manifest schema 2.1) made from the elements' one source:
// src/embed/spec/ (attributes, events, members, descriptions) and the registered charts.
import { attributeSpecs } from "../../src/embed/spec/attribute-docs.js";
import { eventSpecs } from "../../src/embed/spec/events.js";
import { methodSpecs, propertySpecs } from "../../src/embed/spec/members.js";
import { elementDescriptions, type ElementChartName } from "../../src/embed/spec/tags.js";

/** Module path of the element entry, as the manifest names it. */
const MODULE = "dist/element.js";

/**
 * The element class name the manifest gives a chart's element.
 *
 * @example
 * className("held-captives"); // "PowHeldCaptivesElement"
 */
export function className(chart: string): string {
  return `Pow${chart.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())}Element`;
}

/**
 * The manifest for the given chart names (the registry's, in order).
 *
 * @example
 * customElementsManifest(["timeline"]).modules[0].exports[0].name; // "pow-timeline"
 */
export function customElementsManifest(charts: readonly ElementChartName[]) {
  const declaration = (chart: ElementChartName) => ({
    kind: "class",
    customElement: true,
    name: className(chart),
    tagName: `pow-${chart}`,
    description: elementDescriptions[chart],
    superclass: { name: "HTMLElement" },
    attributes: attributeSpecs.map((a) => ({ name: a.name, type: { text: a.type }, ...("default" in a ? { default: JSON.stringify(a.default) } : {}), description: a.description })),
    events: [
      ...eventSpecs.map((e) => ({ name: e.name, type: { text: `CustomEvent<${e.detail}>` }, description: e.description })),
    ],
    members: [
      ...propertySpecs.map((p) => ({ kind: "field", name: p.name, type: { text: p.type }, description: p.description })),
      { kind: "field", name: "handle", type: { text: "ChartHandle<unknown> | undefined" }, readonly: true, description: "The mounted chart, or undefined while disconnected or showing an error." },
      { kind: "field", name: "error", type: { text: "string | null" }, readonly: true, description: "The error shown instead of the chart, or null." },
      ...methodSpecs.map((m) => ({ kind: "method", name: m.name, description: m.description, type: { text: m.signature } })),
    ],
    cssParts: [
      { name: "chart", description: "The chart: SVG, hidden table and tooltip." },
      { name: "tooltip", description: "The tooltip." },
      { name: "actions", description: "The SVG, PNG and CSV download buttons." },
    ],
    cssProperties: ["--pow-font", ...["to-ukraine", "to-russia", "background", "text", "muted", "grid", "axis", "unreported", "highlight"].map((t) => `--pow-color-${t}`)].map((name) => ({ name })),
  });
  return {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [
      {
        kind: "javascript-module",
        path: MODULE,
        description: "Importing it defines the chart elements.",
        declarations: charts.map(declaration),
        exports: charts.map((chart) => ({ kind: "custom-element-definition", name: `pow-${chart}`, declaration: { name: className(chart), module: MODULE } })),
      },
    ],
  };
}
