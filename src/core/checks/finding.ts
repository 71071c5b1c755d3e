/**
 * Findings are data, not prose (DESIGN.md §4): a code, a severity, where it is, and the params a
 * message is built from (each code's entry in registry.ts says its severity and its sentences).
 */

import { codeEntry, type FindingCode, type FindingParamsByCode, type UnderPillar } from "./registry";

export type Severity = "error" | "warning" | "info";

export type { FindingCode, FindingParamsByCode } from "./registry";
// Re-exported, not computed here: the registry loads the checks, which load this module (a cycle).
export { FINDING_CODES, SEVERITY } from "./registry";

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
  return { code, severity: codeEntry(code).severity, sheet, ...(cell ? { cell } : {}), params };
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
