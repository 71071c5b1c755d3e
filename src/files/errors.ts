/** A file that cannot be read as a workbook; the message is one sentence a clerk understands. */
export class WorkbookReadError extends Error {
  override name = "WorkbookReadError";
}
