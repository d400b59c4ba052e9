/** The Plot page's own bundle: Plot drawing our timeline from the same records (notes left out, as in our global script). */
import { exchanges } from "../../src/data/records/exchanges.ts";
import { render } from "../equivalents/plot/timeline.js";

const figure = document.getElementById("plot-timeline");
const width = Math.floor(figure.getBoundingClientRect().width);
// Our timeline's height at this width, so both draw the same box.
const height = Math.round(Math.max(340, Math.min(width * 0.55, 560)));
figure.append(render(exchanges, { width, height, document }));
