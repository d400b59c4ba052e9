import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textWidth, wrap } from "../../../src/charts/layout/text.js";

/** The rule the widths follow, written out as shares of the font size (normal, bold). */
const share = (c: string, bold: boolean) => {
  const code = c.charCodeAt(0);
  const pick = (normal: number, heavy: number) => (bold ? heavy : normal);
  if (code >= 0x0400 && code <= 0x04ff) return pick(0.64, 0.72);
  if (code >= 48 && code <= 57) return pick(0.64, 0.7);
  if (code >= 65 && code <= 90) return pick(0.7, 0.76);
  if (code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009 || ".,:;'!|".includes(c)) return pick(0.34, 0.4);
  return pick(0.56, 0.64);
};

/** Greedy wrapping that measures every candidate line whole, as a reader of `wrap` expects it to behave. */
function reference(text: string, width: number, size: number, bold: boolean): string[] {
  const fits = (s: string) => textWidth(s, size, bold) <= width;
  const cut = (s: string) => {
    let end = s.replace(/…$/, "").length;
    while (end > 1 && !fits(`${s.slice(0, end)}…`)) end--;
    return `${s.slice(0, end)}…`;
  };
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (fits(candidate)) line = candidate;
    else {
      if (line !== "") lines.push(line);
      line = fits(word) ? word : cut(word);
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

describe("textWidth", () => {
  it("adds each character's share of the font size: capitals, digits, Cyrillic, narrow punctuation, and the rest", () => {
    for (const text of ["Aa1 .Я", "Обмін 17 липня", "6\u202F465 — about 7,000…", ""]) {
      for (const bold of [false, true]) {
        const expected = [...text].reduce((sum, c) => sum + share(c, bold), 0) * 11;
        expect(textWidth(text, 11, bold)).toBeCloseTo(expected, 9);
      }
    }
  });
});

describe("wrap", () => {
  const word = fc.stringMatching(/^[A-Za-z0-9Яяє.,:'’—…\u00a0]{1,14}$/);

  it("breaks exactly where measuring every candidate line whole would, for any words, width, size and weight", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), fc.integer({ min: 1, max: 400 }), fc.constantFrom(11, 12, 15, 17), fc.boolean(), (words, width, size, bold) => {
        const text = words.join(" ");
        expect(wrap(text, { width, size, bold, maxLines: 99 })).toEqual(reference(text, width, size, bold));
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it("puts as many words on a line as fit", () => {
    const size = 10;
    const width = textWidth("Prisoner exchanges", size);
    expect(wrap("Prisoner exchanges between Russia and Ukraine", { width, size })).toEqual(["Prisoner exchanges", "between Russia and", "Ukraine"]);
  });
});
