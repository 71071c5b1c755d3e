/** Raised when a sheet cannot be imposed on; the message is a sentence a clerk understands. */
export class ImposeError extends Error {
  override name = "ImposeError";
  constructor(
    message: string,
    readonly sheet: string,
    readonly cell?: string,
  ) {
    super(message);
  }
}
