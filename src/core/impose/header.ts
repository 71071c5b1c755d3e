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

/** A test of whether row r repeats the header (a page break of the Word table), for every row of a sheet. */
export function repeatedHeaderTest(view: SheetView, header: string[]): (r: number) => boolean {
  const headerKeys = header.map((h) => (h === "" ? "" : matchKey(h)));
  const keys = new Map<string, string>(); // a column's texts repeat row after row: each keyed once
  return (r) => {
    let same = 0;
    for (let c = 0; c < header.length; c++) {
      // A pillar cell merged down across the repeated header hides that header cell: skip it.
      const m = view.mergeAt(r, c);
      if (m && m.top < r) continue;
      const t = view.text(r, c).replace(/\s+/g, "");
      if (header[c] === "") {
        if (t !== "") return false;
        continue;
      }
      let key = keys.get(t);
      if (key === undefined) keys.set(t, (key = matchKey(t)));
      if (key !== headerKeys[c]) return false;
      same++;
    }
    return same >= 2;
  };
}
