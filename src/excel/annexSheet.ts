/**
 * Step 3 in Excel: an annex table built from the plan table we set up, written print-ready to a
 * sheet of ours (計畫表（列印）, 附件一, 附件二) and activated. Building it again rewrites only our
 * sheet, found through our name for it; a sheet of the user's with the same name is left alone and
 * ours is called 「附件一（產製）」. Syncs: one to read, then the values in payload-sized chunks, the
 * last with the look, the page setup and the zoom read back (office-js#1860).
 */
import { ANNEX_SHEET_NAMES, buildAnnex, type AnnexKind } from "../core/annex/annexes";
import { suggestAnnexTitle, type AnnexTitle } from "../core/annex/annexTitle";
import { impose } from "../core/impose/impose";
import type { SheetRole } from "../core/workbook/ourSheets";
import type { Period } from "../core/results/resultsSheet";
import { chooseFramework, recordedFramework } from "../core/workflows/frameworkChoice";
import { compilePeriod, type PeriodCompiled } from "../core/workflows/results";
import { ExcelActionError } from "./errors";
import { withEventsOff } from "./events";
import type { ExcelHost } from "./host";
import { gridOfValues, queueGridValues } from "./readGrid";
import type { Framework } from "../core/framework/types";
import type { Plan } from "../core/plan";
import type { Grid } from "../core/grid";
import type { ResultRow } from "../core/results/resultsSheet";
import { unitListFromSheet } from "../core/workbook/unitsSheet";
import { KEY_FIELDS, queueExtent, readResultRows, rowsIn } from "./resultRows";
import { queueGeneratedSheet, writeGeneratedSheet } from "./generatedSheet";
import { queueRecordLoad, readRecord, type SetUpRecord } from "./setUpRecord";
import { fitKept } from "./writePrintedSheet";

export interface AnnexRequest extends AnnexTitle {
  kind: AnnexKind;
  font: string;
  /** 附件二 only: fill 執行成效 from the results sheet (成效填報) for this period. */
  period?: Period;
}

export interface AnnexWritten {
  sheet: string;
  measures: number;
  /** Pages as laid out (A4, one page wide). */
  pages: number;
  /** False when Excel did not keep fit-to-one-page-wide (office-js#1860). */
  fitKept: boolean;
  /** With a period: what was compiled (who has not reported, the figures, the targets, the findings). */
  compiled?: PeriodCompiled;
}

const ROLE_OF: Record<AnnexKind, SheetRole> = { plan: "annexPlan", measures: "annexMeasures", results: "annexResults" };

/** The agency and year the source sheet's title suggests, for the step's fields: one sync. */
export function suggestAnnexFields(host: ExcelHost, record: SetUpRecord): Promise<AnnexTitle> {
  return host.run(async (context) => {
    const source = record.source.id ? queueGridValues(context, record.source.id, { orNullObject: true }) : null;
    await context.sync();
    const grid = gridOfValues(source);
    if (!grid || grid.rowCount === 0) return { agency: "", year: null };
    try {
      return suggestAnnexTitle(grid, impose(grid, { framework: chooseFramework({ kind: "detect" }, grid) }));
    } catch {
      return { agency: "", year: null }; // a source that no longer reads as a plan suggests nothing
    }
  });
}

/** Progress in syncs: `done` of `total`, after each. */
export type AnnexProgress = (p: { done: number; total: number }) => void;

/** What an annex is built from, read from our sheets: the plan (with the period's results for 附件二), its framework, the units. */
export interface AnnexSource {
  /** The plan table as read. */
  planTable: Grid;
  plan: Plan;
  framework: Framework;
  units: string[] | undefined;
  compiled?: PeriodCompiled;
  /** The results sheet's rows for the period, when 附件二 was compiled from it. */
  results?: { sheet: string; rows: ResultRow[]; period: Period };
}

/**
 * Reads the plan table, the framework and units sheets and, for 附件二 with a period, the results sheet
 * (only the columns compiling needs, in bands under the payload cap): one sync, two when compiling.
 * `queueMore` adds loads to the first sync (writeAnnex reads the record there).
 */
export async function readAnnexSource(
  context: Excel.RequestContext,
  record: SetUpRecord,
  request: Pick<AnnexRequest, "kind" | "period">,
  sync: () => Promise<void>,
): Promise<AnnexSource> {
  const [plan, frameworkSheet, unitsSheet] = [record.plan, record.framework, record.units].map((ref) =>
    ref.id ? queueGridValues(context, ref.id, { orNullObject: true }) : null,
  );
  const compiling = request.kind === "results" && request.period !== undefined;
  const resultsSheet =
    compiling && record.results?.id ? context.workbook.worksheets.getItemOrNullObject(record.results.id).load("name") : null;
  const extent = resultsSheet ? queueExtent(resultsSheet) : null;
  await sync();
  const planGrid = gridOfValues(plan);
  if (!planGrid) throw new ExcelActionError("sheet-missing", record.plan.name);
  const framework = recordedFramework(record.frameworkId, gridOfValues(frameworkSheet));
  if (!framework) throw new ExcelActionError("sheet-missing", record.framework.name);
  const unitsGrid = gridOfValues(unitsSheet);
  const units = unitsGrid ? unitListFromSheet(unitsGrid).units : undefined;
  const imposed = impose(planGrid, { framework });
  if (!compiling) return { planTable: planGrid, plan: imposed, framework, units };
  const found = resultsSheet && !resultsSheet.isNullObject ? resultsSheet : null;
  const rows = found
    ? await readResultRows(found, [...KEY_FIELDS, "status", "result", "figure"], { from: 0, to: rowsIn(extent!) }, sync)
    : [];
  const compiled = compilePeriod(imposed, framework, rows, request.period!, found ? found.name : undefined);
  return {
    planTable: planGrid,
    plan: compiled.plan,
    framework,
    units,
    compiled,
    ...(found ? { results: { sheet: found.name, rows, period: request.period! } } : {}),
  };
}

export function writeAnnex(host: ExcelHost, record: SetUpRecord, request: AnnexRequest, onProgress?: AnnexProgress): Promise<AnnexWritten> {
  return host.run(async (context) => {
    let done = 0;
    const sync = async (total: number) => {
      await context.sync();
      onProgress?.({ done: ++done, total });
    };
    const queued = queueRecordLoad(context);
    const compiling = request.kind === "results" && request.period !== undefined;
    const { plan: planned, framework, compiled } = await readAnnexSource(context, record, request, () => sync(compiling ? 3 : 2));
    const spec = buildAnnex(request.kind, planned, framework, request);

    const target = queueGeneratedSheet(context, queued, readRecord(queued), ROLE_OF[request.kind], ANNEX_SHEET_NAMES[request.kind]);
    return withEventsOff(context, async () => {
      const layout = await writeGeneratedSheet(context, target, spec, sync, 1, () => target.sheet.pageLayout.load("zoom"));
      return {
        sheet: target.name,
        measures: spec.rows.length - spec.print!.titleRows - 1,
        pages: spec.print!.pageBreaks.length + 1,
        fitKept: fitKept(layout),
        ...(compiled ? { compiled } : {}),
      };
    });
  });
}
