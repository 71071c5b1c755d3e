/** Every check, in the order a secretariat reads them: coverage, wording, measures, units, deadlines. */
import type { Plan } from "../plan";
import type { Check, CheckContext } from "./context";
import { focusMissing, pillarMissing } from "./coverageChecks";
import { deadlineInvalid, measureNoDeadline } from "./deadlineChecks";
import { SEVERITY_ORDER, type Finding, type FindingCode } from "./finding";
import { measureDuplicates, measureEmpty, measureHidden, measureNoUnit } from "./measureChecks";
import { cellOrder } from "./planCells";
import { unitAmbiguous, unitUnassigned, unitUnknown } from "./unitChecks";
import { focusLabelMismatch, focusUnknown, pillarUnknown } from "./wordingChecks";

export interface CheckDefinition {
  /** The codes the check can give. */
  codes: FindingCode[];
  run: Check;
  /** Needs the agency's unit list: not run without one. */
  needsUnits?: boolean;
}

export const CHECKS: readonly CheckDefinition[] = [
  { codes: ["coverage/pillar-missing"], run: pillarMissing },
  { codes: ["coverage/focus-missing"], run: focusMissing },
  { codes: ["pillar/unknown"], run: pillarUnknown },
  { codes: ["focus/label-mismatch"], run: focusLabelMismatch },
  { codes: ["focus/unknown"], run: focusUnknown },
  { codes: ["measure/no-unit"], run: measureNoUnit },
  { codes: ["measure/empty"], run: measureEmpty },
  { codes: ["measure/duplicate", "measure/duplicate-across-pillars"], run: measureDuplicates },
  { codes: ["measure/hidden"], run: measureHidden },
  { codes: ["unit/unknown"], run: unitUnknown, needsUnits: true },
  { codes: ["unit/unassigned"], run: unitUnassigned, needsUnits: true },
  { codes: ["unit/ambiguous"], run: unitAmbiguous },
  { codes: ["deadline/invalid"], run: deadlineInvalid },
  { codes: ["measure/no-deadline"], run: measureNoDeadline },
];

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

function sortFindings(plan: Plan, findings: Finding[]): Finding[] {
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
