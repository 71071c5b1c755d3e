/** Requirement sets, checked at runtime: the manifest asks only for ExcelApi 1.9. */
export type IsSetSupported = (set: "ExcelApi", version: string) => boolean;

/** Office's own check; tests and the playground pass their host's. */
export const officeIsSetSupported: IsSetSupported = (set, version) =>
  typeof Office !== "undefined" && Office.context.requirements.isSetSupported(set, version);
