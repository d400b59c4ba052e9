import { describe, expect, it } from "vitest";
import { renderSettings } from "../../../../src/charts/render/dom/media.js";
import { normalizeTimelineOptions } from "../../../../src/charts/index.js";

/** A window whose reader prefers what `preferences` says, and which counts the questions asked. */
function readerWindow(preferences: { reducedMotion: boolean; dark: boolean }) {
  const asked: string[] = [];
  const win = {
    matchMedia: (query: string) => {
      asked.push(query);
      return { matches: query.includes("reduced-motion") ? preferences.reducedMotion : query.includes("dark") ? preferences.dark : false };
    },
  } as unknown as Window;
  return { win, asked };
}

describe("renderSettings", () => {
  it("animates an update with animate: auto only for a reader who allows motion", () => {
    const o = normalizeTimelineOptions({ animate: "auto" });
    expect(renderSettings(o, readerWindow({ reducedMotion: false, dark: false }).win, true).animate).toBe(true);
    expect(renderSettings(o, readerWindow({ reducedMotion: true, dark: false }).win, true).animate).toBe(false);
    expect(renderSettings(o, null, true).animate).toBe(false);
  });

  it("never animates a first draw, and then asks nothing about motion", () => {
    const { win, asked } = readerWindow({ reducedMotion: false, dark: false });
    expect(renderSettings(normalizeTimelineOptions({ animate: "auto" }), win, false).animate).toBe(false);
    expect(asked).toEqual([]);
  });

  it("follows the reader's colour scheme with dark: auto, and the option otherwise", () => {
    expect(renderSettings(normalizeTimelineOptions({ dark: "auto" }), readerWindow({ reducedMotion: false, dark: true }).win, false).dark).toBe(true);
    expect(renderSettings(normalizeTimelineOptions({ dark: false }), readerWindow({ reducedMotion: false, dark: true }).win, false).dark).toBe(false);
    expect(renderSettings(normalizeTimelineOptions({ dark: "auto" }), null, false).dark).toBe(false);
  });
});
