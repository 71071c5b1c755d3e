/**
 * Handing a file to the user from the pane: a Blob and an anchor with `download`, clicked. That works
 * in Excel on the web; WebView2 on Windows may refuse some blob downloads, so the step also shows the
 * same link for the user to click (their own click is a user gesture the webview honours); Excel on
 * Mac cannot download from a pane at all (office-js#2700): there the step opens the .xlsx as a new
 * workbook instead. The object URL lives until `revoke` (the step calls it when the link goes).
 */
export interface Download {
  url: string;
  name: string;
  revoke(): void;
}

/** A name for the file: agency, ROC year, sheet and today's date; nothing a file system refuses. */
export function exportFileName(agency: string, year: number | null, sheet: string, ext: string, now = new Date()): string {
  const day = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, "0")}${String(now.getDate()).padStart(2, "0")}`;
  const base = [`${agency}${year !== null ? `${year}年` : ""}`, sheet, day].filter((p) => p !== "").join("_");
  return `${base.replace(/[\\/:*?"<>|\s]+/g, "_")}.${ext}`;
}

export function downloadFile(bytes: Uint8Array, name: string, mime: string): Download {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
  }
  return { url, name, revoke: () => URL.revokeObjectURL(url) };
}
