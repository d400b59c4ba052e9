import type { Locale } from "../charts/core/locale.js";
import { embedStrings } from "./strings.js";

/** The export formats the buttons offer. */
export type ExportFormat = "svg" | "png" | "csv";

/** The export bar: three native buttons (keyboard accessible as they are) and a status line. */
export interface ActionBar {
  readonly element: HTMLDivElement;
  setLocale(locale: Locale): void;
  setStatus(text: string): void;
}

/**
 * Builds the export bar. Visible labels are the format names; accessible names say what
 * each button downloads, in the chart's locale.
 *
 * @example
 * const bar = createActionBar(document, (format) => element.download(format));
 * shadowRoot.append(bar.element);
 */
export function createActionBar(doc: Document, run: (format: ExportFormat) => void): ActionBar {
  const element = doc.createElement("div");
  element.className = "actions";
  element.setAttribute("part", "actions");
  element.setAttribute("role", "group");
  const status = doc.createElement("span");
  status.className = "status";
  status.setAttribute("role", "status");
  element.append(status);
  const buttons = (["svg", "png", "csv"] as const).map((format) => {
    const button = doc.createElement("button");
    button.type = "button";
    button.textContent = format.toUpperCase();
    button.dataset.format = format;
    button.addEventListener("click", () => run(format));
    element.append(button);
    return button;
  });
  const bar: ActionBar = {
    element,
    setLocale(locale) {
      const t = embedStrings[locale] ?? embedStrings.en;
      element.setAttribute("aria-label", t.actions);
      for (const button of buttons) button.setAttribute("aria-label", t[button.dataset.format as ExportFormat]);
    },
    setStatus(text) {
      status.textContent = text;
    },
  };
  bar.setLocale("en");
  return bar;
}
