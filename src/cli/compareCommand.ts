/**
 * `service-plan compare`: two years' plans side by side: measures added, dropped, reworded, moved, units
 * changed, focus points covered in one year and not the other, the year and the results. Prints each
 * difference once; `--json` as data; `--out` writes the 比較 sheet to a new workbook. Inputs never change.
 * Exit 0 whatever the differences (they are not errors).
 */
import * as path from "path";
import { changeMessage } from "../core/changes";
import type { Locale } from "../core/locale";
import { COMPARE_KINDS, compareYears, measuresWithResults, type Comparison } from "../core/yearOver/compare";
import { compareKindName, compareSheetSpec } from "../core/yearOver/compareSheet";
import { writeWorkbook } from "../files/xlsxWrite";
import { languageOption, UsageError } from "./args";
import { checkOutputPath, writeOutput } from "./outputFile";
import { loadYear } from "./yearOptions";
import type { Io } from "./main";

const TEXT = {
  "zh-TW": {
    noFiles: "請指定兩個年度的活頁簿，例如 service-plan compare 115年計畫.xlsx 116年計畫.xlsx",
    side: (file: string, year: number | null, n: number) => `${file}（${year === null ? "年度不明" : `${year}年度`}，${n} 項作法）`,
    heading: (a: string, b: string) => `比較 ${a} → ${b}`,
    none: "沒有差異。",
    counts: (parts: string[]) => `差異 ${parts.join("、")}`,
    count: (kind: string, n: number) => `${kind} ${n}`,
    wrote: (out: string) => `已寫出 ${out}（比較工作表）。`,
  },
  en: {
    noFiles: "Give two years' workbooks, e.g. service-plan compare plan115.xlsx plan116.xlsx",
    side: (file: string, year: number | null, n: number) => `${file} (${year === null ? "year unknown" : `year ${year}`}, ${n} measures)`,
    heading: (a: string, b: string) => `Comparing ${a} → ${b}`,
    none: "No differences.",
    counts: (parts: string[]) => `Differences: ${parts.join(", ")}`,
    count: (kind: string, n: number) => `${kind} ${n}`,
    wrote: (out: string) => `Wrote ${out} (the comparison sheet).`,
  },
} satisfies Record<Locale, unknown>;

export function comparisonToJson(files: [string, string], sheets: [string, string], comparison: Comparison, language: Locale) {
  const counts = Object.fromEntries(
    COMPARE_KINDS.map((k) => [k, comparison.differences.filter((d) => d.kind === k).length]).filter(([, n]) => n !== 0),
  );
  return {
    before: { file: files[0], sheet: sheets[0], ...comparison.before },
    after: { file: files[1], sheet: sheets[1], ...comparison.after },
    counts,
    differences: comparison.differences.map((d) => ({ kind: d.kind, cell: d.cell, params: d.params, message: changeMessage(d, language) })),
  };
}

export async function compareCommand(positional: string[], options: Record<string, string | true>, io: Io): Promise<number> {
  const language = languageOption(options);
  const t = TEXT[language];
  const [oldFile, newFile] = positional;
  if (!oldFile || !newFile) throw new UsageError(t.noFiles);
  if (positional.length > 2) throw new UsageError(`${t.noFiles}（${positional.length}）`);
  const out = typeof options.out === "string" ? options.out : undefined;
  if (out !== undefined) {
    checkOutputPath("--out", out, oldFile);
    checkOutputPath("--out", out, newFile);
  }

  const year = async (file: string) => {
    const y = await loadYear(file, options, language);
    return { ...y, results: measuresWithResults(y.plan, y.resultRows) };
  };
  const [before, after] = [await year(oldFile), await year(newFile)];
  const comparison = compareYears(before, after);
  if (out !== undefined) writeOutput(out, await writeWorkbook([compareSheetSpec(comparison, language)]));

  const files: [string, string] = [path.basename(oldFile), path.basename(newFile)];
  if (options.json) io.out(JSON.stringify(comparisonToJson(files, [before.grid.sheet, after.grid.sheet], comparison, language), null, 2));
  else {
    const sides = [comparison.before, comparison.after].map((s, i) => t.side(files[i], s.year, s.measures));
    io.out(t.heading(sides[0], sides[1]));
    const byKind = COMPARE_KINDS.map((k) => [k, comparison.differences.filter((d) => d.kind === k).length] as const).filter(
      ([, n]) => n > 0,
    );
    io.out(byKind.length === 0 ? t.none : t.counts(byKind.map(([k, n]) => t.count(compareKindName(k, language), n))));
    for (const d of comparison.differences) io.out(`  ${d.cell.padEnd(8)} ${changeMessage(d, language)}`);
    if (out !== undefined) io.out(t.wrote(out));
  }
  return 0;
}
