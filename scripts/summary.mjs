// Prints a summary table of the dataset: exchanges and people returned per year.
import { byYear, dataset, exchanges, heldClaims, officialTotals, totals } from "../dist/data.js";

const fmt = new Intl.NumberFormat("en");
const rows = byYear(exchanges).map((y) => [y.period, y.exchanges, y.toUkraine, y.toRussia, y.unreportedToUkraine]);
const all = totals(exchanges);
rows.push(["all", all.exchanges, all.toUkraine, all.toRussia, all.unreportedToUkraine]);
const head = ["year", "exchanges", "to Ukraine", "to Russia", "unreported (UA)"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => fmt.format(r[i]).length)));
const line = (cells) => cells.map((c, i) => (typeof c === "number" ? fmt.format(c) : c).padStart(widths[i])).join("  ");
console.log(`${dataset.name} data v${dataset.version}: ${dataset.coverage.from} to ${dataset.coverage.to}`);
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log(`${heldClaims.length} claims of captives held, ${officialTotals.length} stated totals. Unreported figures are not counted as zero.`);
