/** The separator of pym.js's string messages: `pym{id}xPYMx{type}xPYMx{value}`. */
const PYM = "xPYMx";

/**
 * A height message in pym.js's string format, which pym parents understand.
 *
 * @example
 * pymHeightMessage("chart-1", 480); // "pymchart-1xPYMxheightxPYMx480"
 */
export function pymHeightMessage(id: string, height: number): string {
  return ["pym" + id, "height", String(Math.ceil(height))].join(PYM);
}

/**
 * A width message in pym.js's string format: what a pym parent sends on load and resize, and
 * what asks our iframe page for its height again.
 *
 * @example
 * pymWidthMessage("chart-1", 390); // "pymchart-1xPYMxwidthxPYMx390"
 */
export function pymWidthMessage(id: string, width: number): string {
  return ["pym" + id, "width", String(Math.round(width))].join(PYM);
}

/**
 * The AMP `embed-size` request that `<amp-iframe resizable>` listens for.
 *
 * @example
 * ampSizeMessage(480); // { sentinel: "amp", type: "embed-size", height: 480 }
 */
export function ampSizeMessage(height: number): { sentinel: "amp"; type: "embed-size"; height: number } {
  return { sentinel: "amp", type: "embed-size", height: Math.ceil(height) };
}

/** A message either convention sends, as the helper understands it. */
export type FrameMessage = { kind: "height"; id: string | null; height: number } | { kind: "width"; id: string; width: number };

/**
 * Reads a pym.js string message or an AMP `embed-size` object; anything else is null.
 * Heights outside 1–100000 px are rejected, so a hostile frame cannot blow up the page.
 *
 * @example
 * parseFrameMessage("pymaxPYMxheightxPYMx300"); // { kind: "height", id: "a", height: 300 }
 * parseFrameMessage({ sentinel: "amp", type: "embed-size", height: 300 }); // { kind: "height", id: null, height: 300 }
 */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  if (typeof data === "string") {
    const parts = data.split(PYM);
    if (parts.length !== 3 || !parts[0]!.startsWith("pym")) return null;
    const id = parts[0]!.slice(3);
    const value = Number(parts[2]);
    if (!isSize(value)) return null;
    if (parts[1] === "height") return { kind: "height", id, height: value };
    if (parts[1] === "width") return { kind: "width", id, width: value };
    return null;
  }
  if (data && typeof data === "object") {
    const m = data as Record<string, unknown>;
    if (m.sentinel === "amp" && m.type === "embed-size" && typeof m.height === "number" && isSize(m.height)) {
      return { kind: "height", id: null, height: m.height };
    }
  }
  return null;
}

function isSize(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= 100_000;
}
