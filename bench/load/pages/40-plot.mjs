export default {
  id: "plot",
  label: "Observable Plot drawing the same timeline from its own bundle (Plot + d3 + the records without notes), script in `<head>` with defer",
  requires: [],
  head: `<script defer src="/bench/plot-timeline.js"></script>`,
  embed: `<figure id="plot-timeline"></figure>`,
  interactive: true,
};
