/**
 * THE list of what a chart element offers in script beyond its attributes: properties and
 * methods, each with its TypeScript type. `custom-elements.json` and the framework typings
 * (the `data` and `options` props) are made from it; `PowChartElement` declares the same members.
 *
 * @example
 * propertySpecs.map((p) => p.name); // ["data", "options"]
 */
export const propertySpecs = [
  { name: "data", type: "readonly unknown[] | undefined", description: "Records to draw instead of the bundled dataset (a property: never JSON in an attribute)." },
  { name: "options", type: "Readonly<Record<string, unknown>> | undefined", description: "Any chart option as an object; attributes win over it." },
] as const;

/**
 * Methods: in the manifest and on `PowChartElement`, not framework props.
 *
 * @example
 * methodSpecs.map((m) => m.name); // ["toSVG", "toPNG", "toCSV", "download"]
 */
export const methodSpecs = [
  { name: "toSVG", signature: "() => string", description: "The chart as standalone SVG at its current size and options, header and footer included." },
  { name: "toPNG", signature: "(scale?: number) => Promise<Blob>", description: "The chart as PNG at `scale` (default 2). Rejects where the page's policy blocks blob: images." },
  { name: "toCSV", signature: "() => string", description: "The records in range as CSV." },
  { name: "download", signature: '(format: "svg" | "png" | "csv") => Promise<void>', description: "Runs an export button's action: saves a file." },
] as const;

/** One property's entry in `propertySpecs`. */
export type PropertySpec = (typeof propertySpecs)[number];
