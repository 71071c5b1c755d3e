/**
 * Step 5 in Excel: what an export publishes, read and checked; nothing in the workbook is written.
 * The annex is built from our sheets as step 3 builds it (the plan table, the framework, and for 附件二
 * the period's results), and the pre-publication check runs on it: personal data, formula-like text,
 * results missing, plan errors still open. One sync, two for 附件二 with a period.
 */
import { buildAnnex, type AnnexKind } from "../core/annex/annexes";
import type { Finding } from "../core/checks/finding";
import { RESULTS_SHEET, type Period } from "../core/results/resultsSheet";
import { resultRowsBeside } from "../core/workflows/results";
import type { SheetSpec } from "../core/sheetSpec";
import { publishedSheetOf } from "../core/publish/publishedSheet";
import { prePublicationCheck } from "../core/workflows/prePublication";
import { readAnnexSource, type AnnexRequest, type AnnexSource } from "./annexSheet";
import type { ExcelHost } from "./host";
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
    // 附件二: who has not reported, from the results sheet, else from the results typed beside the plan.
    const results =
      source.results ??
      (request.kind === "results" && request.period
        ? { sheet: RESULTS_SHEET, rows: resultRowsBeside(source.plan, source.units ?? [], request.period), period: request.period }
        : undefined);
    const findings = prePublicationCheck(publishedSheetOf(spec), source.plan, source.framework, {
      ...(source.units ? { units: source.units } : {}),
      ...(results ? { results } : {}),
    });
    return { ...source, spec, request, findings };
  });
}
