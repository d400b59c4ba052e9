// Writes the dataset as files into dist/files (JSON, three CSVs and a Frictionless Data Package),
// from the data files themselves (data/*.json through src/data), so the files can never disagree
// with the module.
import { mkdirSync, writeFileSync } from "node:fs";
import { csvColumns, dataset, exchanges, heldClaims, officialTotals, relatedFigures, toCsv } from "../src/data/index.js";

const out = new URL("../dist/files/", import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name: string, text: string) => writeFileSync(new URL(name, out), text);

const frictionlessType: Record<string, string> = { string: "string", integer: "integer", boolean: "boolean", list: "string", json: "object" };
const descriptions: Record<string, string> = {
  toUkraine: "People returned to Ukraine, as Kyiv reported; empty when not reported",
  toRussia: "People returned to Russia, as Moscow reported; empty when not reported",
  mediators: "Mediators named in the sources, separated by '; ' (a ';' inside a name is written '\\;')",
  sequence: "Ukraine's official exchange number, when a source states it",
  disputes: "JSON list of competing figures, each with claimant and side",
  reportedBy: "JSON {toUkraine, toRussia}: who gave each figure, as {claimant, side}; null where the figure is null",
  figure: "JSON {value, qualifier, text?}: the number as stated",
  sources: "JSON list of {url, publisher, kind?} the figures were read from; kind is official, wire, media or aggregator",
  population: "Whom the claim counts: prisoners-of-war, civilians, all-captives or captures (everyone captured so far)",
  heldByRussia: "JSON {value, qualifier, text?}: Ukrainians held by Russia, as claimed",
  heldByUkraine: "JSON {value, qualifier, text?}: Russians held by Ukraine, as claimed",
};
const resource = (name: string, path: string, table: keyof typeof csvColumns, title: string) => ({
  name,
  path,
  title,
  format: "csv",
  mediatype: "text/csv",
  encoding: "utf-8",
  // As toCsv writes it: RFC 4180 with CRLF. A cell starting with =, +, -, @, tab, CR or ' carries one
  // leading apostrophe (OWASP's advice against formula injection), which fromCsv removes.
  dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: "\"", doubleQuote: true, header: true },
  description: "Cells starting with =, +, -, @, tab, carriage return or an apostrophe carry one leading apostrophe, so that spreadsheets show them as text; remove it when reading (fromCsv in pow-exchanges/data does).",
  schema: {
    fields: csvColumns[table].map(([field, type]) => ({
      name: field,
      type: frictionlessType[type],
      ...(descriptions[field] ? { description: descriptions[field] } : {}),
    })),
    missingValues: [""],
    primaryKey: "id",
  },
});

write("exchanges.json", `${JSON.stringify({ dataset, exchanges, heldClaims, officialTotals, relatedFigures }, null, 2)}\n`);
write("exchanges.csv", toCsv("exchanges", exchanges));
write("held-claims.csv", toCsv("heldClaims", heldClaims));
write("official-totals.csv", toCsv("officialTotals", officialTotals));
write("related-figures.csv", toCsv("relatedFigures", relatedFigures));
const publishers = [...new Set([...exchanges, ...heldClaims, ...officialTotals, ...relatedFigures].flatMap((r) => r.sources.map((s) => s.publisher)))].sort();
write(
  "datapackage.json",
  `${JSON.stringify(
    {
      name: dataset.name,
      title: "Russia–Ukraine prisoner-of-war exchanges since 2022",
      version: dataset.version,
      created: dataset.updated,
      licenses: [{ name: dataset.license.data, path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
      description: `Every publicly reported exchange from ${dataset.coverage.from} to ${dataset.coverage.to}, with each figure's sources, disputed figures, mediators and official sequence numbers; claims of captives held; and stated running totals. Citation: ${dataset.citation}`,
      sources: publishers.map((title) => ({ title })),
      resources: [
        resource("exchanges", "exchanges.csv", "exchanges", "Exchanges"),
        resource("held-claims", "held-claims.csv", "heldClaims", "Claims of captives held"),
        resource("official-totals", "official-totals.csv", "officialTotals", "Stated running and period totals"),
        resource("related-figures", "related-figures.csv", "relatedFigures", "Related figures that are not headcounts: ICRC visits, UN interviews, accounts of ill-treatment"),
      ],
    },
    null,
    2,
  )}\n`,
);
console.log(`data files: ${exchanges.length} exchanges, ${heldClaims.length} claims, ${officialTotals.length} totals, ${relatedFigures.length} related figures -> dist/files/`);
