/**
 * Glyph widths as a share of the font size, by kind of character, normal and bold, measured in
 * Chromium on DejaVu Sans (the widest common fallback) and rounded up: Cyrillic runs about 10%
 * wider than Latin, digits are tabular, and spaces and punctuation are narrow. Latin capitals have
 * their own, wider share: with the lower-case average, a 320 px footer of outlets' names (mostly
 * capitalised words) ran 2 px past the edge in Chromium (the text-fits browser test).
 */
const WIDTHS = {
  narrow: [0.34, 0.4],
  latin: [0.56, 0.64],
  capital: [0.7, 0.76],
  digit: [0.64, 0.7],
  cyrillic: [0.64, 0.72],
} as const;

function glyph(code: number): keyof typeof WIDTHS {
  if (code >= 0x0400 && code <= 0x04ff) return "cyrillic";
  if (code >= 48 && code <= 57) return "digit";
  if (code >= 65 && code <= 90) return "capital";
  // Spaces and punctuation only: narrow letters are left at the average, so that capitals and
  // wide letters in the same text are covered.
  if (code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009 || ".,:;'!|".includes(String.fromCharCode(code))) return "narrow";
  return "latin";
}

/**
 * Estimated width of a text in px. Layout runs without a DOM (SSR), so text cannot be measured;
 * the estimate errs wide so that labels do not collide and nothing runs past the edge.
 *
 * @example
 * textWidth("1,000 each way", 11) < textWidth("по 1 000 з кожного боку", 11); // true
 */
export function textWidth(text: string, size: number, bold = false): number {
  return shares(text, bold ? 1 : 0, 0) * size;
}

/**
 * `start` plus the glyph shares of `text`, added one character at a time from the left, so that
 * continuing a sum gives exactly the number a sum of the whole text would.
 */
function shares(text: string, column: 0 | 1, start: number): number {
  let sum = start;
  for (let i = 0; i < text.length; i++) sum += WIDTHS[glyph(text.charCodeAt(i))][column];
  return sum;
}

/**
 * Breaks text into lines no wider than `width` px, at spaces; a word longer than a line is cut.
 *
 * @example
 * wrap("Data v1.1.0, sources read to 15 May 2026 · package pow-exchanges@0.1.0", { width: 120, size: 11 }); // two or three lines
 */
export function wrap(text: string, { width, size, maxLines = 4, bold = false }: { readonly width: number; readonly size: number; readonly maxLines?: number; readonly bold?: boolean }): string[] {
  const column = bold ? 1 : 0;
  const lines: string[] = [];
  let line = "";
  // The line's glyph shares, carried on word by word: the same sum as textWidth(candidate) makes
  // from scratch, without measuring the line again for every word.
  let sum = 0;
  // Only ordinary spaces break: Ukrainian and Russian numbers group digits with no-break spaces ("6 465"), which must hold.
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const candidate = line === "" ? shares(word, column, 0) : shares(word, column, shares(" ", column, sum));
    if (candidate * size <= width) {
      line = line === "" ? word : `${line} ${word}`;
      sum = candidate;
    } else {
      if (line !== "") lines.push(line);
      const alone = shares(word, column, 0);
      line = alone * size <= width ? word : cut(word, width, size, bold);
      sum = line === word ? alone : shares(line, column, 0);
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = cut(`${kept[maxLines - 1]!}…`, width, size, bold);
    return kept;
  }
  return lines;
}

/** The longest start of `text` that, with an ellipsis, fits the width. */
function cut(text: string, width: number, size: number, bold: boolean): string {
  let end = text.replace(/…$/, "").length;
  while (end > 1 && textWidth(`${text.slice(0, end)}…`, size, bold) > width) end--;
  return `${text.slice(0, end)}…`;
}
