import type { ChartHandle } from "../charts/core/chart.js";
import type { PowChartElement } from "./element-api.js";
import type { PowErrorDetail } from "../charts/core/events.js";
import { locales, type Locale } from "../charts/core/locale.js";
import { loadSourceAddresses } from "../charts/core/source-addresses.js";
import { hasTranslations, type TranslatedLocale } from "../charts/core/translations.js";
import type { AnyChart } from "../charts/registry.js";
import { createActionBar, type ExportFormat } from "./actions.js";
import { chartAttributes, readAttributes, type AttributeSettings } from "./attributes.js";
import { drawsDark } from "../charts/render/dom/media.js";
import { forwardChartEvents } from "./element-events.js";
import { shownCsv } from "./export/csv.js";
import { svgToPng } from "./export/png.js";
import { saveExport } from "./export/save.js";
import { chartSvg } from "./export/svg.js";
import { elementOptions } from "./element-options.js";
import { FrameBatch } from "./frame-batch.js";
import { embedStrings } from "./strings.js";
import { findStaticPicture, replaceStaticPicture, withStaticHeight, type StaticPicture } from "./static-fallback.js";
import { adoptStyles } from "./styles.js";

export type { PowChartElement } from "./element-api.js";
export type { PowSelectDetail, PowErrorDetail, PowSkippedDetail, PowChartEventMap } from "../charts/core/events.js";

/**
 * Makes the custom element class for one chart. A factory, not a module-level class, so
 * importing it never touches `HTMLElement` (Node and SSR stay safe). With `loadLocale` (a build
 * that leaves the Ukrainian and Russian words out), a chart in a locale not loaded yet waits for it.
 *
 * @example
 * customElements.define("pow-timeline", chartElementClass(timeline, css));
 */
export function chartElementClass(chart: AnyChart, css: string, loadLocale?: (locale: TranslatedLocale) => Promise<void>): { new (): PowChartElement } {
  const definition = chart.definition;
  return class PowChart extends HTMLElement implements PowChartElement {
    static get observedAttributes(): string[] {
      return [...chartAttributes];
    }

    readonly #root: ShadowRoot;
    readonly #box: HTMLDivElement;
    readonly #bar;
    #handle: ChartHandle<unknown> | undefined;
    #data: readonly unknown[] | undefined;
    #options: Readonly<Record<string, unknown>> | undefined;
    #error: string | null = null;
    #styled = false;
    /** The snippet's static picture, measured before the shadow root hides it (progressive embed). */
    readonly #static: StaticPicture | undefined;
    /** Attribute changes wait for the next frame; reading the element's state renders them first. */
    readonly #changes: FrameBatch;

    constructor() {
      super();
      this.#static = findStaticPicture(this);
      this.#changes = new FrameBatch(this.ownerDocument.defaultView, () => this.#applyAttributes());
      this.#root = this.attachShadow({ mode: "open" });
      this.#box = this.ownerDocument.createElement("div");
      this.#box.className = "box";
      forwardChartEvents(this.#box, this);
      this.#bar = createActionBar(this.ownerDocument, (format) => void this.download(format));
      this.#root.append(this.#box, this.#bar.element);
    }

    connectedCallback(): void {
      if (!this.#styled) adoptStyles(this.#root, css, this.getAttribute("nonce"));
      this.#styled = true;
      this.#render();
    }

    disconnectedCallback(): void {
      this.#changes.cancel();
      this.#handle?.destroy();
      this.#handle = undefined;
    }

    attributeChangedCallback(_name: string, previous: string | null, value: string | null): void {
      // Before connectedCallback (an upgrade reports every attribute first), the render there covers it.
      if (previous === value || !this.isConnected || !this.#styled) return;
      // One render per frame, however many attributes change (an attribute storm costs one render).
      this.#changes.schedule();
    }

    get data() { return this.#data; }
    set data(value) {
      this.#data = value ?? undefined;
      if (this.isConnected) this.#render();
    }
    get options() { return this.#options; }
    set options(value) {
      this.#options = value ?? undefined;
      if (this.isConnected) this.#render();
    }
    get handle() { return this.#changes.flush(), this.#handle; }
    get error() { return this.#changes.flush(), this.#error; }

    toSVG(): string {
      this.#changes.flush();
      const { options } = this.#read();
      const width = Math.round(this.#box.getBoundingClientRect().width) || 640;
      return chartSvg(chart, options, { width, dark: drawsDark(options.dark as boolean | "auto" | undefined, this.ownerDocument.defaultView) });
    }

    toPNG(scale = 2): Promise<Blob> {
      return svgToPng(this.toSVG(), scale, this.ownerDocument);
    }

    toCSV(): string {
      this.#changes.flush();
      return shownCsv(definition.shown(definition.normalize(this.#read().options)));
    }

    async download(format: ExportFormat): Promise<void> {
      this.#bar.setStatus("");
      const locale = this.#locale();
      const pngBlocked = embedStrings[hasTranslations(locale) ? locale : "en"].pngBlocked;
      if (format === "csv") await loadSourceAddresses().catch(() => undefined); // toCSV then says what failed
      this.#bar.setStatus(await saveExport(this, format, { doc: this.ownerDocument, name: definition.name, pngBlocked }));
    }

    /** Attributes over the `options` property over defaults; absent attributes reset what they control. */
    #read(): { options: Record<string, unknown>; settings: AttributeSettings } {
      const settings = readAttributes((name) => this.getAttribute(name), definition.name);
      return { options: withStaticHeight(elementOptions(this.#options, settings.options, this.#data), this.#static, settings.actions), settings };
    }

    #render(): void {
      // A full render reads every attribute: a pending attribute change is covered by it.
      this.#changes.cancel();
      if (this.#awaitLocale()) return;
      this.#handle?.destroy();
      this.#handle = undefined;
      this.#attempt(({ options }) => (this.#handle = chart(this.#box, options) as ChartHandle<unknown>));
    }

    #applyAttributes(): void {
      if (!this.isConnected) return;
      if (!this.#handle || !hasTranslations(this.#locale())) return this.#render();
      this.#attempt(({ options }) => this.#handle!.update(options));
    }

    /** Reads the attributes and draws with them; a message in place of the chart if either fails. */
    #attempt(draw: (read: { options: Record<string, unknown>; settings: AttributeSettings }) => void): void {
      try {
        const read = this.#read();
        this.#clearError();
        draw(read);
        this.#bar.element.hidden = !read.settings.actions;
        this.#bar.setLocale(this.#locale(read.options));
        this.#box.style.height = typeof read.options.height === "number" ? `${read.options.height}px` : "";
        replaceStaticPicture(this.#box, this.#static);
      } catch (error) {
        this.#fail(error);
      }
    }

    /** Whether the chart must first wait for its locale's words; the chart on screen stays meanwhile. */
    #awaitLocale(): boolean {
      const locale = this.#locale();
      if (!loadLocale || hasTranslations(locale)) return false;
      loadLocale(locale as TranslatedLocale).then(() => void (this.isConnected && this.#render()), (error: unknown) => this.#fail(error));
      return true;
    }

    #locale(options = this.#options ?? {}): Locale {
      const value = this.getAttribute("locale") ?? (Object.prototype.hasOwnProperty.call(options, "locale") ? options.locale : undefined);
      return locales.includes(value as Locale) ? (value as Locale) : "en";
    }

    #clearError(): void {
      this.#error = null;
      this.#box.querySelector(".error")?.remove();
    }

    /** Shows the message as text (never markup) in place of the chart, and tells the page. */
    #fail(error: unknown): void {
      this.#handle?.destroy();
      this.#handle = undefined;
      this.#clearError();
      const message = error instanceof Error ? error.message : String(error);
      this.#error = message;
      const alert = this.ownerDocument.createElement("p");
      alert.className = "error";
      alert.setAttribute("role", "alert");
      alert.textContent = `${definition.name}: ${message}`;
      this.#box.append(alert);
      this.dispatchEvent(new CustomEvent<PowErrorDetail>("pow:error", { bubbles: true, composed: true, detail: { message } }));
    }
  };
}
