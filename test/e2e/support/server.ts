import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";

/** The strict policy of the acceptance test. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".mjs": "text/javascript; charset=utf-8", ".woff2": "font/woff2", ".png": "image/png", ".json": "application/json", ".csv": "text/csv",
};
const root = normalize(join(import.meta.dirname, "../../.."));

/** A static server for the repository's dist/ and examples/, on 127.0.0.1 and a random port. */
export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ and examples/ (or the folders `dirs` names; nothing else); `csp` paths get the strict policy header.
 * A `?delay=MS` on a script holds it back, to prove the page waits without layout shift.
 */
export async function serve(options: { csp?: (path: string) => boolean; dirs?: readonly string[] } = {}): Promise<StaticServer> {
  const served = new RegExp(`^[/\\\\](${(options.dirs ?? ["dist", "examples"]).join("|")})[/\\\\]`);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = normalize(decodeURIComponent(url.pathname));
    const file = join(root, path);
    if (!served.test(path) || !file.startsWith(root)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      const delay = Number(url.searchParams.get("delay") ?? 0);
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      const headers: Record<string, string> = { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
      if (options.csp?.(path)) headers["content-security-policy"] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
