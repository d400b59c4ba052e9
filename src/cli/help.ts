/**
 * The CLI's `--help` text, listing the registered charts.
 *
 * @example
 * helpText(["timeline"]).startsWith("Usage"); // true
 */
export function helpText(charts: readonly string[]): string {
  return `Usage: pow-exchanges render <${charts.join("|")}> [options]
       pow-exchanges snippet <${charts.join("|")}> --base URL [--locale] [--dark auto|true] [--eager] [-o FILE]

Renders a chart of Russia–Ukraine prisoner exchanges as SVG or PNG, with its title, sources
and dataset version. SVG goes to standard output when no -o is given.

Options:
  -o, --output FILE     write to FILE (.svg or .png; sets --format when it is not given)
      --format svg|png  output format (default: svg, or the extension of FILE)
      --width PX        width in pixels (default 640, at most 8000)
      --height PX       height in pixels (default: the chart's own for the width; at most 8000)
      --locale en|uk|ru language of the labels (default en)
      --from YYYY-MM-DD first date shown (dates from 1900 to 2199)
      --to YYYY-MM-DD   last date shown
      --highlight ID    the id or date of a record to emphasise
      --title TEXT      replace the title
      --subtitle TEXT   add a subtitle
      --dark            dark colours
      --plain           leave out the header and footer
      --scale N         PNG pixel density, 0.1 to 8 (default 2); a PNG has at most
                        40 million pixels (width × scale × height × scale)
  -h, --help            show this help
  -v, --version         show the package and data versions

The snippet command prints the HTML to paste in an article: the element with a static picture of
the chart (shown with no JavaScript, sized so nothing shifts) and the loader, which upgrades it to
the live chart near the viewport. --base is where the package's dist/ folder is served. It takes
--locale, --dark auto|true|false, --from, --to, --highlight, --title and --subtitle (the live chart
applies them; the picture shows the chart's defaults in the locale and theme). --eager adds
preload links for the chart's code, so it arrives with the picture rather than after the loader:
for a chart in the article's first screen (a chart further down then loads even if never reached).

PNG needs two optional packages: npm install @resvg/resvg-js dejavu-fonts-ttf

Exit codes: 0 done, 1 the chart refused an option or PNG could not be made, 2 bad usage
(including an image over the limits above).

Examples:
  npx pow-exchanges render timeline --locale uk -o timeline.svg
  npx pow-exchanges render held-captives --format png --scale 2 -o held.png
  npx pow-exchanges snippet timeline --locale uk --dark auto --base https://example.org/pow-exchanges/dist/
`;
}
