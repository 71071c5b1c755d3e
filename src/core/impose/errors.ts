/**
 * Raised when a sheet cannot be imposed on. The problem is data (a code and where); its sentence, in
 * the clerk's language, comes from messageIn. `message` is the zh-TW sentence (logs, the CLI default).
 */
import type { Locale } from "../locale";

export type ImposeProblem =
  | { code: "no-header"; sheet: string }
  /** `columns`: the header row's columns with something in them, for the user to say which holds the measures. */
  | { code: "no-measure-column"; sheet: string; row: number; columns: { column: string; header: string }[] }
  /** A column the user chose for a role holds nothing under the header. */
  | { code: "chosen-column-empty"; sheet: string; column: string };

const TEMPLATES: Record<Locale, { [C in ImposeProblem["code"]]: (p: Extract<ImposeProblem, { code: C }>) => string }> = {
  "zh-TW": {
    "no-header": (p) =>
      `工作表「${p.sheet}」的前 60 列找不到計畫表的表頭（例如「執行要項」「執行重點」「具體作法」「執行單位」）。請確認選的是計畫表所在的工作表。`,
    "no-measure-column": (p) =>
      `工作表「${p.sheet}」第 ${p.row} 列的表頭找不到「具體作法」欄（也認不出哪一欄是具體作法；表頭：${p.columns.map((c) => `${c.column} ${c.header || "（空白）"}`).join("、")}），請指定哪一欄是具體作法。`,
    "chosen-column-empty": (p) => `工作表「${p.sheet}」的 ${p.column} 欄在表頭下沒有內容，不能當作具體作法欄；請選另一欄。`,
  },
  en: {
    "no-header": (p) =>
      `No plan table header (headings such as "執行要項", "執行重點", "具體作法", "執行單位") in the first 60 rows of the sheet "${p.sheet}". Check that you chose the sheet that holds the plan table.`,
    "no-measure-column": (p) =>
      `The header in row ${p.row} of the sheet "${p.sheet}" has no "具體作法" (measures) column, and no column looks like one (header: ${p.columns.map((c) => `${c.column} ${c.header || "(blank)"}`).join(", ")}); say which column holds the measures.`,
    "chosen-column-empty": (p) =>
      `Column ${p.column} of the sheet "${p.sheet}" holds nothing under the header, so it cannot be the measures column; choose another.`,
  },
};

export function imposeProblemMessage(problem: ImposeProblem, locale: Locale): string {
  return (TEMPLATES[locale][problem.code] as (p: ImposeProblem) => string)(problem);
}

export class ImposeError extends Error {
  override name = "ImposeError";
  readonly sheet: string;
  constructor(readonly problem: ImposeProblem) {
    super(imposeProblemMessage(problem, "zh-TW"));
    this.sheet = problem.sheet;
  }

  messageIn(locale: Locale): string {
    return imposeProblemMessage(this.problem, locale);
  }
}
