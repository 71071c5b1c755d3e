/**
 * One check round in Excel (the pane's 檢查計畫): read the plan table, the units sheet and, for a
 * custom framework, the framework sheet in one sync, and validate in the core. Reads only.
 * Also: go to a finding's cell, and watch the plan table for edits.
 */
import { BUILT_IN_FRAMEWORKS } from "../core/framework/catalog";
import { readCustomFramework } from "../core/framework/custom";
import type { Framework } from "../core/framework/types";
import { unitListFromSheet, validatePlan, type Validation } from "../core/checks";
import type { CellValue, Grid } from "../core/grid";
import { impose } from "../core/impose/impose";
import { ExcelActionError } from "./errors";
import type { ExcelHost } from "./host";
import type { SetUpRecord } from "./setUpRecord";

export interface PlanCheck {
  validation: Validation;
  framework: Framework;
  planSheet: string;
}

function queueSheetValues(context: Excel.RequestContext, id: string) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(id).load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex,rowCount,columnCount");
  return { sheet, used };
}

/** Values only: our sheets hold no merged cells (an Excel table cannot). */
function gridOf({ sheet, used }: ReturnType<typeof queueSheetValues>): Grid | null {
  if (sheet.isNullObject) return null;
  if (used.isNullObject) return { sheet: sheet.name, top: 0, left: 0, rowCount: 0, colCount: 0, values: [], merges: [] };
  return { sheet: sheet.name, top: used.rowIndex, left: used.columnIndex, rowCount: used.rowCount, colCount: used.columnCount, values: used.values as CellValue[][], merges: [] };
}

/** Checks the plan table a set-up made: one sync. */
export function checkPlan(host: ExcelHost, record: SetUpRecord): Promise<PlanCheck> {
  return host.run(async (context) => {
    const plan = queueSheetValues(context, record.plan.id);
    const units = queueSheetValues(context, record.units.id);
    const frameworkSheet = queueSheetValues(context, record.framework.id);
    await context.sync();
    const planGrid = gridOf(plan);
    if (!planGrid) throw new ExcelActionError("sheet-missing", record.plan.name);
    const frameworkGrid = gridOf(frameworkSheet);
    const framework = BUILT_IN_FRAMEWORKS[record.frameworkId] ?? (frameworkGrid ? readCustomFramework(frameworkGrid, "custom") : null);
    if (!framework) throw new ExcelActionError("sheet-missing", record.framework.name);
    const unitsGrid = gridOf(units);
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
