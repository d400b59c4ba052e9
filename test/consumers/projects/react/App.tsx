// React 19: all three elements with attributes, properties and events, as the README shows.
import "pow-exchanges/react";
import type { PowChartElement, PowSelectDetail } from "pow-exchanges/react";
import { exchanges } from "pow-exchanges/data";
import { useRef } from "react";

export function App({ onPick }: { onPick: (id: string) => void }) {
  const ref = useRef<PowChartElement>(null);
  const select = (event: CustomEvent<PowSelectDetail>) => onPick(event.detail.id);
  return (
    <>
      <pow-timeline locale="uk" highlight="2024-07-17" onpow:select={select} ref={ref} />
      <pow-cumulative-bars from="2024-01-01" to="2024-12-31" height={400} dark="auto" actions="false" options={{ mode: "stacked", by: "year" }}
        onpow:select={(e) => onPick(e.detail.id)} onpow:error={(e) => console.warn(e.detail.message)} />
      <pow-held-captives class="wide" title="Claims" subtitle="As worded" plain static lenient data={exchanges}
        onpow:skipped={(e) => console.log(e.detail.skipped.map((s) => s.reason))} />
      {/* @ts-expect-error: not a locale */}
      <pow-timeline locale="xx" />
      {/* @ts-expect-error: pow:select's detail has no such field */}
      <pow-timeline onpow:select={(e) => e.detail.nope} />
      {/* @ts-expect-error: data is an array of records */}
      <pow-timeline data="[]" />
      <button onClick={() => console.log(ref.current?.toSVG())}>SVG</button>
    </>
  );
}
