/**
 * Errors shaped like Office.js's OfficeExtension.Error: an Error whose `code` is one of the
 * Excel.ErrorCodes names (plus the common Office payload codes), with `debugInfo`.
 */

/** The codes the in-memory Excel raises. */
export type MemoryErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "MergedRangeConflict"
  | "InvalidOperation"
  | "AccessDenied"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound"
  | "UnsupportedFeature"
  | "GeneralException";

export interface MemoryErrorDebugInfo {
  code: string;
  message: string;
  /** The API whose queued operation failed, e.g. "Range.values". */
  errorLocation?: string;
}

export class MemoryExcelError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: MemoryErrorCode;
  readonly debugInfo: MemoryErrorDebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: MemoryErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Throws a MemoryExcelError; used inside queued operations so the error surfaces at sync. */
export function fail(code: MemoryErrorCode, message: string): never {
  throw new MemoryExcelError(code, message);
}

/** Adds where the failure happened (the operation's API name) to an error raised by an operation. */
export function located(error: unknown, errorLocation: string): MemoryExcelError {
  if (error instanceof MemoryExcelError) {
    if (!error.debugInfo.errorLocation) error.debugInfo.errorLocation = errorLocation;
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new MemoryExcelError("GeneralException", message, errorLocation);
}
