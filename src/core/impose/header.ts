/** Finding the header row under the title rows, and the header rows repeated at page breaks. */
import { matchKey } from "../text/normalize";
import { rolesOfHeader } from "./headerNames";
import type { SheetView } from "./sheetView";

/** How far down a header may sit under title rows. */
const HEADER_SEARCH_ROWS = 60;

/** Header labels of a row, one per column (a header merged across two columns labels both). */
export function headerLabels(view: SheetView, r: number): string[] {
  const labels: string[] = [];
  for (let c = 0; c < view.grid.colCount; c++) labels.push(view.text(r, c).replace(/\s+/g, ""));
  return labels;
}

function knownNameCount(labels: string[]): number {
  return new Set(labels.filter((l) => rolesOfHeader(l).length > 0)).size;
}

/** The first row naming at least two plan columns, or -1. */
export function findHeaderRow(view: SheetView): number {
  const last = Math.min(view.grid.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    if (knownNameCount(headerLabels(view, r)) >= 2) return r;
  }
  return -1;
}

/** True when row r repeats the header (a page break of the Word table). */
export function isRepeatedHeader(view: SheetView, r: number, header: string[]): boolean {
  let same = 0;
  for (let c = 0; c < header.length; c++) {
    const h = header[c];
    // A pillar cell merged down across the repeated header hides that header cell: skip it.
    const m = view.mergeAt(r, c);
    if (m && m.top < r) continue;
    const t = view.text(r, c).replace(/\s+/g, "");
    if (h === "" ? t !== "" : matchKey(t) !== matchKey(h)) return false;
    if (h !== "") same++;
  }
  return same >= 2;
}
