/**
 * `service-plan compare`: two years' plans side by side: measures added, dropped, reworded, moved, units
 * changed, focus points covered in one year and not the other, the year and the results. Prints each
 * difference once; `--json` as data; `--out` writes the 比較 sheet to a new workbook. Inputs never change.
 * Exit 0 whatever the differences (they are not errors).
 */
import * as path from "path";
import { changeMessage } from "../core/changes";
import type { Locale } from "../core/locale";
import { COMPARE_KINDS, compareYears, differenceSide, measuresWithResults, type Comparison } from "../core/yearOver/compare";
import { compareKindName, compareSheetSpec } from "../core/yearOver/compareSheet";
import { writeWorkbook } from "../files/xlsxWrite";
import { languageOption, UsageError } from "./args";
import { checkOutputPath, sameFile, writeOutput } from "./outputFile";
import { loadYear } from "./yearOptions";
import type { Io } from "./main";

const TEXT = {
  "zh-TW": {
    noFiles: "請指定兩個年度的活頁簿，例如 service-plan compare 115年計畫.xlsx 116年計畫.xlsx",
    tooMany: (n: number) => `compare 只比較兩個活頁簿，收到 ${n} 個：例如 service-plan compare 115年計畫.xlsx 116年計畫.xlsx`,
    note: (text: string) => `注意：${text}`,
    sameFile: "兩個檔案是同一個檔案，沒有差異可比。",
    agencies: (a: string, b: string) => `兩個計畫的機關不同（「${a}」、「${b}」），請確認是同一機關的兩個年度。`,
    yearsReversed: (a: number, b: number) => `舊年度（${a}）在新年度（${b}）之後：OLD 與 NEW 是否放反了？`,
    frameworks: (a: string, b: string) => `兩個年度的架構不同${a && b ? `（「${a}」、「${b}」）` : ""}：執行重點依文字對應，不依編號。`,
    old: (cell: string) => `舊 ${cell}`,
    side: (file: string, year: number | null, n: number) => `${file}（${year === null ? "年度不明" : `${year}年度`}，${n} 項作法）`,
    heading: (a: string, b: string) => `比較 ${a} → ${b}`,
    none: "沒有差異。",
    counts: (parts: string[]) => `差異 ${parts.join("、")}`,
    count: (kind: string, n: number) => `${kind} ${n}`,
    wrote: (out: string) => `已寫出 ${out}（比較工作表）。`,
  },
  en: {
    noFiles: "Give two years' workbooks, e.g. service-plan compare plan115.xlsx plan116.xlsx",
    tooMany: (n: number) => `compare compares two workbooks, ${n} given: e.g. service-plan compare plan115.xlsx plan116.xlsx`,
    note: (text: string) => `Note: ${text}`,
    sameFile: "the two files are one and the same: nothing to compare.",
    agencies: (a: string, b: string) => `the two plans are of different agencies ("${a}", "${b}"): check they are two years of one agency.`,
    yearsReversed: (a: number, b: number) => `the earlier year (${a}) is after the later one (${b}): are OLD and NEW swapped?`,
    frameworks: (a: string, b: string) =>
      `the two years follow different frameworks${a && b ? ` ("${a}", "${b}")` : ""}: focus points are matched by their wording, not their numbers.`,
    old: (cell: string) => `old ${cell}`,
    side: (file: string, year: number | null, n: number) => `${file} (${year === null ? "year unknown" : `year ${year}`}, ${n} measures)`,
    heading: (a: string, b: string) => `Comparing ${a} → ${b}`,
    none: "No differences.",
    counts: (parts: string[]) => `Differences: ${parts.join(", ")}`,
    count: (kind: string, n: number) => `${kind} ${n}`,
    wrote: (out: string) => `Wrote ${out} (the comparison sheet).`,
  },
} satisfies Record<Locale, unknown>;

export function comparisonToJson(
  files: [string, string],
  sheets: [string, string],
  comparison: Comparison,
  language: Locale,
  notes: string[] = [],
) {
  const counts = Object.fromEntries(
    COMPARE_KINDS.map((k) => [k, comparison.differences.filter((d) => d.kind === k).length]).filter(([, n]) => n !== 0),
  );
  return {
    before: { file: files[0], sheet: sheets[0], ...comparison.before },
    after: { file: files[1], sheet: sheets[1], ...comparison.after },
    frameworks: comparison.frameworks,
    notes,
    counts,
    differences: comparison.differences.map((d) => ({
      kind: d.kind,
      cell: d.cell,
      side: differenceSide(d),
      params: d.params,
      message: changeMessage(d, language),
    })),
  };
}

/** What a comparison's inputs suggest the reader check: not errors (the comparison is made all the same). */
function sanityNotes(
  t: (typeof TEXT)[Locale],
  files: [string, string],
  sides: { agency: string; year: number | null }[],
  comparison: Comparison,
): string[] {
  const [a, b] = sides;
  const notes: string[] = [];
  if (path.resolve(files[0]) === path.resolve(files[1]) || sameFile(files[0], files[1])) notes.push(t.sameFile);
  if (a.agency !== "" && b.agency !== "" && a.agency !== b.agency) notes.push(t.agencies(a.agency, b.agency));
  if (a.year !== null && b.year !== null && a.year > b.year) notes.push(t.yearsReversed(a.year, b.year));
  // Named when the names tell them apart (two plans' own frameworks are named alike).
  const { before: x, after: y, differ } = comparison.frameworks;
  if (differ) notes.push(x !== y ? t.frameworks(x, y) : t.frameworks("", ""));
  return notes;
}

export async function compareCommand(positional: string[], options: Record<string, string | true>, io: Io): Promise<number> {
  const language = languageOption(options);
  const t = TEXT[language];
  const [oldFile, newFile] = positional;
  if (!oldFile || !newFile) throw new UsageError(t.noFiles);
  if (positional.length > 2) throw new UsageError(t.tooMany(positional.length));
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
  const notes = sanityNotes(t, [oldFile, newFile], [before, after], comparison);
  if (options.json)
    io.out(JSON.stringify(comparisonToJson(files, [before.grid.sheet, after.grid.sheet], comparison, language, notes), null, 2));
  else {
    const sides = [comparison.before, comparison.after].map((s, i) => t.side(files[i], s.year, s.measures));
    io.out(t.heading(sides[0], sides[1]));
    for (const n of notes) io.out(t.note(n));
    const byKind = COMPARE_KINDS.map((k) => [k, comparison.differences.filter((d) => d.kind === k).length] as const).filter(
      ([, n]) => n > 0,
    );
    io.out(byKind.length === 0 ? t.none : t.counts(byKind.map(([k, n]) => t.count(compareKindName(k, language), n))));
    // A dropped measure's cell is on the earlier year's sheet; every other cell on the later year's.
    for (const d of comparison.differences) {
      const cell = differenceSide(d) === "before" ? t.old(d.cell) : d.cell;
      io.out(`  ${cell.padEnd(8)} ${changeMessage(d, language)}`);
    }
    if (out !== undefined) io.out(t.wrote(out));
  }
  return 0;
}
