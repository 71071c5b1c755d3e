/**
 * The check before every export (step 5), as a pure function: the sheet about to be published, the plan
 * it comes from and the framework in; the publish/* findings out, errors first, then by cell. The user
 * decides: fix (each finding has its cell) or export anyway; the CLI stops unless --force.
 *
 * The counts two of them summarise are taken here, from one round of the plan's own checks, so no check
 * runs the checks: the plan's error-level findings still open, and, when results are given (an export of
 * 附件二), the measures each unit has not reported on for the period.
 */
import type { CheckContext } from "../checks/context";
import type { Finding } from "../checks/finding";
import { CHECKS, runChecks, sortFindings } from "../checks/runChecks";
import type { Framework } from "../framework/types";
import type { Plan } from "../plan";
import type { MissingResults, PublishedSheet } from "../publish/publishedSheet";

export interface PrePublicationOptions {
  /** The agency's units: the unit checks count among the open errors only with a list. */
  units?: readonly string[];
  /** The results sheet's rows and period, when the sheet exported is 附件二. */
  results?: CheckContext["results"];
  /** The sheet the plan was read from (sourceSheetOf): its formulas, hidden rows and columns, comments. */
  from?: PublishedSheet;
}

const isPublishCode = (code: string) => code.startsWith("publish/");

/** The checks that give publish/* codes only (each check's codes share one family). */
const PUBLISH_CHECKS = CHECKS.filter((c) => c.codes.every(isPublishCode));

export function prePublicationCheck(
  sheet: PublishedSheet,
  plan: Plan,
  framework: Framework,
  options: PrePublicationOptions = {},
): Finding[] {
  const base: CheckContext = {
    framework,
    ...(options.units ? { units: options.units } : {}),
    ...(options.results ? { results: options.results } : {}),
  };
  const planFindings = runChecks(plan, base).findings;
  const openErrors = planFindings.filter((f) => f.severity === "error" && !isPublishCode(f.code) && !f.code.startsWith("results/")).length;
  const missing = new Map<string, number>();
  for (const f of planFindings)
    if (f.code === "results/missing") missing.set(f.params.unit, (missing.get(f.params.unit) ?? 0) + f.params.ids.length);
  const missingResults: MissingResults[] = [...missing].map(([unit, count]) => ({ unit, count }));

  const context: CheckContext = {
    ...base,
    published: sheet,
    ...(options.from ? { publishedFrom: options.from } : {}),
    openErrors,
    missingResults,
  };
  const hasUnits = (options.units ?? []).length > 0;
  const findings = PUBLISH_CHECKS.flatMap((c) => (c.needsUnits && !hasUnits ? [] : c.run(plan, context)));
  return sortFindings(plan, findings);
}
