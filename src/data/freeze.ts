/**
 * Freezes a value and everything inside it, and returns it. The bundled records are shared by every
 * chart and series on a page, so one caller's edit must not change what another draws.
 *
 * @example
 * const records = deepFreeze([{ id: "a", sources: [] }]);
 * Object.isFrozen(records[0].sources); // true
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
