/** The `validate --json` shape: {valid, findings, coverage, stats}; each finding also carries its message. */
import type { Framework } from "../core/framework/types";
import { findingMessage, type Language } from "../core/checks/messages";
import type { Validation } from "../core/checks/validate";
import type { Plan } from "../core/plan";
import type { UnitListChoice } from "./unitListOption";

export function validationToJson(v: Validation, plan: Plan, framework: Framework, unitList: UnitListChoice, language: Language) {
  return {
    valid: v.valid,
    findings: v.findings.map((f) => ({ ...f, message: findingMessage(f, language) })),
    coverage: v.coverage,
    stats: {
      sheet: plan.sheet,
      framework: framework.id,
      ...v.stats,
      unitList: { from: unitList.from, ...(unitList.unitsSheet ? { sheet: unitList.unitsSheet.sheet } : {}), count: unitList.units.length },
    },
  };
}
