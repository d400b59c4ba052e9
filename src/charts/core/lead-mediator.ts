/**
 * The mediator a record is coloured by: its first, or "none". Read by length rather than
 * `mediators[0] ?? "none"`, because an empty list's `[0]` reads `Object.prototype["0"]`, which a
 * script on the host page may have set.
 *
 * @example
 * leadMediator({ mediators: ["UAE", "Saudi Arabia"] }); // "UAE"
 * leadMediator({ mediators: [] }); // "none"
 */
export function leadMediator(record: { readonly mediators: readonly string[] }): string {
  return record.mediators.length > 0 ? record.mediators[0]! : "none";
}
