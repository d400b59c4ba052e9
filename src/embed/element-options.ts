/**
 * The chart options an element asks for: its `options` property, overridden by its attributes
 * (an absent attribute resets only what no `options` field sets), plus its `data` property.
 * Reads own fields only, so a polluted Object.prototype adds nothing (`in` would see it).
 *
 * @example
 * elementOptions({ largest: 1, title: "A" }, { title: "B", locale: undefined }, undefined);
 * // { largest: 1, title: "B", locale: undefined }
 */
export function elementOptions(
  property: Readonly<Record<string, unknown>> | undefined,
  attributes: Readonly<Record<string, unknown>>,
  data: readonly unknown[] | undefined,
): Record<string, unknown> {
  const options: Record<string, unknown> = { ...property };
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    if (value !== undefined || !Object.prototype.hasOwnProperty.call(options, key)) options[key] = value;
  }
  if (data !== undefined) options.data = data;
  return options;
}
