/**
 * The tag name of a chart's element.
 *
 * @example
 * tagName("held-captives"); // "pow-held-captives"
 */
export function tagName(chartName: string): string {
  return `pow-${chartName}`;
}
