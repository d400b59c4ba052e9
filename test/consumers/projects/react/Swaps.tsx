// The README's hydration example, as written: server SVG first, the chart takes it over in an effect.
import { renderToString as svgOf, timeline } from "pow-exchanges/server";
import { timeline as mountTimeline } from "pow-exchanges/charts";
import { useEffect, useRef } from "react";

const options = { width: 640, locale: "uk" as const };
export function Swaps() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = mountTimeline(ref.current!, options); // replaces the server's SVG
    return () => chart.destroy();
  }, []);
  return <div ref={ref} dangerouslySetInnerHTML={{ __html: svgOf(timeline, options) }} suppressHydrationWarning />;
}
