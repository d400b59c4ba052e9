/** A caption of several lines (Plot's caption is one figcaption; a Node keeps our line breaks). */
export function captionLines(document, lines) {
  const div = document.createElement("div");
  for (const line of lines) {
    const p = document.createElement("div");
    p.textContent = line;
    div.append(p);
  }
  return div;
}
