import { afterEach, describe, expect, it } from "vitest";
import { defineElements } from "../../../src/embed/index.js";
import { place as placeAt, removePlaced } from "./place.js";

defineElements();
afterEach(removePlaced);
/** At 640 px, the width at which these tests' expected axis labels ("Jul 2022") were read. */
const place = (html: string) => placeAt(html, 640);
const texts = (el: Element) => [...el.shadowRoot!.querySelectorAll("svg text")].map((t) => t.textContent ?? "").join(" | ");
const alertText = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')?.textContent ?? "";

describe("each chart's own options as attributes", () => {
  it("<pow-held-captives mode=dots> draws the dot plot (a log scale), not the default bars", () => {
    const dots = place(`<pow-held-captives mode="dots" animate="false"></pow-held-captives>`);
    expect(texts(dots)).toMatch(/log scale/);
    const latest = place(`<pow-held-captives animate="false"></pow-held-captives>`);
    expect(texts(latest)).not.toMatch(/log scale/);
    expect(texts(latest)).toMatch(/Ukraine's latest claim/);
  });

  it("<pow-cumulative-bars by=year mode=stacked> draws one stacked bar a year", () => {
    const el = place(`<pow-cumulative-bars by="year" mode="stacked" animate="false"></pow-cumulative-bars>`);
    const grouped = place(`<pow-cumulative-bars animate="false"></pow-cumulative-bars>`);
    // Years along the axis, not months: no "Jul 2022" tick.
    expect(texts(el)).toMatch(/2022/);
    expect(texts(el)).not.toMatch(/Jul 2022/);
    expect(texts(grouped)).toMatch(/Jul 2022/);
    // Stacked, to Russia sits on top of to Ukraine, so its end label is the upper one.
    const y = (text: RegExp) => Number([...el.shadowRoot!.querySelectorAll("svg text")].find((t) => text.test(t.textContent ?? ""))!.getAttribute("y"));
    expect(y(/to Russia$/)).toBeLessThan(y(/to Ukraine$/));
  });

  it("<pow-timeline largest=nope> shows an alert naming largest and the value", () => {
    const el = place(`<pow-timeline largest="nope"></pow-timeline>`);
    expect(alertText(el)).toContain("largest");
    expect(alertText(el)).toContain('"nope"');
    expect(el.error).toContain("largest");
  });

  it("takes largest, pause-months and legend on the timeline", () => {
    const none = place(`<pow-timeline largest="0" pause-months="0" legend="false" animate="false"></pow-timeline>`);
    expect(texts(none)).not.toMatch(/each way|no exchange for/);
    expect(texts(none)).not.toMatch(/not reported/);
    const some = place(`<pow-timeline largest="2" animate="false"></pow-timeline>`);
    expect(texts(some)).toMatch(/1,000 each way · Istanbul, May 2025/);
  });

  it("refuses, with an alert naming it, an attribute another chart owns", () => {
    const el = place(`<pow-timeline by="year"></pow-timeline>`);
    expect(alertText(el)).toContain("by is not an attribute of pow-timeline");
    const held = place(`<pow-held-captives claim="no such claimant"></pow-held-captives>`);
    expect(alertText(held)).toContain("no claim matches");
  });

  it("adds the newsroom's credit and note to the footer", () => {
    const el = place(`<pow-cumulative-bars credit="The Daily Example" note="Figures as each side reported." animate="false"></pow-cumulative-bars>`);
    expect(texts(el)).toContain("Chart: The Daily Example");
    expect(texts(el)).toContain("Figures as each side reported.");
  });
});
