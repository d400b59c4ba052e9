import os from "node:os";
import { readFileSync } from "node:fs";

/** What the numbers were measured on. */
export function machine(chromiumVersion) {
  const cpus = os.cpus();
  let distro = `${os.type()} ${os.release()}`;
  try {
    const name = /PRETTY_NAME="([^"]+)"/.exec(readFileSync("/etc/os-release", "utf8"))?.[1];
    if (name) distro = `${name} (${os.type()} ${os.release()})`;
  } catch { /* not Linux: the kernel line is enough */ }
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: distro,
    node: process.version,
    chromium: chromiumVersion ?? "not run",
    load: os.loadavg().map((l) => l.toFixed(2)).join(" "),
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  };
}
