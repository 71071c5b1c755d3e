/**
 * One check round in Excel (the pane's 檢查計畫): read the plan table, the units sheet and, for a
 * custom framework, the framework sheet in one sync, and validate in the core. Reads only.
 * Also: go to a finding's cell, and watch the plan table for edits.
 */
import { BUILT_IN_FRAMEWORKS } from "../core/framework/catalog";
import { readCustomFramework } from "../core/framework/custom";
import type { Framework } from "../core/framework/types";
import { unitListFromSheet, validatePlan, type Validation } from "../core/checks";
import { impose } from "../core/impose/impose";
import { ExcelActionError } from "./errors";
import type { ExcelHost } from "./host";
import { gridOfValues, queueGridValues } from "./readGrid";
import type { SetUpRecord } from "./setUpRecord";

export interface PlanCheck {
  validation: Validation;
  framework: Framework;
  planSheet: string;
}

/** Checks the plan table a set-up made: one sync. */
export function checkPlan(host: ExcelHost, record: SetUpRecord): Promise<PlanCheck> {
  return host.run(async (context) => {
    // Our sheets, by id (they may have been renamed); a missing one is reported, not a failed sync.
    const [plan, units, frameworkSheet] = [record.plan, record.units, record.framework].map((ref) => queueGridValues(context, ref.id, { orNullObject: true }));
    await context.sync();
    const planGrid = gridOfValues(plan);
    if (!planGrid) throw new ExcelActionError("sheet-missing", record.plan.name);
    const frameworkGrid = gridOfValues(frameworkSheet);
    const framework = BUILT_IN_FRAMEWORKS[record.frameworkId] ?? (frameworkGrid ? readCustomFramework(frameworkGrid, "custom") : null);
    if (!framework) throw new ExcelActionError("sheet-missing", record.framework.name);
    const unitsGrid = gridOfValues(units);
    const unitList = unitsGrid ? unitListFromSheet(unitsGrid) : null;
    const validation = validatePlan(impose(planGrid, { framework }), { framework, units: unitList?.units, unitsSheet: unitList?.unitsSheet });
    return { validation, framework, planSheet: planGrid.sheet };
  });
}

/** Shows a cell: its sheet activated first (select() on another sheet fails otherwise). One sync. */
export function goToCell(host: ExcelHost, sheet: string, address: string): Promise<void> {
  return host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}

/**
 * Calls `onEdit` when the plan table's sheet changes (any co-author's edit included). The caller
 * debounces and must not open UI from it: every co-author receives the event. Returns a remover.
 */
export async function watchSheet(host: ExcelHost, sheetId: string, onEdit: () => void): Promise<() => Promise<void>> {
  const registration = await host.run(async (context) => {
    const handler = context.workbook.worksheets.getItem(sheetId).onChanged.add(async () => onEdit());
    await context.sync();
    return handler;
  });
  // A handler is removed through the context that added it.
  return async () => {
    registration.remove();
    await registration.context.sync().catch(() => undefined);
  };
}
