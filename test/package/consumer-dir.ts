import { mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const packageRoot = fileURLToPath(new URL("../../", import.meta.url));

/** A scratch project whose node_modules/pow-exchanges links to this package, as after `npm install`. */
export function consumerDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "pow-consumer-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(packageRoot, join(dir, "node_modules", "pow-exchanges"), "dir");
  return dir;
}
