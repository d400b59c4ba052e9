import { describe, expect, it, vi } from "vitest";

// The module keeps its loader for the page's lifetime: each test gets a fresh copy.
const fresh = async () => {
  vi.resetModules();
  return import("../../../src/charts/core/source-addresses.js");
};
const record = (...urls: string[]) => ({ id: "r", sources: urls.map((url, i) => ({ url, publisher: `P${i}` })) });

describe("source addresses", () => {
  it("are a source's own where nothing was left out, even a string that looks deferred", async () => {
    const m = await fresh();
    expect(m.sourceAddress("https://example.org/a")).toBe("https://example.org/a");
    expect(m.sourceAddress("pow-source:0")).toBe("pow-source:0");
    const records = [record("https://example.org/a")];
    expect(m.withSourceAddresses(records)).toBe(records);
    await expect(m.loadSourceAddresses()).resolves.toBeUndefined();
  });

  it("load once, when first asked, and then give each numbered source its address", async () => {
    const m = await fresh();
    const load = vi.fn(async () => ["https://example.org/zero", "https://example.org/one"]);
    m.deferSourceAddresses(load);
    expect(load).not.toHaveBeenCalled();
    expect(m.sourceAddress("pow-source:1")).toBeUndefined();
    await Promise.all([m.loadSourceAddresses(), m.loadSourceAddresses()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(m.sourceAddress("pow-source:1")).toBe("https://example.org/one");
    expect(m.sourceAddress("https://example.org/own")).toBe("https://example.org/own");
    expect(m.withSourceAddresses([record("pow-source:0", "https://example.org/own")])[0]!.sources.map((s) => s.url)).toEqual(["https://example.org/zero", "https://example.org/own"]);
  });

  it("refuse to export while loading: an error naming the source, never an empty address", async () => {
    const m = await fresh();
    m.deferSourceAddresses(() => new Promise(() => {}));
    expect(() => m.withSourceAddresses([record("pow-source:0")])).toThrow("the source addresses are still loading (P0)");
  });

  it("are tried again after a failed load", async () => {
    const m = await fresh();
    let calls = 0;
    m.deferSourceAddresses(async () => {
      calls++;
      if (calls === 1) throw new Error("offline");
      return ["https://example.org/zero"];
    });
    await expect(m.loadSourceAddresses()).rejects.toThrow("offline");
    await m.loadSourceAddresses();
    expect(m.sourceAddress("pow-source:0")).toBe("https://example.org/zero");
  });
});
