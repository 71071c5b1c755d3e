/**
 * Step 5 in Excel: what an export publishes, read and checked; nothing in the workbook is written.
 * The annex is built from our sheets as step 3 builds it (the plan table, the framework, and for 附件二
 * the period's results), and the pre-publication check runs on it: personal data, formula-like text,
 * results missing, plan errors still open, and on the plan table itself its formulas, hidden rows and
 * columns and comments. Two syncs, three for 附件二 with a period, one more when the plan table has comments.
 */
import { buildAnnex, type AnnexKind } from "../core/annex/annexes";
import type { Finding } from "../core/checks/finding";
import { RESULTS_SHEET, type Period } from "../core/results/resultsSheet";
import { resultRowsBeside } from "../core/workflows/results";
import type { SheetSpec } from "../core/sheetSpec";
import type { Grid } from "../core/grid";
import { publishedSheetOf, sourceSheetOf } from "../core/publish/publishedSheet";
import { prePublicationCheck } from "../core/workflows/prePublication";
import { readAnnexSource, type AnnexRequest, type AnnexSource } from "./annexSheet";
import type { ExcelHost } from "./host";
import { queueSheetFacts, sheetFactsOf, type SheetFacts } from "./sheetFacts";
import type { SetUpRecord } from "./setUpRecord";

export interface ExportRequest extends Omit<AnnexRequest, "period"> {
  kind: AnnexKind;
  period?: Period;
}

export interface ExportPrepared extends AnnexSource {
  spec: SheetSpec;
  request: ExportRequest;
  /** publish/* findings: the user fixes them, or exports anyway. */
  findings: Finding[];
}

export function prepareExport(host: ExcelHost, record: SetUpRecord, request: ExportRequest): Promise<ExportPrepared> {
  return host.run(async (context) => {
    const source = await readAnnexSource(context, record, request, () => context.sync());
    const spec = buildAnnex(request.kind, source.plan, source.framework, request);
    // The plan table's formulas, hidden rows and columns and comments: one more sync, two with comments.
    const queued = queueSheetFacts(context.workbook.worksheets.getItem(record.plan.id!), host.isSetSupported); // read above: it is there
    await context.sync();
    const facts = await sheetFactsOf(queued, () => context.sync());
    // 附件二: who has not reported, from the results sheet, else from the results typed beside the plan.
    const results =
      source.results ??
      (request.kind === "results" && request.period
        ? { sheet: RESULTS_SHEET, rows: resultRowsBeside(source.plan, source.units ?? [], request.period), period: request.period }
        : undefined);
    const findings = prePublicationCheck(publishedSheetOf(spec), source.plan, source.framework, {
      ...(source.units ? { units: source.units } : {}),
      ...(results ? { results } : {}),
      from: sourceSheetOf(withFacts(source.planTable, facts), source.plan),
    });
    return { ...source, spec, request, findings };
  });
}

/** The plan table's Grid with what sheetFacts read of it, in the Grid's terms (rows and columns relative to it). */
function withFacts(grid: Grid, facts: SheetFacts): Grid {
  return {
    ...grid,
    hiddenRows: facts.hiddenRows.filter((r) => r >= grid.top && r < grid.top + grid.rowCount).map((r) => r - grid.top),
    hiddenColumns: facts.hiddenColumns.filter((c) => c >= grid.left && c < grid.left + grid.colCount).map((c) => c - grid.left),
    formulaCells: facts.formulaCells,
    comments: facts.comments,
  };
}
