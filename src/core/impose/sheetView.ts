/** A Grid seen as a plan table: merged cells read as their top-left value, text cleaned. */
import { cellText, mergeIndex, type Area, type Grid } from "../grid";

export interface SheetView {
  grid: Grid;
  /** The text a cell shows, a merged cell's value in every cell it covers. */
  text(r: number, c: number): string;
  /** The merged area covering the cell, if any. */
  mergeAt(r: number, c: number): Area | undefined;
}

export function viewOf(grid: Grid): SheetView {
  const mergeAt = mergeIndex(grid);
  return {
    grid,
    mergeAt,
    text(r, c) {
      const m = mergeAt(r, c);
      return m ? cellText(grid, m.top, m.left) : cellText(grid, r, c);
    },
  };
}
