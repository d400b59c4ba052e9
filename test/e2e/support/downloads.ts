import { readFile } from "node:fs/promises";
import type { Page } from "playwright";

/** Clicks an element's export button and returns the downloaded file's name and bytes. */
export async function exportFile(page: Page, tag: string, format: "svg" | "png" | "csv"): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`${tag} button[data-format=${format}]`).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** A PNG's width and height from its IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])) || bytes.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error("not a PNG");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
