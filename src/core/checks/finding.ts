/**
 * Findings are data, not prose (DESIGN.md §4): a code, a severity, where it is, and the params a
 * message is built from (messages.ts renders them in zh-TW or English).
 */

export type Severity = "error" | "warning" | "info";

/** `pillar` where the finding belongs under a pillar (reports group by it). */
interface UnderPillar {
  pillar?: number;
}

/**
 * The params of each code: what its message is built from. Typed per code, so a check that renames
 * or forgets a param fails `tsc` instead of printing an empty quote.
 */
export interface FindingParamsByCode {
  "coverage/pillar-missing": { pillar: number; pillarTitle: string; focusPoints: string[] };
  "coverage/focus-missing": { pillar: number; focus: string; focusLabel: string; focusText: string };
  "pillar/unknown": { pillarText: string; measures: number; framework: string; nearest?: number; nearestTitle?: string };
  "focus/label-mismatch": { pillar: number; label: string; focus: string; focusLabel: string; focusText: string };
  "focus/unknown": UnderPillar & { focusText: string; measures: number; nearest?: string; nearestLabel?: string; nearestText?: string };
  "measure/no-unit": UnderPillar & { ids: string[]; title: string };
  "measure/empty": UnderPillar & { id: string; text: string };
  "measure/duplicate": UnderPillar & { id: string; title: string; firstId: string; firstCell: string };
  "measure/duplicate-across-pillars": UnderPillar & { id: string; title: string; otherId: string; otherCell: string; otherPillar?: number };
  "measure/no-deadline": UnderPillar & { ids: string[]; title: string };
  "measure/hidden": UnderPillar & { id: string; title: string };
  "unit/unknown": UnderPillar & { unit: string; suggestion?: string; ids: string[] };
  "unit/unassigned": { unit: string };
  "unit/ambiguous": UnderPillar & { ids: string[]; units: string[] };
  "deadline/invalid": UnderPillar & { deadline: string; ids: string[] };
}

export type FindingCode = keyof FindingParamsByCode;

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
} as const satisfies Record<FindingCode, Severity>;

export const FINDING_CODES = Object.keys(SEVERITY) as FindingCode[];

export type FindingParams<C extends FindingCode = FindingCode> = FindingParamsByCode[C];

export interface FindingOf<C extends FindingCode> {
  code: C;
  severity: Severity;
  sheet: string;
  /** A1 address ("C12"); absent when the finding concerns something wholly missing. */
  cell?: string;
  /** A1 range ("C12:C14") when the finding spans several cells. */
  range?: string;
  params: FindingParamsByCode[C];
}

/** A finding of any code: code and params go together. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

/** A finding with its code's severity; `cell` left out when there is none. */
export function finding<C extends FindingCode>(
  code: C,
  sheet: string,
  cell: string | undefined,
  params: FindingParamsByCode[C],
): FindingOf<C> {
  return { code, severity: SEVERITY[code], sheet, ...(cell ? { cell } : {}), params };
}

/** The pillar a finding belongs under, or null (reports group by it). */
export function findingPillar(f: Finding): number | null {
  const pillar = (f.params as UnderPillar).pillar;
  return typeof pillar === "number" ? pillar : null;
}

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** `{pillar}` when the finding belongs under a pillar (reports group by it), else nothing. */
export function pillarParam(pillar: number | null | undefined): UnderPillar {
  return pillar === null || pillar === undefined ? {} : { pillar };
}
