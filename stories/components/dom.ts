/** Tiny DOM helpers for the docs components: every piece of data goes in as text, never as markup. */

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A link for an http(s) address; any other address is shown as plain text. */
export function sourceLink(url: string, text: string): Node {
  let href: string | null = null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") href = parsed.href;
  } catch {
    href = null;
  }
  if (href === null) return document.createTextNode(text);
  return el("a", { href, rel: "noopener noreferrer", target: "_blank", textContent: text });
}

/** A link that downloads `content` as a file. */
export function downloadLink(label: string, filename: string, type: string, content: () => string): HTMLAnchorElement {
  const a = el("a", { textContent: label, href: "#", className: "pow-download" });
  a.addEventListener("click", (event) => {
    event.preventDefault();
    const url = URL.createObjectURL(new Blob([content()], { type }));
    const temp = el("a", { href: url, download: filename });
    temp.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return a;
}
