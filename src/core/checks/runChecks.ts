/** Every check, in the order a secretariat reads them: coverage, wording, measures, units, deadlines. */
import type { Plan } from "../plan";
import type { Check, CheckContext } from "./context";
import { SEVERITY_ORDER, type Finding, type FindingCode } from "./finding";
import { cellOrder } from "./planCells";
import { FINDING_CODES, FINDING_REGISTRY } from "./registry";

export interface CheckDefinition {
  /** The codes the check can give. */
  codes: FindingCode[];
  run: Check;
  /** Needs the agency's unit list: not run without one. */
  needsUnits?: boolean;
}

/** Each check once, with the codes it gives, in the registry's order. */
export const CHECKS: readonly CheckDefinition[] = (() => {
  const byCheck = new Map<Check, CheckDefinition>();
  for (const code of FINDING_CODES) {
    const { check, needsUnits } = FINDING_REGISTRY[code];
    const known = byCheck.get(check);
    if (known) known.codes.push(code);
    else byCheck.set(check, { codes: [code], run: check, ...(needsUnits ? { needsUnits } : {}) });
  }
  return [...byCheck.values()];
})();

export interface CheckRun {
  /** Errors first, then warnings, then infos; within each, the plan sheet in reading order (cell-less first), then other sheets. */
  findings: Finding[];
  /** The codes of the checks that were not run, and why. */
  skipped: { codes: FindingCode[]; reason: "no-unit-list" }[];
}

export function runChecks(plan: Plan, context: CheckContext): CheckRun {
  const hasUnits = (context.units ?? []).length > 0;
  const findings: Finding[] = [];
  const skipped: CheckRun["skipped"] = [];
  for (const check of CHECKS) {
    if (check.needsUnits && !hasUnits) skipped.push({ codes: check.codes, reason: "no-unit-list" });
    else findings.push(...check.run(plan, context));
  }
  return { findings: sortFindings(plan, findings), skipped };
}

/** Findings in the order runChecks gives them (see CheckRun.findings). */
export function sortFindings(plan: Plan, findings: Finding[]): Finding[] {
  const keyed = findings.map((f, i) => ({
    f,
    i,
    s: SEVERITY_ORDER.indexOf(f.severity),
    other: f.sheet === plan.sheet ? 0 : 1,
    at: cellOrder(f.cell ?? f.range?.split(":")[0]),
  }));
  keyed.sort((a, b) => a.s - b.s || a.other - b.other || a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i);
  return keyed.map((k) => k.f);
}
