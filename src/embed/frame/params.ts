import { chartAttributes } from "../attributes.js";

/** What `embed.html?…` asks for. */
export interface FrameRequest {
  readonly chart: string;
  /** Element attributes from the query, only the known ones. */
  readonly attributes: readonly (readonly [name: string, value: string])[];
  /** pym.js's child id (`childId`), used in height messages. */
  readonly pymId: string;
  /** The parent page's origin, from pym's `parentUrl` or the referrer; null when unknown. */
  readonly parentOrigin: string | null;
}

/**
 * Reads the iframe page's query. Unknown parameters are ignored (pym.js adds its own), and
 * values only ever become attribute values, never markup.
 *
 * @example
 * frameRequest("?chart=timeline&locale=uk&childId=c1", "").attributes; // [["locale", "uk"]]
 */
export function frameRequest(search: string, referrer: string): FrameRequest {
  const query = new URLSearchParams(search);
  const allowed: readonly string[] = chartAttributes;
  const attributes = [...query].filter(([name]) => allowed.includes(name));
  return {
    chart: query.get("chart") ?? "timeline",
    attributes,
    pymId: query.get("childId") ?? "pow",
    parentOrigin: originOf(query.get("parentUrl")) ?? originOf(referrer),
  };
}

function originOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const origin = new URL(url).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}
