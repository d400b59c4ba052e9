import { chromium, type Browser, type Page } from "playwright";

/** Debian's Chromium, with the flags that work on these machines (see TOOLCHAIN.md). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
}

/** What the page recorded from its very first script on: CSP violations and layout shifts. */
export interface PageRecord {
  violations: string[];
  shifts: number[];
  /** Each shift's moved nodes with their boxes before and after, to say what moved. */
  shiftSources: string[];
}

/**
 * Installs, before any page script runs, listeners for `securitypolicyviolation` and a
 * PerformanceObserver for 'layout-shift' (shifts right after input do not count, as in CLS).
 */
export async function recordPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { violations: [] as string[], shifts: [] as number[], shiftSources: [] as string[] };
    (window as unknown as { __pow: typeof record }).__pow = record;
    document.addEventListener("securitypolicyviolation", (e) => record.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    new PerformanceObserver((list) => {
      type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
      const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] })[]) {
        if (entry.hadRecentInput) continue;
        record.shifts.push(entry.value);
        // What moved, for the failure message: the node and its box before and after.
        for (const s of entry.sources ?? []) record.shiftSources.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${s.node?.nodeName ?? "?"}${(s.node as Element | null)?.id ? `#${(s.node as Element).id}` : ""} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Reads the record, after two frames so pending shifts are reported. */
export async function pageRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return (window as unknown as { __pow: PageRecord }).__pow;
  });
}

/** The chart names the global script registered. */
export function registeredNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { PowExchanges: { chartNames(): string[] } }).PowExchanges.chartNames());
}
