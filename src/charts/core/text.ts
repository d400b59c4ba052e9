/** Average glyph width as a share of the font size, for sans-serif Latin and Cyrillic text. */
const GLYPH = 0.56;
/** Bold Cyrillic runs wider than the average; measured on DejaVu Sans Bold and system-ui. */
const BOLD_GLYPH = 0.64;

/**
 * Estimated width of a text in px. Layout runs without a DOM (SSR), so text cannot be measured;
 * the estimate errs wide so that labels do not collide.
 */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? BOLD_GLYPH : GLYPH);
}

/**
 * Breaks text into lines no wider than `width` px, at spaces; a word longer than a line is cut.
 *
 * @example
 * wrap("Data v1.0.0, through 6 March 2026 · package pow-exchanges@0.1.0", 120, 11); // two or three lines
 */
export function wrap(text: string, width: number, size: number, maxLines = 4, bold = false): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * (bold ? BOLD_GLYPH : GLYPH))));
  const lines: string[] = [];
  let line = "";
  // Only ordinary spaces break: Intl puts no-break spaces inside numbers ("6 465") and they must hold.
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (candidate.length <= perLine) line = candidate;
    else {
      if (line !== "") lines.push(line);
      line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, perLine - 1)}…`;
    return kept;
  }
  return lines;
}
