import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { brotliCompressSync, constants } from "node:zlib";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json" };
const typeOf = (name) => TYPES[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream";

/** Brotli at quality 11, as a CDN serves static files; remembered per file. */
const brotliCache = new Map();
export function brotliSize(path, body) {
  if (!brotliCache.has(path)) brotliCache.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  return brotliCache.get(path);
}

/**
 * A static server on 127.0.0.1 only. `roots` maps a URL prefix to a directory ("/" last).
 * `isolate`: cross-origin isolation headers, so a page gets 5 µs performance.now() instead of 100 µs.
 * `brotli`: compressible files are sent brotli-compressed (as a CDN would), whatever the request
 * says, and every response is logged with its brotli size in `log`, which the caller empties.
 */
export async function serve(roots, { isolate = false, brotli = false } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const [prefix, dir] = Object.entries(roots).find(([p]) => path.startsWith(p)) ?? [];
    const name = dir ? path.slice(prefix.length) || "index.html" : null;
    try {
      if (!name || name.includes("..")) throw new Error("no");
      const body = await readFile(`${dir}${name}`);
      const headers = { "content-type": typeOf(name), "cache-control": "no-store" };
      if (isolate) Object.assign(headers, { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" });
      let sent = body;
      if (brotli) {
        const compressible = !name.endsWith(".png");
        if (compressible) { sent = brotliSize(`${dir}${name}`, body); headers["content-encoding"] = "br"; }
        log.push({ path, bytes: body.length, brotli: sent.length });
      }
      res.writeHead(200, headers);
      res.end(sent);
    } catch {
      if (brotli) log.push({ path, bytes: 0, brotli: 0, missing: true });
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, log, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}
