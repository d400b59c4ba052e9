/**
 * Characters XML 1.0 does not allow anywhere in a document: C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. With the `u` flag a lone
 * surrogate is its own code point, so it falls outside the allowed ranges too.
 */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ILLEGAL_ALL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Removes the characters XML cannot carry (a U+000B pasted from Word, a NUL, a lone surrogate).
 * Every text that enters a scene passes here — options, records, claims — so the live chart and
 * every export (SVG file, PNG, CLI, `renderToString`) show the same text and always parse.
 *
 * @example
 * xmlText("Exchange\u000B notes"); // "Exchange notes"
 * xmlText("Обмін 17 липня"); // unchanged
 */
export function xmlText(text: string): string {
  // Tested first: nearly every text is clean, and then no new string is made.
  return ILLEGAL.test(text) ? text.replace(ILLEGAL_ALL, "") : text;
}
