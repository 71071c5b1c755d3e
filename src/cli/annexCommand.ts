/**
 * `service-plan annex`: one annex table (the plan table, 附件一, 附件二) of any workbook impose reads,
 * written print-ready to a new workbook; the input is never changed. The title options and the writing
 * are shared with `results`, which writes 附件二 compiled for a period.
 */
import * as path from "path";
import { ANNEX_KINDS, buildAnnex, DEFAULT_ANNEX_FONT, type AnnexKind, type AnnexOptions } from "../core/annex/annexes";
import { suggestAnnexTitleIn } from "../core/annex/annexTitle";
import type { Framework } from "../core/framework/types";
import type { Grid } from "../core/grid";
import type { Locale } from "../core/locale";
import type { Plan } from "../core/plan";
import { writeWorkbook } from "../files/xlsxWrite";
import { languageOption, UsageError, stringValues } from "./args";
import { chosenColumns, loadPlan } from "./loadPlan";
import { checkOutputPath, writeOutput } from "./outputFile";
import { yearOption } from "./yearOptions";
import type { Io } from "./main";

const KIND_NAMES: Record<AnnexKind, { zh: string; en: string }> = {
  plan: { zh: "計畫表", en: "the plan table" },
  measures: { zh: "附件一 具體作法", en: "annex 1, the measures" },
  results: { zh: "附件二 執行成效一覽表", en: "annex 2, the results table" },
};

/** `--agency`, `--year`, `--font` as given (checked before any work); what is not given is suggested later. */
export interface TitleOptions {
  agency?: string;
  year?: number;
  font: string;
}

export function titleOptions(options: Record<string, string | true>): TitleOptions {
  const str = stringValues(options);
  const year = yearOption(options, 115);
  const font = str("font");
  if (font !== undefined && (font.trim() === "" || font.length > 31))
    throw new UsageError(`--font 要一個字型名稱，最多 31 個字（Excel 的上限），收到「${font}」。`);
  const agency = str("agency");
  return {
    ...(agency !== undefined ? { agency } : {}),
    ...(year !== undefined ? { year } : {}),
    font: font ?? DEFAULT_ANNEX_FONT,
  };
}

/** The annex's title: what the options say, else what the workbook's titles suggest. */
export function annexTitle(given: TitleOptions, sheets: readonly Grid[], grid: Grid, plan: Plan): Required<AnnexOptions> {
  const suggested = suggestAnnexTitleIn(sheets, grid, plan);
  return { agency: given.agency ?? suggested.agency, year: given.year ?? suggested.year, font: given.font };
}

/** Builds the annex, writes it to `out` alone in a new workbook, and says so (and, on stderr, a missing agency). */
export async function writeAnnexFile(
  kind: AnnexKind,
  plan: Plan,
  framework: Framework,
  title: Required<AnnexOptions>,
  out: string,
  file: string,
  language: Locale,
): Promise<{ said: string; warning: string | null }> {
  const spec = buildAnnex(kind, plan, framework, title);
  writeOutput(out, await writeWorkbook([spec]));
  const pages = (spec.print?.pageBreaks.length ?? 0) + 1;
  const name = KIND_NAMES[kind];
  const heading = String(spec.rows[spec.print!.titleRows - 1][0]);
  const said =
    language === "en"
      ? `Wrote ${out}: ${name.en}, ${plan.measures.length} measures, about ${pages} A4 page(s), font ${title.font}; title "${heading}". Open it and print (one page wide, the header row on every page).`
      : `已寫出 ${out}：${name.zh}，${plan.measures.length} 項作法，約 ${pages} 頁 A4，字型 ${title.font}；標題「${heading}」。開啟後直接列印即可（寬度一頁、每頁重複表頭）。`;
  const warning = title.agency
    ? null
    : language === "en"
      ? `The agency's name could not be found in ${path.basename(file)}: give it with --agency.`
      : `在「${path.basename(file)}」找不到機關名稱：請用 --agency 指定。`;
  return { said, warning };
}

export async function annexCommand(positional: string[], options: Record<string, string | true>, io: Io): Promise<number> {
  const file = positional[0];
  if (!file) throw new UsageError("請指定活頁簿檔案，例如 service-plan annex 計畫.xlsx --kind measures --out 附件一.xlsx");
  const str = stringValues(options);
  const language = languageOption(options);
  const kind = str("kind") ?? "plan";
  if (!ANNEX_KINDS.includes(kind as AnnexKind))
    throw new UsageError(`--kind 要 plan（計畫表）、measures（附件一）或 results（附件二），收到「${kind}」。`);
  const out = str("out");
  if (out === undefined) throw new UsageError("請用 --out 指定要寫出的 .xlsx 檔名，例如 --out 附件一.xlsx");
  checkOutputPath("--out", out, file);
  const given = titleOptions(options);

  const { wb, grid, framework, plan } = await loadPlan(file, str("sheet"), str("framework"), chosenColumns(str("measure-column")));
  const written = await writeAnnexFile(kind as AnnexKind, plan, framework, annexTitle(given, wb.sheets, grid, plan), out, file, language);
  io.out(written.said);
  if (written.warning) io.err(written.warning);
  return 0;
}
