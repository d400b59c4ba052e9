import { describe, expect, it } from "vitest";
import { localeFormat } from "../../../src/charts/core/locale.js";

describe("localeFormat", () => {
  it("formats calendar dates in UTC whatever the style, the same on every call", () => {
    const en = localeFormat("en");
    expect(en.date("2024-07-17")).toBe("July 17, 2024");
    expect(en.date("2024-07-17", "short")).toBe("Jul 17, 2024");
    expect(en.date("2024-07-17", "month")).toBe("Jul 2024");
    expect(en.date("2024-07-17", "year")).toBe("2024");
    expect(en.date("2024-07-17")).toBe("July 17, 2024");
  });

  it("keeps remembered dates apart by locale and style", () => {
    expect(localeFormat("uk").date("2025-05-23")).toBe("23 травня 2025");
    expect(localeFormat("ru").date("2025-05-23")).toBe("23 мая 2025");
    expect(localeFormat("en").date("2025-05-23", "short")).toBe("May 23, 2025");
  });

  it("still formats every date correctly after more dates than it remembers", () => {
    const en = localeFormat("en");
    const days = Array.from({ length: 5000 }, (_, i) => new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10));
    for (const iso of days) en.date(iso, "short");
    expect(en.date(days[0]!, "short")).toBe("Jan 1, 2010");
    expect(en.date(days[4999]!, "short")).toBe(new Intl.DateTimeFormat("en", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }).format(Date.UTC(2010, 0, 5000)));
  });
});
