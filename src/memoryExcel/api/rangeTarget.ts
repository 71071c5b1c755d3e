/** What a Range proxy points at: a rectangle of one sheet. */
import { MAX_COLUMNS, MAX_ROWS } from "../data/address";
import type { Area } from "../data/area";
import type { SheetData, WorkbookData } from "../data/model";
import { isAlive } from "../data/sheets";
import { fail } from "../errors";

export interface RangeTarget {
  sheet: SheetData;
  area: Area;
}

/** A resolver that yields nothing once the sheet has been deleted. */
export function whileAlive<T extends { sheet: SheetData }>(wb: WorkbookData, resolve: () => T | null): () => T | null {
  return () => {
    const t = resolve();
    return t && isAlive(wb, t.sheet) ? t : null;
  };
}

/** Throws InvalidArgument for an area that leaves the grid or is turned inside out. */
export function onGrid(area: Area): Area {
  if (
    area.top < 0 ||
    area.left < 0 ||
    area.bottom >= MAX_ROWS ||
    area.right >= MAX_COLUMNS ||
    area.top > area.bottom ||
    area.left > area.right
  ) {
    fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format: the range would leave the worksheet grid.");
  }
  return area;
}
