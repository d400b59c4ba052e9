import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { chartAttributes, type PowChartElement } from "../../../src/embed/index.js";
import { chartsOfAttribute } from "../../../src/embed/spec/attributes.js";
import { registeredCharts } from "../../../src/charts/registry.js";
import { isCalendarDate } from "../../../src/data/calendar-date.js";
import { escapes, markup } from "./support.js";

// Every attribute of every element set to random strings. In the browser each run re-renders a
// real chart 13 times, so this keeps to 200 runs per element (fixed seeds) to stay within a few
// seconds; the pure option checks behind it get 1,000 runs per property in test/hardening/.
const RUNS = 200;
/** The attributes every chart takes; those only some charts take have their own tests (test/browser/embed/chart-attributes). */
const everyChart = chartAttributes.filter((name) => !(name in chartsOfAttribute));
type Name = (typeof everyChart)[number];

const booleans: Partial<Record<Name, readonly string[]>> = {
  plain: ["", "true", "false", "plain"], static: ["", "true", "false", "static"], lenient: ["", "true", "false", "lenient"],
  actions: ["", "true", "false", "actions"], dark: ["", "true", "false", "dark", "auto"], animate: ["", "true", "false", "animate", "auto"],
};
const valid: Partial<Record<Name, fc.Arbitrary<string>>> & Record<string, fc.Arbitrary<string>> = {
  locale: fc.constantFrom("en", "uk", "ru", ""),
  from: fc.constantFrom("2022-01-01", "2023-06-15", "2024-07-17", ""),
  to: fc.constantFrom("2023-06-15", "2024-12-31", "2026-12-31", ""),
  highlight: fc.constantFrom("2024-07-17", "2024-06-05-putin", "2025-05-23", "nothing-matches"),
  title: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...markup)),
  subtitle: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...markup)),
  note: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...markup)),
  credit: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...markup)),
  height: fc.constantFrom("300", "420px", "512.5"),
  dark: fc.constantFrom(...booleans.dark!), plain: fc.constantFrom(...booleans.plain!), static: fc.constantFrom(...booleans.static!),
  animate: fc.constantFrom(...booleans.animate!), actions: fc.constantFrom(...booleans.actions!), lenient: fc.constantFrom(...booleans.lenient!),
};
/**
 * Absent, a valid value, a random string (ASCII or any Unicode) or markup. Valid values weigh
 * most, so that a fair share of runs has every attribute valid and draws a chart.
 */
const valueFor = (name: Name): fc.Arbitrary<string | null> =>
  fc.oneof(
    { arbitrary: fc.constant(null), weight: 5 },
    { arbitrary: valid[name]!, weight: 20 },
    { arbitrary: fc.string({ maxLength: 24 }), weight: 1 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 1 },
    { arbitrary: fc.constantFrom(...markup), weight: 1 },
  );
const settings = fc.record(Object.fromEntries(everyChart.map((name) => [name, valueFor(name)])) as Record<Name, fc.Arbitrary<string | null>>);

/** Whether the element must accept a value, refuse it, or may do either (surrounding spaces on a height). */
function verdict(name: Name, value: string | null, all: Record<Name, string | null>): "valid" | "invalid" | "either" {
  if (value === null) return "valid";
  if (booleans[name]) return booleans[name].includes(value) ? "valid" : "invalid";
  if (name === "locale") return ["en", "uk", "ru", ""].includes(value) ? "valid" : "invalid";
  if (name === "from" || name === "to") {
    if (value === "") return "valid";
    if (!isCalendarDate(value)) return "invalid";
    const other = name === "from" ? all.to : all.from;
    if (other && isCalendarDate(other) && (name === "from" ? value > other : other > value)) return "invalid";
    return "valid";
  }
  if (name === "height") {
    if (value === "") return "valid";
    const ok = (v: string) => /^\d+(\.\d+)?(px)?$/.test(v) && Number.parseFloat(v) > 0 && Number.parseFloat(v) <= 100_000;
    return ok(value) ? "valid" : ok(value.trim()) ? "either" : "invalid";
  }
  return "valid";
}

const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);
beforeAll(() => {
  window.addEventListener("error", onError);
  window.addEventListener("unhandledrejection", onRejection);
});
afterAll(() => {
  window.removeEventListener("error", onError);
  window.removeEventListener("unhandledrejection", onRejection);
});

describe.each(registeredCharts.map((c) => c.definition.name))("<pow-%s> with random attribute values", (name) => {
  it("never lets an exception escape, shows every refusal as a visible alert naming the attribute and value, and never injects markup", { timeout: 60_000 }, async () => {
    const host = document.createElement("div");
    host.style.width = "480px";
    document.body.append(host);
    const el = document.createElement(`pow-${name}`) as PowChartElement;
    host.append(el);
    const checked = { valid: 0, invalid: 0 };
    try {
      fc.assert(
        fc.property(settings, (values) => {
          for (const attribute of everyChart) {
            const value = values[attribute];
            if (value === null) el.removeAttribute(attribute);
            else el.setAttribute(attribute, value);
          }
          // Reading the element's state renders the attribute changes pending for the next frame.
          void el.handle;
          expect(errors).toEqual([]);
          expect(escapes(el.shadowRoot!)).toEqual([]);
          const verdicts = everyChart.map((a) => [a, verdict(a, values[a], values)] as const);
          const refused = verdicts.filter(([, v]) => v === "invalid").map(([a]) => a);
          const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
          if (refused.length > 0) {
            checked.invalid++;
            expect(alert, `refused ${refused.join(", ")}`).not.toBeNull();
            expect(alert!.checkVisibility()).toBe(true);
            const text = alert!.textContent ?? "";
            expect(refused.some((a) => text.includes(a) && text.includes(JSON.stringify(values[a]))), text).toBe(true);
            expect(el.error).not.toBeNull();
          } else if (verdicts.every(([, v]) => v === "valid")) {
            checked.valid++;
            expect(alert, alert?.textContent ?? "").toBeNull();
            expect(el.shadowRoot!.querySelector("svg[role=img]")).not.toBeNull();
          }
        }),
        { seed: 31337 + name.length, numRuns: RUNS },
      );
      // Let pending frames (resize, animation) run, then check again.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(errors).toEqual([]);
      expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
      // Both branches must have been exercised, or the property proves little.
      expect(checked.valid).toBeGreaterThan(10);
      expect(checked.invalid).toBeGreaterThan(10);
    } finally {
      host.remove();
    }
  });
});
