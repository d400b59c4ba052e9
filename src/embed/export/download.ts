/**
 * Offers a blob as a file download through a link that is never put in the page (works under a
 * strict CSP: a download is not a fetch the policy governs). The click is dispatched on that
 * detached link only, so it reaches none of the host page's listeners: a page-wide click handler
 * that calls `preventDefault` (analytics, routers, paywalls) cannot cancel it. Throws when the
 * download could not be started, and the element shows the message in its status line.
 *
 * @example
 * download(document, new Blob([csv], { type: "text/csv" }), "pow-exchanges-timeline.csv");
 */
export function download(doc: Document, blob: Blob, filename: string): void {
  const view = doc.defaultView;
  if (!view) throw new Error("this page cannot save files (no window)");
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  const started = link.dispatchEvent(new view.MouseEvent("click", { cancelable: true }));
  // Revoke later: the download starts asynchronously and needs the URL until then.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 30_000);
  if (!started) throw new Error(`the download of ${filename} was cancelled`);
}
