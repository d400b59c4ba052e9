/**
 * The floor: our chart's finished SVG (from renderToString, made beforehand) handed to the
 * browser as markup. No records, scales or layout: what is left is the browser parsing, styling
 * and laying out exactly the elements and text our chart ends with, so "ours ÷ markup" says how
 * much our own work adds to the browser's.
 */
export function insertMarkup(target, markup) {
  target.insertAdjacentHTML("beforeend", markup);
  return target.lastElementChild;
}
