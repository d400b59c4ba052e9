import { afterEach, describe, expect, it } from "vitest";
import { autoResizeIframes } from "../../../src/embed/iframe.js";

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.querySelectorAll("iframe").forEach((f) => f.remove());
});

function frame(powEmbed = ""): HTMLIFrameElement {
  const iframe = document.createElement("iframe");
  iframe.dataset.powEmbed = powEmbed;
  iframe.src = "https://charts.example/embed.html?chart=timeline";
  document.body.append(iframe);
  return iframe;
}
const post = (data: unknown, origin: string, source: Window | null) => window.dispatchEvent(new MessageEvent("message", { data, origin, source }));

describe("autoResizeIframes", () => {
  it("resizes an iframe from pym.js and AMP messages sent by that iframe from its own origin", () => {
    const iframe = frame();
    stop = autoResizeIframes();
    post("pymxPYMxheightxPYMx432", "https://charts.example", iframe.contentWindow);
    expect(iframe.style.height).toBe("432px");
    post({ sentinel: "amp", type: "embed-size", height: 500 }, "https://charts.example", iframe.contentWindow);
    expect(iframe.style.height).toBe("500px");
  });

  it("ignores other origins, other windows and malformed heights", () => {
    const iframe = frame();
    stop = autoResizeIframes();
    post("pymxPYMxheightxPYMx432", "https://evil.example", iframe.contentWindow);
    post("pymxPYMxheightxPYMx433", "https://charts.example", window);
    post("pymxPYMxheightxPYMx-5", "https://charts.example", iframe.contentWindow);
    expect(iframe.style.height).toBe("");
  });

  it("takes a null origin only from an iframe named sandboxed, and only from that iframe's window", () => {
    const sandboxed = frame("sandboxed");
    const plain = frame();
    stop = autoResizeIframes();
    post("pymxPYMxheightxPYMx432", "null", plain.contentWindow);
    expect(plain.style.height).toBe("");
    post("pymxPYMxheightxPYMx433", "null", plain.contentWindow);
    post("pymxPYMxheightxPYMx434", "null", window);
    expect(sandboxed.style.height).toBe("");
    post("pymxPYMxheightxPYMx435", "null", sandboxed.contentWindow);
    expect(sandboxed.style.height).toBe("435px");
    expect(plain.style.height).toBe("");
  });

  it("stops listening when asked", () => {
    const iframe = frame();
    autoResizeIframes()();
    post("pymxPYMxheightxPYMx432", "https://charts.example", iframe.contentWindow);
    expect(iframe.style.height).toBe("");
  });
});
