/**
 * SheetSpecs → a new .xlsx file's bytes, for the CLI and the tests: the parts (xlsxParts.ts) zipped
 * with Node's zlib (zip.ts).
 */
import type { SheetSpec } from "../core/sheetSpec";
import { workbookParts } from "./xlsxParts";
import { zip } from "./zip";

export async function writeWorkbook(specs: SheetSpec[], now = new Date()): Promise<Uint8Array> {
  return zip(workbookParts(specs, now));
}
