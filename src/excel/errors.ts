/**
 * Why an Excel action failed, as a reason the pane turns into a sentence a clerk understands.
 * Office.js reports failures as OfficeExtension.Error with a string `code`.
 */
export type ExcelProblem =
  | "cell-edit"
  | "protected"
  | "sheet-missing"
  | "too-big"
  | "unsupported"
  | "merged-conflict"
  | "no-set-up"
  | "backup-missing"
  | "source-is-ours"
  /** Loading a sheet's conditional formats fails because of rules of the user's (office-js#6827, #6835). */
  | "rules-unreadable"
  | "unknown";

export class ExcelActionError extends Error {
  override name = "ExcelActionError";
  constructor(
    readonly problem: ExcelProblem,
    /** The sheet (and cell) concerned, when known. */
    readonly where: string = "",
    message: string = problem,
  ) {
    super(message);
  }
}

const BY_CODE: Record<string, ExcelProblem> = {
  InvalidOperationInCellEditMode: "cell-edit",
  AccessDenied: "protected",
  ItemNotFound: "sheet-missing",
  RequestPayloadSizeLimitExceeded: "too-big",
  ResponsePayloadSizeLimitExceeded: "too-big",
  ApiNotFound: "unsupported",
  UnsupportedFeature: "unsupported",
  MergedRangeConflict: "merged-conflict",
};

/** The problem behind an error thrown by a batch (an ExcelActionError keeps its own). */
export function excelProblemOf(e: unknown): ExcelProblem {
  if (e instanceof ExcelActionError) return e.problem;
  const code = (e as { code?: unknown } | null)?.code;
  return (typeof code === "string" && BY_CODE[code]) || "unknown";
}
