import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { tables as uk } from "../../../src/embed/lazy/locale-uk.js";
import { tables as ru } from "../../../src/embed/lazy/locale-ru.js";

const src = new URL("../../../src/", import.meta.url).pathname;
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

/** Every part name a strings module gives `translations()`, and the tables files of each locale. */
const parts = files(src).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/translations(?:<[^>]*>)?\("([\w-]+)"/g)].map((m) => m[1]!));
const tableFiles = (locale: string) => files(src).filter((file) => file.endsWith(`.${locale}.ts`));

describe("the lazy locale modules", () => {
  it.each([
    ["uk", uk],
    ["ru", ru],
  ] as const)("%s adds a table for every part that has words, and every table there is", async (locale, tables) => {
    expect(Object.keys(tables).sort()).toEqual([...new Set(parts)].sort());
    const defaults = await Promise.all(tableFiles(locale).map(async (file) => ((await import(file)) as { default: unknown }).default));
    expect(new Set(Object.values(tables))).toEqual(new Set(defaults));
  });
});
