// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cumulativeBars, heldCaptives, renderToString, timeline } from "../../src/charts/index.js";
import type { AnyChart } from "../../src/charts/registry.js";
import { exchanges, heldClaims } from "../../src/data/index.js";
import { xmlText } from "../../src/charts/render/string/xml-text.js";
import { injected, parseSvg } from "./support/svg-xml.js";

// Guarantee: no input to renderToString makes an element, an attribute or a broken document; the
// SVG is well-formed XML for any string input, `idPrefix` included. Each run renders one real
// chart (2-5 ms), so 150 runs per chart stay within a few seconds on a loaded 2-core machine.
const RUNS = 150;
const TIMEOUT = 60_000;

/** Markup and quote breakers aimed at text content and at attribute values. */
const attacks = [
  '"><script>alert(1)</script>', "'><svg onload=alert(1)>", "</title><script>alert(1)</script>", "]]><x/>", "<!--", "&amp;&#0;&", '" onload="alert(1)', "\u000B\u0000\uFFFE\uD800",
];
const hostile = fc.oneof(fc.constantFrom(...attacks), fc.string({ maxLength: 24, unit: "binary" }), fc.string({ maxLength: 24 }));

/** All XML 1.0 illegal code points: C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF. */
const illegal: string[] = [];
for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) illegal.push(String.fromCharCode(c));
for (let c = 0xd800; c <= 0xdfff; c++) illegal.push(String.fromCharCode(c));
illegal.push("\uFFFE", "\uFFFF");

const charts: readonly [string, AnyChart, (text: string) => readonly unknown[]][] = [
  ["timeline", timeline, hostileExchanges],
  ["cumulative-bars", cumulativeBars, hostileExchanges],
  ["held-captives", heldCaptives, (text) => heldClaims.slice(0, 6).map((c, i) => ({ ...c, id: `${c.id}${i === 0 ? text : ""}`, claimant: `${c.claimant}${text}`, counts: text, sources: c.sources.map((s) => ({ ...s, publisher: text || "x", title: text })) }))],
];

/** Bundled records with the text in every string a chart may print: mediators, publishers, notes, claimants. */
function hostileExchanges(text: string): readonly unknown[] {
  return exchanges.slice(0, 8).map((r, i) => ({
    ...r,
    mediators: i % 2 === 0 ? [text || "x"] : r.mediators,
    note: text,
    agreement: text || null,
    disputes: r.disputes.map((d) => ({ ...d, claimant: text || "x" })),
    sources: r.sources.map((s) => ({ ...s, publisher: text || "x", title: text })),
  }));
}

describe.each(charts)("renderToString(%s) with hostile text", (_name, chart, data) => {
  it("never makes an element or attribute from text, and always parses as XML (markup in every string option, idPrefix included)", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, hostile, fc.boolean(), (title, subtitle, note, idPrefix, inData, lenient) => {
        const svg = renderToString(chart, { title, subtitle, note, idPrefix, data: data(inData) as never, lenient, highlight: title, width: 480 } as never);
        const doc = parseSvg(svg);
        expect(injected(doc)).toEqual([]);
        expect(doc.querySelector("title")!.textContent).toBe(xmlText(title));
        expect(doc.documentElement.getAttribute("aria-labelledby")).toBe(`${xmlText(idPrefix)}-title ${xmlText(idPrefix)}-desc`);
      }),
      { numRuns: RUNS, seed: 1604 },
    );
  });

  it("parses as XML with every XML-illegal code point in the options and the records", { timeout: TIMEOUT }, () => {
    // One render per code point would be 2,080 renders a chart: chunks of 64 cover every one. An
    // "x" between them keeps a high and a low surrogate from pairing into one legal character.
    for (let i = 0; i < illegal.length; i += 64) {
      const chunk = illegal.slice(i, i + 64);
      const text = `a${chunk.join("x")}b`;
      const svg = renderToString(chart, { title: text, subtitle: text, note: text, idPrefix: text, data: data(text) as never, width: 480 } as never);
      const doc = parseSvg(svg);
      expect(injected(doc)).toEqual([]);
      expect(doc.querySelector("title")!.textContent).toBe(`a${"x".repeat(chunk.length - 1)}b`);
    }
  });
});

describe("xmlText", () => {
  it("removes exactly the XML-illegal code points, over every code point there is", { timeout: TIMEOUT }, () => {
    const legal = (c: number) => c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    const kept: number[] = [];
    for (let c = 0; c <= 0x10ffff; c += c < 0x20000 ? 1 : 0x101) {
      const s = c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c);
      if (xmlText(s) !== (legal(c) ? s : "")) kept.push(c);
    }
    expect(kept).toEqual([]);
  });
});
