/** Requirement sets, checked at runtime: the manifest asks only for ExcelApi 1.9. */
export type IsSetSupported = (set: "ExcelApi", version: string) => boolean;
