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
}

/**
 * Installs, before any page script runs, listeners for `securitypolicyviolation` and a
 * PerformanceObserver for 'layout-shift' (shifts right after input do not count, as in CLS).
 */
export async function recordPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { violations: [] as string[], shifts: [] as number[] };
    (window as unknown as { __pow: typeof record }).__pow = record;
    document.addEventListener("securitypolicyviolation", (e) => record.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) record.shifts.push(entry.value);
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
