/**
 * One check round in Excel (the pane's 檢查計畫): read the plan table, the units sheet and, for a
 * custom framework, the framework sheet in one sync, and validate in the core; then bring the
 * problem-cell highlights up to date (read the rules in a second sync, write what changed in a
 * third, skipped when nothing did). Cell values are never written.
 * Also: go to a finding's cell, and watch the plan table for edits.
 */
import type { Validation } from "../core/checks";
import { highlightsOf } from "../core/checks/highlights";
import type { Framework } from "../core/framework/types";
import { parseA1, type CellValue, type Grid } from "../core/grid";
import { checkPlanTable } from "../core/workflows/check";
import { recordedFramework } from "../core/workflows/frameworkChoice";
import { ExcelActionError, excelProblemOf, type ExcelProblem } from "./errors";
import type { ExcelHost } from "./host";
import { queueHighlightChanges, queueRulesLoad } from "./highlights";
import { gridOfValues, queueGridValues } from "./readGrid";
import type { SetUpRecord } from "./setUpRecord";

export interface PlanCheck {
  validation: Validation;
  framework: Framework;
  planSheet: string;
  /** Problem cells highlighted in the sheets (0 when highlighting is off). */
  highlighted: number;
  /** More problem cells than HIGHLIGHT_LIMIT: only the first ones are highlighted. */
  highlightsCapped: boolean;
  /** Why the highlights could not be drawn (the findings are still right). */
  highlightProblem?: ExcelProblem;
}

export interface CheckOptions {
  /** Highlight problem cells in the sheets (false: remove our highlights). Default true. */
  highlight?: boolean;
}

/** Checks the plan table a set-up made: two syncs, three when the highlights change (a fourth and fifth after a co-author's race). */
export function checkPlan(host: ExcelHost, record: SetUpRecord, options: CheckOptions = {}): Promise<PlanCheck> {
  return host.run(async (context) => {
    // Our sheets, by this session's id (they may have been renamed); a missing one is reported, not a failed sync.
    const [plan, units, frameworkSheet] = [record.plan, record.units, record.framework].map((ref) =>
      ref.id ? queueGridValues(context, ref.id, { orNullObject: true }) : null,
    );
    await context.sync();
    const planGrid = gridOfValues(plan);
    if (!planGrid) throw new ExcelActionError("sheet-missing", record.plan.name);
    const framework = recordedFramework(record.frameworkId, gridOfValues(frameworkSheet));
    if (!framework) throw new ExcelActionError("sheet-missing", record.framework.name);
    const unitsGrid = gridOfValues(units);
    const validation = checkPlanTable(planGrid, unitsGrid, framework);

    // Highlights live on the plan table and the units sheet (the sheets findings point at).
    const sheets = [{ grid: planGrid, queued: plan! }, ...(unitsGrid ? [{ grid: unitsGrid, queued: units! }] : [])];
    const grids = new Map(sheets.map((s) => [s.grid.sheet, s.grid]));
    const { highlights, capped } =
      options.highlight === false
        ? { highlights: [], capped: false }
        : highlightsOf(validation.findings, [...grids.keys()], (sheet, cell) => valueAt(grids.get(sheet), cell));
    const drawHighlights = async () => {
      const rules = sheets.map((s) => queueRulesLoad(s.queued.sheet));
      // Some rules of a user's make the load itself fail (office-js#6827: two cellValue rules on one
      // table column; #6835: a duplicated rule): only the highlights are lost, and the pane says why.
      await context
        .sync()
        .catch((e) =>
          Promise.reject(excelProblemOf(e) === "sheet-missing" ? e : new ExcelActionError("rules-unreadable", planGrid.sheet, String(e))),
        );
      const changed = sheets.reduce(
        (n, s, i) =>
          n +
          queueHighlightChanges(
            rules[i],
            highlights.filter((h) => h.sheet === s.grid.sheet),
          ),
        0,
      );
      if (changed > 0) await context.sync();
    };
    const checked = { validation, framework, planSheet: planGrid.sheet, highlighted: highlights.length, highlightsCapped: capped };
    try {
      // A co-author's pane may have removed a rule between our read and our write: read again, once.
      await drawHighlights().catch((e) => (excelProblemOf(e) === "sheet-missing" ? drawHighlights() : Promise.reject(e)));
      return checked;
    } catch (e) {
      // The findings stand even when the sheet refuses highlights (protected, say).
      return { ...checked, highlighted: 0, highlightProblem: excelProblemOf(e) };
    }
  });
}

/** A cell's value in a sheet read as a grid (null outside its used range); undefined when not read. */
function valueAt(grid: Grid | undefined, cell: string): CellValue | undefined {
  const at = parseA1(cell);
  if (!grid || !at) return undefined;
  return grid.values[at.row - grid.top]?.[at.col - grid.left] ?? null;
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
  // A handler is removed in a batch of the context that added it (office-js-docs-reference#730).
  return () =>
    host.runIn(registration.context as Excel.RequestContext, async (context) => {
      registration.remove();
      await context.sync();
    });
}
