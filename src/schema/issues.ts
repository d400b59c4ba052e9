/** One problem found in input: where it is, and what is wrong, naming the value. */
export interface Issue {
  /** Path into the input, e.g. [3, "date"]. */
  readonly path: readonly (string | number)[];
  /** The full message, e.g. `[3].date: "2024-02-30" is not a calendar date`. */
  readonly message: string;
}

/**
 * Thrown by the `parse…` functions. `issues` lists every problem, not only the first.
 *
 * @example
 * try { parseExchanges(input); } catch (e) { if (e instanceof DatasetError) console.log(e.issues); }
 */
export class DatasetError extends Error {
  readonly issues: readonly Issue[];
  constructor(what: string, issues: readonly Issue[]) {
    const shown = issues.slice(0, 20).map((i) => `  ${i.message}`);
    if (issues.length > 20) shown.push(`  … and ${issues.length - 20} more`);
    super(`invalid ${what}: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${shown.join("\n")}`);
    this.name = "DatasetError";
    this.issues = issues;
  }
}

/**
 * Writes a path the way a reader of JSON would: `[3].sources[0].url`.
 *
 * @example
 * formatPath([3, "sources", 0, "url"]); // "[3].sources[0].url"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) text += text === "" ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === "" ? "(input)" : text;
}

/**
 * Shows a value in a message: JSON, shortened, so that odd input stays readable and inert.
 *
 * @example
 * showValue("2024-02-30"); // "\"2024-02-30\""
 */
export function showValue(value: unknown): string {
  if (value === undefined) return "(missing)";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "bigint" || typeof value === "function" || typeof value === "symbol") return `(${typeof value})`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * Says what an exception was, without trusting it: a thrown value can be a Proxy or an object
 * whose `message` getter throws too. Used where input could not be read at all.
 *
 * @example
 * unreadable(new Error("boom")); // "could not be read (boom)"
 */
export function unreadable(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? String(error.message) : typeof error === "string" ? error : "an exception";
  } catch {
    text = "an exception";
  }
  return `could not be read (${text.length > 80 ? `${text.slice(0, 77)}…` : text})`;
}
