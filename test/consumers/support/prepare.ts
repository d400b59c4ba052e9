import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL("..", import.meta.url));
const root = fileURLToPath(new URL("../../..", import.meta.url));
/** The git-ignored cache, inside the test's own folder: installed once, reused across runs. */
export const cacheDir = join(here, ".cache");

/**
 * Installs the consumers' tools (TypeScript, @types/react, Vue and vue-tsc, Svelte and
 * svelte-check, the lowest d3-selection and zod the package allows) into the cache, unless the
 * cache already holds exactly what deps/package.json asks for.
 */
export function installTools(): void {
  const manifest = readFileSync(join(here, "deps", "package.json"), "utf8");
  const stamp = join(cacheDir, "node_modules", ".deps-hash");
  const hash = createHash("sha256").update(manifest).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, "package.json"), manifest);
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--loglevel=error"], { cwd: cacheDir, stdio: "inherit" });
  writeFileSync(stamp, hash);
}

/**
 * Packs the package as it would be published (`npm pack`, from the current dist/) and unpacks
 * the tarball as the cache's node_modules/pow-exchanges, as `npm install ./pow-exchanges-x.tgz` would.
 */
export function installTarball(): string {
  const packs = mkdtempSync(join(cacheDir, "pack-"));
  try {
    const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", packs], { cwd: root, encoding: "utf8" });
    const [{ filename }] = JSON.parse(out) as [{ filename: string }];
    execFileSync("tar", ["-xzf", join(packs, filename), "-C", packs]);
    const target = join(cacheDir, "node_modules", "pow-exchanges");
    rmSync(target, { recursive: true, force: true });
    renameSync(join(packs, "package"), target);
    return filename;
  } finally {
    rmSync(packs, { recursive: true, force: true });
  }
}

/** Copies the consumer projects (test/consumers/projects/*) into the cache, where node_modules is. */
export function copyProjects(): string[] {
  const projects = join(cacheDir, "projects");
  rmSync(projects, { recursive: true, force: true });
  cpSync(join(here, "projects"), projects, { recursive: true });
  return readdirSync(projects);
}

/** Runs a tool from the cache's node_modules/.bin (or Node itself) in a project; returns its exit code and output. */
export function runTool(tool: string, args: readonly string[], project: string): { code: number; output: string } {
  try {
    const command = tool === "node" ? process.execPath : join(cacheDir, "node_modules", ".bin", tool);
    const output = execFileSync(command, args, { cwd: join(cacheDir, "projects", project), encoding: "utf8", stdio: "pipe" });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}
