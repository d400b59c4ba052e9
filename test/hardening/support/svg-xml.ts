import { createRequire } from "node:module";

// jsdom ships no types; this is all of it the tests use.
const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };

/** jsdom's XML parser (saxes) is strict XML 1.0: an illegal character or a broken quote fails it. */
let parser: DOMParser | undefined;

/** Elements a chart's SVG may contain. Anything else could only come from input read as markup. */
export const svgElements = new Set(["svg", "title", "desc", "rect", "circle", "line", "path", "text"]);

/**
 * Parses SVG markup as XML and returns its document; throws with the parser's message when the
 * markup is not well-formed.
 */
export function parseSvg(svg: string): Document {
  parser ??= new (new JSDOM("").window.DOMParser)();
  const doc = parser!.parseFromString(svg, "image/svg+xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent?.slice(0, 200)}`);
  return doc;
}

/** Element names outside `svgElements`, and attributes that are event handlers or script URLs. */
export function injected(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.getElementsByTagName("*")) {
    if (!svgElements.has(el.localName)) found.push(`<${el.localName}>`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value) || a.name === "href" || a.name.includes(":")) found.push(`${el.localName} ${a.name}="${a.value.slice(0, 40)}"`);
    }
  }
  return found;
}
