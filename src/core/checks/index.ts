/** Validation of a plan: findings as data, coverage figures, messages (issue 4). */
export { CHECKS, runChecks, type CheckDefinition, type CheckRun } from "./runChecks";
export type { Check, CheckContext, UnitsSheetRef } from "./context";
export { FINDING_CODES, SEVERITY, type Finding, type FindingCode, type FindingParams, type Severity } from "./finding";
export { coverageMatrix, unitPillarMatrix, type CoverageMatrix, type UnitPillarMatrix } from "./coverage";
export { countText, findingMessage, SEVERITY_NAMES, type Language } from "./messages";
export { validatePlan, type Validation, type ValidationStats } from "./validate";
