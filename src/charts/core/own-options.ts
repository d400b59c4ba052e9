import { OptionError, show } from "./options.js";

/**
 * The options object's own fields in a null-prototype object. A chart reads its options only
 * through this copy, so a script that sets `Object.prototype.title` (or `data`, `highlight`, any
 * option name) on the host page changes nothing a chart draws.
 *
 * @example
 * Object.defineProperty(Object.prototype, "title", { value: "pwned", configurable: true });
 * ownOptions({ locale: "uk" }).title; // undefined
 */
export function ownOptions<O extends object>(options: O | null | undefined): O {
  const own = Object.create(null) as Record<string, unknown>;
  if (options === undefined || options === null) return own as O;
  if (typeof options !== "object" || Array.isArray(options)) throw new OptionError(`invalid options: ${show(options)} (expected an object)`);
  for (const key of Object.keys(options)) own[key] = (options as Record<string, unknown>)[key];
  return own as O;
}
