import { afterEach, describe, expect, it } from "vitest";
import "../../../src/embed/index.js";
import type { PowChartElement, PowSkippedDetail } from "../../../src/embed/index.js";
import { exchanges, heldClaims } from "../../../src/data/index.js";

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

function place(tag: string, attributes = ""): PowChartElement {
  const host = document.createElement("div");
  host.style.width = "700px";
  document.body.append(host);
  hosts.push(host);
  host.innerHTML = `<${tag} animate="false" ${attributes}></${tag}>`;
  return host.firstElementChild as PowChartElement;
}
const texts = (el: Element) => [...el.shadowRoot!.querySelectorAll("svg text")].map((t) => t.textContent).join(" ");
const tick = () => new Promise((r) => setTimeout(r, 0));

const badExchange = { ...exchanges[0]!, id: "broken", date: "2024-02-30" };
const exchangeData = [...exchanges.slice(0, 5), badExchange];
const exchangeSkip = { skipped: [{ index: 5, id: "broken", reason: 'date: "2024-02-30" is not a calendar date (YYYY-MM-DD)' }] };
const badClaim = { ...heldClaims[0]!, id: "bad-claim", side: "both" };
const claimData = [...heldClaims.slice(0, 3), badClaim];
const claimSkip = { skipped: [{ index: 3, id: "bad-claim", reason: 'side: "both" (expected ukraine, russia, other)' }] };

describe.each([
  ["pow-timeline", exchangeData, exchangeSkip],
  ["pow-cumulative-bars", exchangeData, exchangeSkip],
  ["pow-held-captives", claimData, claimSkip],
] as const)("<%s lenient>", (tag, data, expected) => {
  it("draws the valid records and re-dispatches the chart's skip as a bubbling, composed pow:skipped with the same detail", async () => {
    const heard: PowSkippedDetail[] = [];
    const leaked: Event[] = [];
    const onSkipped = (e: Event) => heard.push((e as CustomEvent<PowSkippedDetail>).detail);
    document.addEventListener("pow:skipped", onSkipped);
    try {
      const el = place(tag, "lenient");
      const fromChart: unknown[] = [];
      el.shadowRoot!.addEventListener("skip", (e) => fromChart.push((e as CustomEvent).detail), { capture: true });
      el.parentElement!.addEventListener("skip", (e) => leaked.push(e));
      el.data = data;
      await tick();
      expect(el.error).toBeNull();
      expect(el.shadowRoot!.querySelectorAll("[data-layer=marks] > *").length).toBeGreaterThan(0);
      expect(heard).toEqual([expected]);
      expect(heard[0]).toBe(fromChart[0]);
      expect(leaked).toEqual([]);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    } finally {
      document.removeEventListener("pow:skipped", onSkipped);
    }
  });

  it("without lenient refuses the data with an alert naming the bad record", async () => {
    const el = place(tag);
    el.data = data;
    await tick();
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toMatch(/invalid data\[\d\]/);
  });

  it("takes lenient from the options property too, and lenient=\"false\" refuses again", async () => {
    const el = place(tag);
    const heard: unknown[] = [];
    el.addEventListener("pow:skipped", (e) => heard.push((e as CustomEvent).detail));
    el.options = { lenient: true };
    el.data = data;
    await tick();
    expect(el.error).toBeNull();
    expect(heard.at(-1)).toEqual(expected);
    el.setAttribute("lenient", "false");
    expect(el.error).toMatch(/invalid data/);
  });
});

describe("the footer in lenient mode", () => {
  it.each([
    ["pow-timeline", exchangeData, '1 record skipped: data[5] date: "2024-02-30"'],
    ["pow-held-captives", claimData, '1 record skipped: data[3] side: "both"'],
  ] as const)("<%s> lists the skipped records", async (tag, data, note) => {
    const el = place(tag, "lenient");
    el.data = data;
    await tick();
    expect(texts(el)).toContain(note);
  });
});
