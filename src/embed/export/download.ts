/**
 * Offers a blob as a file download through a temporary link (works under a strict CSP: a
 * download is not a fetch the policy governs).
 *
 * @example
 * download(document, new Blob([csv], { type: "text/csv" }), "pow-exchanges-timeline.csv");
 */
export function download(doc: Document, blob: Blob, filename: string): void {
  const view = doc.defaultView!;
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously and needs the URL until then.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 30_000);
}
