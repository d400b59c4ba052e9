import { xmlText } from "../render/string/xml-text.js";

/** Deeper than any record (a record's sources are at depth 2): a cycle or a hostile structure. */
const MAX_DEPTH = 8;

/**
 * A copy of plain data that a chart can trust: objects become null-prototype objects holding only
 * their own enumerable fields, arrays are copied, and text loses the characters XML cannot carry.
 * Charts draw these copies, never the caller's objects, so
 * - a field missing from a record reads `undefined`, even with `Object.prototype` polluted;
 * - editing the caller's records (or the bundled ones) later changes nothing already checked;
 * - a getter is read once, here, where its exception becomes the record's reason to be skipped.
 * Throws (a getter's or a Proxy's error, or a `TypeError` for nesting over 8 levels).
 *
 * @example
 * const copy = plainCopy({ id: "a", mediators: ["UAE\u0000"] }) as { mediators: string[] };
 * copy.mediators[0]; // "UAE"
 * Object.getPrototypeOf(copy); // null
 */
export function plainCopy(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return xmlText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) throw new TypeError("is nested too deeply (or refers to itself)");
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(plainCopy(value[i], depth + 1));
    return out;
  }
  // The null prototype first, so that a "__proto__" key becomes an own field, then the fields
  // (V8 keeps this object's fields in its fast layout, where Object.create(null) makes a dictionary).
  const out = Object.setPrototypeOf({}, null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = plainCopy((value as Record<string, unknown>)[key], depth + 1);
  return out;
}

/**
 * One record read for a chart: the checked copy of a bundled record when `known` has it, or else
 * a fresh `plainCopy` with the first problem `problemOf` finds in it. A getter's or Proxy's error
 * becomes the problem "could not be read (…)" (made by `unreadable`), so a record that cannot be
 * read is refused or skipped, never thrown.
 *
 * @example
 * const problemOf = (c: unknown) => ((c as { date?: unknown }).date ? null : "date: missing");
 * checkedCopy({ id: "a" }, { problemOf, unreadable: (reason) => reason }).problem; // "date: missing"
 */
export function checkedCopy<T extends object, P>(
  value: unknown,
  { known, problemOf, unreadable }: { readonly known?: WeakMap<object, T>; readonly problemOf: (copy: unknown) => P | null; readonly unreadable: (reason: string) => P },
): { copy: unknown; problem: P | null } {
  const found = known?.get(value as object);
  if (found !== undefined) return { copy: found, problem: null };
  let copy: unknown;
  try {
    copy = plainCopy(value);
    return { copy, problem: problemOf(copy) };
  } catch (error) {
    return { copy, problem: unreadable(`could not be read (${error instanceof Error ? error.message : String(error)})`) };
  }
}
