/** Reading a workbook file and imposing the plan on the chosen (or the first plan-like) sheet. */
import * as fs from "fs";
import * as path from "path";
import { BUILT_IN_FRAMEWORKS } from "../core/framework/catalog";
import type { Framework } from "../core/framework/types";
import type { Grid } from "../core/grid";
import type { ChosenColumns } from "../core/impose/columns";
import { impose } from "../core/impose/impose";
import { ImposeError } from "../core/impose/errors";
import type { Mappings } from "../core/impose/mappings";
import { MAPPINGS_SHEET, readMappings } from "../core/workbook/mappingsSheet";
import type { Plan } from "../core/plan";
import { chooseFramework, readPlan, type FrameworkSource } from "../core/workflows/frameworkChoice";
import { readWorkbook, type WorkbookGrids } from "../files/xlsxRead";
import { WorkbookReadError } from "../files/errors";
import { RESULTS_SHEET } from "../core/results/resultsSheet";
import { FRAMEWORK_SHEET } from "../core/workbook/frameworkSheet";
import { frameworkKeptIn } from "../core/workbook/keptFramework";
import { PLAN_TABLE_SHEET } from "../core/workbook/planTable";
import { UsageError } from "./args";

export async function readWorkbookFile(file: string): Promise<WorkbookGrids> {
  const label = `「${path.basename(file)}」`;
  let bytes: Uint8Array;
  try {
    // A named pipe or a device (/dev/zero) would be read forever: only a regular file is read.
    const stat = fs.statSync(file);
    if (!stat.isFile() && !stat.isDirectory()) throw new WorkbookReadError(`${label}不是一般檔案（例如管線或裝置），無法當作活頁簿讀取。`);
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(
      code === "ENOENT" ? `找不到檔案${label}。` : code === "EISDIR" ? `${label}是資料夾，不是檔案。` : `無法讀取檔案${label}（${code}）。`,
    );
  }
  return readWorkbook(bytes, label);
}

/**
 * `--framework kaohsiung|vac|FILE` (FILE: an .xlsx whose first sheet is a framework sheet), read
 * once; absent, each sheet's own header decides, and a plan no built-in framework fits is read
 * against its own pillars and focus points (readPlan).
 */
export async function planReader(
  option: string | undefined,
): Promise<(grid: Grid, columns?: ChosenColumns, mappings?: Mappings) => { framework: Framework; plan: Plan }> {
  if (option === undefined) return (grid, columns, mappings) => readPlan({ kind: "detect" }, grid, columns, mappings);
  if (BUILT_IN_FRAMEWORKS[option]) return (grid, columns, mappings) => readPlan({ kind: "builtin", id: option }, grid, columns, mappings);
  if (!/\.xlsx$/i.test(option)) throw new UsageError(`不認得架構「${option}」：請用 kaohsiung、vac，或一個含架構工作表的 .xlsx 檔。`);
  const custom: FrameworkSource = { kind: "custom", grid: (await readWorkbookFile(option)).sheets[0] };
  const framework = chooseFramework(custom, custom.grid);
  return (grid, columns, mappings) => ({ framework, plan: impose(grid, { framework, columns, mappings }) });
}

/** The mappings the pane remembered (the sheet 對照表, its name compared as Excel does), if the workbook keeps any. */
export function workbookMappings(wb: WorkbookGrids): Mappings | undefined {
  const grid = wb.sheets.find((s) => s.sheet.toLowerCase() === MAPPINGS_SHEET.toLowerCase());
  return grid ? readMappings(grid) : undefined;
}

/** `--measure-column C`: the measures' column, when detection cannot tell. */
export function chosenColumns(measureColumn: string | undefined): ChosenColumns {
  if (measureColumn === undefined) return {};
  if (!/^[A-Za-z]{1,3}$/.test(measureColumn))
    throw new UsageError(`--measure-column 要一個欄名，例如 --measure-column C（收到「${measureColumn}」）。`);
  return { measure: measureColumn.toUpperCase() };
}

/** Which sheets may hold the plan when none is named: those tried first, those never tried. */
export interface PlanSheetChoice {
  /** Tried before the others, when present and visible (our plan table, 計畫表, in a workbook set up). */
  prefer?: readonly string[];
  /** Never taken for the plan, besides the results sheet (成效填報), which never is: its columns would read as a plan. */
  skip?: readonly string[];
}

export async function loadPlan(
  file: string,
  sheetName: string | undefined,
  frameworkOption: string | undefined,
  columns: ChosenColumns = {},
  choice: PlanSheetChoice = {},
) {
  const wb = await readWorkbookFile(file);
  const detected = await planReader(frameworkOption);
  // Our plan table, no framework named: the framework sheet kept beside it says which framework it follows
  // (its canonical header cannot tell a VAC plan from Kaohsiung's), as the user may have edited it.
  const kept = wb.sheets.find((s) => s.sheet === FRAMEWORK_SHEET);
  const read: typeof detected =
    frameworkOption === undefined && kept && !wb.refused[FRAMEWORK_SHEET]
      ? (grid, columns, mappings) => {
          if (grid.sheet !== PLAN_TABLE_SHEET) return detected(grid, columns, mappings);
          const framework = frameworkKeptIn(kept);
          return { framework, plan: impose(grid, { framework, columns, mappings }) };
        }
      : detected;
  // The mappings the pane remembered apply here too, so a file from the pane maps the same way.
  const mappings = workbookMappings(wb);
  const skip = [RESULTS_SHEET, MAPPINGS_SHEET, ...(choice.skip ?? [])];
  const label = path.basename(file);
  if (sheetName !== undefined) {
    const grid = wb.sheets.find((s) => s.sheet === sheetName);
    if (!grid) throw new UsageError(`「${label}」沒有名為「${sheetName}」的工作表（有：${wb.names.join("、")}）。`);
    if (wb.refused[sheetName]) throw new WorkbookReadError(wb.refused[sheetName]);
    return { wb, grid, mappings, ...read(grid, columns, mappings) };
  }
  // No sheet named: the first visible sheet that holds a plan table (a preferred one first, skipped ones never).
  const visible = wb.sheets.filter((s) => !wb.hidden.includes(s.sheet) && !skip.includes(s.sheet));
  const preferred = (choice.prefer ?? []).flatMap((name) => visible.filter((s) => s.sheet === name));
  let firstError: ImposeError | undefined;
  for (const grid of [...preferred, ...visible.filter((s) => !preferred.includes(s))]) {
    try {
      return { wb, grid, mappings, ...read(grid, columns, mappings) };
    } catch (e) {
      if (!(e instanceof ImposeError)) throw e;
      firstError ??= e;
    }
  }
  const refused = Object.values(wb.refused)[0];
  const skipped = wb.names.filter((n) => skip.includes(n));
  throw firstError && !refused
    ? firstError
    : refused
      ? new WorkbookReadError(refused)
      : skipped.length > 0
        ? new WorkbookReadError(`「${label}」除了「${skipped.join("」、「")}」之外沒有其他工作表，找不到計畫表。`)
        : new WorkbookReadError(`「${label}」沒有任何工作表。`);
}
