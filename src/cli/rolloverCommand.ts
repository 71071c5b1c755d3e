/**
 * `service-plan rollover`: next year's plan started from this one, written to a new workbook (the plan
 * table, units, framework and the title, the year moved); the input is never changed. Prints what was
 * changed: the year, the title, results cleared, deadlines moved, wording taken from the framework.
 */
import * as path from "path";
import { changeMessage, type Change } from "../core/changes";
import type { Locale } from "../core/locale";
import { suggestUnits, UNITS_SHEET, unitsOnSheet } from "../core/workbook/unitsSheet";
import { rollOver, type RollOver } from "../core/yearOver/rollOver";
import { writeWorkbook } from "../files/xlsxWrite";
import { languageOption, UsageError } from "./args";
import { checkOutputPath, writeOutput } from "./outputFile";
import { notableChanges } from "./report";
import { loadYear, yearOption } from "./yearOptions";
import type { Io } from "./main";

const TEXT = {
  "zh-TW": {
    noFile: "請指定去年度的活頁簿，例如 service-plan rollover 115年計畫.xlsx --out 116年計畫.xlsx",
    noOut: "請用 --out 指定新年度活頁簿的檔名，例如 --out 116年計畫.xlsx（輸入檔不會被修改）。",
    noYear: (file: string) => `在「${file}」的標題找不到計畫年度：請用 --year 指定新年度（民國年），例如 --year 116。`,
    notLater: (file: string, from: number, to: number) =>
      `--year ${to} 不在「${file}」的計畫年度 ${from} 之後：請給新年度，例如 --year ${from + 1}。`,
    wrote: (out: string, from: number | null, to: number, n: number, sheets: string[]) =>
      `已寫出 ${out}：${from === null ? "" : `${from}年度 → `}${to}年度，${n} 項作法（編號不變），工作表：${sheets.join("、")}。輸入檔不變。`,
    changes: (n: number) => `調整紀錄 ${n} 筆：`,
    read: (file: string, n: number) => `讀取「${file}」時請注意 ${n} 筆：`,
  },
  en: {
    noFile: "Give last year's workbook, e.g. service-plan rollover plan115.xlsx --out plan116.xlsx",
    noOut: "Give the new year's workbook with --out, e.g. --out plan116.xlsx (the input is never changed).",
    noYear: (file: string) => `The title of "${file}" names no year: give the new year (ROC) with --year, e.g. --year 116.`,
    notLater: (file: string, from: number, to: number) =>
      `--year ${to} is not after the year of "${file}", ${from}: give the new year, e.g. --year ${from + 1}.`,
    wrote: (out: string, from: number | null, to: number, n: number, sheets: string[]) =>
      `Wrote ${out}: ${from === null ? "" : `year ${from} → `}${to} (ROC), ${n} measures (ids kept), sheets: ${sheets.join(", ")}. The input is unchanged.`,
    changes: (n: number) => `${n} change${n === 1 ? "" : "s"}:`,
    read: (file: string, n: number) => `Reading "${file}", ${n} thing${n === 1 ? "" : "s"} to look at:`,
  },
} satisfies Record<Locale, unknown>;

const asJson = (language: Locale) => (c: Change) => ({ kind: c.kind, cell: c.cell, params: c.params, message: changeMessage(c, language) });

export function rollOverToJson(
  file: string,
  out: string,
  from: number | null,
  to: number,
  rolled: RollOver,
  language: Locale,
  read: readonly Change[] = [],
) {
  return {
    file,
    out,
    from,
    to,
    measures: rolled.plan.measures.length,
    sheets: rolled.sheets.map((s) => s.name),
    /** What reading last year's plan did that a reader should look at (impose's notable changes). */
    read: read.map(asJson(language)),
    changes: rolled.changes.map(asJson(language)),
  };
}

export async function rolloverCommand(positional: string[], options: Record<string, string | true>, io: Io): Promise<number> {
  const language = languageOption(options);
  const t = TEXT[language];
  const file = positional[0];
  if (!file) throw new UsageError(t.noFile);
  const out = typeof options.out === "string" ? options.out : undefined;
  if (out === undefined) throw new UsageError(t.noOut);
  checkOutputPath("--out", out, file);
  const given = yearOption(options);

  const { wb, grid, framework, plan, year: from, resultsSheet } = await loadYear(file, options, language);
  const to = given ?? (from === null ? null : from + 1);
  if (to === null) throw new UsageError(t.noYear(path.basename(file)));
  if (from !== null && to <= from) throw new UsageError(t.notLater(path.basename(file), from, to));
  const unitsGrid = wb.sheets.find((s) => s.sheet === UNITS_SHEET);
  const listed = unitsGrid ? unitsOnSheet(unitsGrid) : [];
  const units = listed.length > 0 ? listed : suggestUnits(plan);
  const rolled = rollOver({ sheets: wb.sheets, grid, plan, framework, units, resultsSheet, from, to });
  writeOutput(out, await writeWorkbook(rolled.sheets));

  const read = notableChanges(plan);
  if (options.json) io.out(JSON.stringify(rollOverToJson(path.basename(file), out, from, to, rolled, language, read), null, 2));
  else {
    io.out(
      t.wrote(
        out,
        from,
        to,
        rolled.plan.measures.length,
        rolled.sheets.map((s) => s.name),
      ),
    );
    if (read.length > 0) {
      io.out(t.read(path.basename(file), read.length));
      for (const c of read) io.out(`  ${c.cell.padEnd(8)} ${changeMessage(c, language)}`);
    }
    io.out(t.changes(rolled.changes.length));
    for (const c of rolled.changes) io.out(`  ${c.cell.padEnd(8)} ${changeMessage(c, language)}`);
  }
  return 0;
}
