// @vitest-environment node
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const charts = fileURLToPath(new URL("../../dist/charts.js", import.meta.url));

/** Renders every exported chart in a child Node process under a given TZ (needs `npm run build`). */
function renderUnder(tz: string): string {
  const script = `
    const c = await import(${JSON.stringify(charts)});
    const list = [c.timeline, c.cumulativeBars, c.heldCaptives].filter(Boolean);
    const out = list.map((chart) => c.renderToString(chart, { width: 700, locale: "uk" }) + c.renderToString(chart, { width: 320, from: "2023-01-01", to: "2024-12-31" }));
    process.stdout.write(JSON.stringify({ count: list.length, out, offset: new Date(2024, 0, 1).getTimezoneOffset() }));`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, TZ: tz }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

describe("time-zone independence", () => {
  it("renders all three charts to byte-identical SVG under Pacific/Kiritimati and America/Los_Angeles", { timeout: 60_000 }, () => {
    const east = JSON.parse(renderUnder("Pacific/Kiritimati")) as { count: number; out: string[]; offset: number };
    const west = JSON.parse(renderUnder("America/Los_Angeles")) as { count: number; out: string[]; offset: number };
    expect(east.offset).not.toBe(west.offset);
    expect(east.count).toBe(3);
    expect(east.out).toEqual(west.out);
  });
});
