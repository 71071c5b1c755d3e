/** A framework is data: its pillars, each pillar's mandated focus points, and their wording. */
import type { Locale } from "../locale";

export interface FocusPoint {
  /** "P-F": pillar P's focus point F, e.g. "2-3". */
  id: string;
  pillar: number;
  index: number;
  /** As the framework labels it: "(三)". */
  label: string;
  text: string;
  /** Other wordings that count as this focus point. */
  variants?: string[];
}

export interface Pillar {
  /** 1–6. */
  number: number;
  title: string;
  variants?: string[];
  focusPoints: FocusPoint[];
}

export interface Framework {
  id: string;
  name: string;
  /** The preamble row (訂定「提升服務執行計畫」): pillar 0, no focus point. */
  preamble?: { title: string; variants: string[] };
  pillars: Pillar[];
}

/** Why a framework cannot be used, as data (the sheet and cell where there is one). */
export type FrameworkProblem =
  | { code: "unknown-framework"; id: string; known: string[] }
  | { code: "pillar-out-of-order"; sheet: string; cell: string; expected: number; found: string }
  | { code: "pillar-unnumbered"; sheet: string; cell: string }
  | { code: "focus-without-pillar"; sheet: string; cell: string }
  | { code: "no-pillars"; sheet: string };

const TEMPLATES: Record<Locale, { [C in FrameworkProblem["code"]]: (p: Extract<FrameworkProblem, { code: C }>) => string }> = {
  "zh-TW": {
    "unknown-framework": (p) => `不認得架構「${p.id}」：請用 ${p.known.join("、")}，或一個架構工作表。`,
    "pillar-out-of-order": (p) => `架構工作表「${p.sheet}」${p.cell}：執行要項應為第 ${p.expected} 項，卻寫「${p.found}」。`,
    "pillar-unnumbered": (p) => `架構工作表「${p.sheet}」${p.cell}：執行要項請以「一、」「二、」編號。`,
    "focus-without-pillar": (p) => `架構工作表「${p.sheet}」${p.cell}：執行重點上方沒有執行要項。`,
    "no-pillars": (p) => `架構工作表「${p.sheet}」找不到以「一、」編號的執行要項（A 欄）。`,
  },
  en: {
    "unknown-framework": (p) => `Unknown framework "${p.id}": use ${p.known.join(", ")}, or a framework sheet.`,
    "pillar-out-of-order": (p) => `Framework sheet "${p.sheet}", ${p.cell}: this should be pillar ${p.expected}, but it says "${p.found}".`,
    "pillar-unnumbered": (p) => `Framework sheet "${p.sheet}", ${p.cell}: number the pillars 一、, 二、, …`,
    "focus-without-pillar": (p) => `Framework sheet "${p.sheet}", ${p.cell}: a focus point with no pillar above it.`,
    "no-pillars": (p) => `Framework sheet "${p.sheet}" has no pillar numbered 一、 in column A.`,
  },
};

export function frameworkProblemMessage(problem: FrameworkProblem, locale: Locale): string {
  return (TEMPLATES[locale][problem.code] as (p: FrameworkProblem) => string)(problem);
}

/** Raised when a framework cannot be used; `message` is the zh-TW sentence, messageIn gives either. */
export class FrameworkError extends Error {
  override name = "FrameworkError";
  constructor(readonly problem: FrameworkProblem) {
    super(frameworkProblemMessage(problem, "zh-TW"));
  }

  messageIn(locale: Locale): string {
    return frameworkProblemMessage(this.problem, locale);
  }
}
