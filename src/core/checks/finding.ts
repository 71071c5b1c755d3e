/**
 * Findings are data, not prose (DESIGN.md §4): a code, a severity, where it is, and the params a
 * message is built from (messages.ts renders them in zh-TW or English).
 */

export type Severity = "error" | "warning" | "info";

/** Every code a check can give, with its severity: one table, so a code never changes severity. */
export const SEVERITY = {
  "coverage/pillar-missing": "error",
  "coverage/focus-missing": "error",
  "pillar/unknown": "warning",
  "focus/label-mismatch": "warning",
  "focus/unknown": "warning",
  "measure/no-unit": "error",
  "measure/empty": "warning",
  "measure/duplicate": "warning",
  "measure/duplicate-across-pillars": "info",
  "measure/no-deadline": "info",
  "measure/hidden": "info",
  "unit/unknown": "error",
  "unit/unassigned": "warning",
  "unit/ambiguous": "warning",
  "deadline/invalid": "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof SEVERITY;

export const FINDING_CODES = Object.keys(SEVERITY) as FindingCode[];

export type FindingParams = Record<string, string | number | string[]>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address ("C12"); absent when the finding concerns something wholly missing. */
  cell?: string;
  /** A1 range ("C12:C14") when the finding spans several cells. */
  range?: string;
  params: FindingParams;
}

/** A finding with its code's severity; `cell` left out when there is none. */
export function finding(code: FindingCode, sheet: string, cell: string | undefined, params: FindingParams): Finding {
  return { code, severity: SEVERITY[code], sheet, ...(cell ? { cell } : {}), params };
}

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** `{pillar}` when the finding belongs under a pillar (reports group by it), else nothing. */
export function pillarParam(pillar: number | null | undefined): FindingParams {
  return pillar === null || pillar === undefined ? {} : { pillar };
}
