/**
 * What impose changed, as data: a kind, the source cell, and the params its sentence is built from
 * (changeMessage renders it in zh-TW or English), typed per kind like findings. The one registry of
 * what changed: a roll-over's changes and the differences between two years are kinds of it too.
 */
import { CANONICAL_HEADERS } from "./impose/headerNames";
import type { Locale } from "./locale";
import type { Role } from "./plan";
import { YEAR_OVER_EN, YEAR_OVER_ZH, type YearOverParamsByKind } from "./yearOver/yearChanges";

/** Why a column whose header names several roles (實施要項, 工作重點, 推動策略) was given the one it got. */
export type RoleReason = "pillars-on-left" | "focus-on-right" | "focus-on-left" | "measures-on-right" | "content";

/** Impose's kinds, and (yearOver/yearChanges.ts) those of a roll-over and a comparison of two years. */
export interface ChangeParamsByKind extends YearOverParamsByKind {
  "header-found": { row: number; columns: { role: Role; column: string }[] };
  "column-kept": { header: string };
  "column-unmapped": { column: string; header: string; name: string };
  /** `neighbour`: the column the reason points at ("" for content). */
  "column-role-decided": { column: string; header: string; role: Role; alternatives: Role[]; because: RoleReason; neighbour: string };
  /** No built-in framework fits (`tried`, with how many of the plan's pillar and focus cells its wording matched). */
  "framework-from-plan": {
    tried: string;
    pillarsMatched: number;
    pillarsWritten: number;
    focusMatched: number;
    focusWritten: number;
    pillars: number;
    focusPoints: number;
  };
  "repeated-header-skipped": Record<string, never>;
  "page-break-joined": { previousRow: number };
  "merge-filled": Record<string, never>;
  "measures-split": { count: number };
  "subitems-joined": { previousCell: string };
  "units-aligned": { how: "by-group" | "by-line" };
  "units-ambiguous": { measures: number };
  "blanket-unit": { units: string[] };
  "spacing-cleaned": Record<string, never>;
  "pillar-unmatched": { text: string; framework: string };
  "focus-unmatched": { text: string; framework: string };
  "focus-relabelled": { label: string; focus: string; focusLabel: string };
  "focus-group": { focusPoints: string[] };
  "hidden-row": Record<string, never>;
  "error-value": { value: string };
  "formula-text": { formula: string };
  "date-value": { text: string };
  "number-as-text": { value: string };
  "note-kept": Record<string, never>;
  "id-duplicate": { id: string };
  "far-cells": { count: number; cells: string[] };
  "beyond-read": { read: string; used: string };
  /** A remembered mapping (the sheet `sheet`, 對照表) applied: a header's column given its role, or a unit read as the listed one. */
  "mapping-applied":
    | { what: "header"; written: string; role: Role; column: string; sheet: string }
    | { what: "unit"; written: string; unit: string; sheet: string };
}

export type ChangeKind = keyof ChangeParamsByKind;

export interface ChangeOf<K extends ChangeKind> {
  kind: K;
  /** A1 cell or range on the source sheet ("" when it concerns the whole sheet). */
  cell: string;
  params: ChangeParamsByKind[K];
}

export type Change = { [K in ChangeKind]: ChangeOf<K> }[ChangeKind];

export function change<K extends ChangeKind>(kind: K, cell: string, params: ChangeParamsByKind[K]): ChangeOf<K> {
  return { kind, cell, params };
}

/** A column's role in words: in Chinese, our plan table's own header. */
const ROLE_NAMES: Record<Locale, Record<Role, string>> = {
  "zh-TW": CANONICAL_HEADERS,
  en: { pillar: "pillar", focus: "focus point", measure: "measure", units: "units", deadline: "deadline", results: "results", id: "id" },
};

const REASON_ZH: Record<RoleReason, (neighbour: string) => string> = {
  "pillars-on-left": (n) => `左邊的 ${n} 欄已是執行要項`,
  "focus-on-right": (n) => `右邊的 ${n} 欄是執行重點`,
  "focus-on-left": (n) => `左邊的 ${n} 欄已是執行重點`,
  "measures-on-right": (n) => `右邊的 ${n} 欄是具體作法`,
  content: () => "依欄位內容判斷",
};

const REASON_EN: Record<RoleReason, (neighbour: string) => string> = {
  "pillars-on-left": (n) => `column ${n}, to its left, holds the pillars`,
  "focus-on-right": (n) => `column ${n}, to its right, holds the focus points`,
  "focus-on-left": (n) => `column ${n}, to its left, holds the focus points`,
  "measures-on-right": (n) => `column ${n}, to its right, holds the measures`,
  content: () => "its content says so",
};

type Templates = { [K in ChangeKind]: (p: ChangeParamsByKind[K]) => string };

const ZH: Templates = {
  "header-found": (p) => `表頭在第 ${p.row} 列：${p.columns.map((c) => `${ROLE_NAMES["zh-TW"][c.role]}=${c.column}`).join("、")}`,
  "column-kept": (p) => `「${p.header}」不是計畫欄位，原樣保留為附加欄`,
  "column-unmapped": (p) => `${p.column} 欄（表頭「${p.header}」）無法判斷用途，原樣保留為附加欄「${p.name}」`,
  "column-role-decided": (p) =>
    `${p.column} 欄「${p.header}」也可指${p.alternatives.map((r) => ROLE_NAMES["zh-TW"][r]).join("或")}；${REASON_ZH[p.because](p.neighbour)}，當作${ROLE_NAMES["zh-TW"][p.role]}`,
  "framework-from-plan": (p) =>
    `內建架構對不上本計畫（${p.tried}：執行要項 ${p.pillarsMatched}/${p.pillarsWritten}、執行重點 ${p.focusMatched}/${p.focusWritten} 相符），改以計畫自己的 ${p.pillars} 個執行要項、${p.focusPoints} 個執行重點為架構（編號與文字照原文），存於「服務架構」工作表，可自行修改`,
  "repeated-header-skipped": () => "跨頁重複的表頭列，略過",
  "page-break-joined": (p) => `跨頁被拆開的儲存格，與第 ${p.previousRow} 列合併`,
  "merge-filled": () => "合併儲存格拆開，每列填入相同內容",
  "measures-split": (p) => `一格含 ${p.count} 項具體作法，拆成 ${p.count} 列`,
  "subitems-joined": (p) => `接續上一項具體作法（${p.previousCell}）的細項，併入同一項`,
  "units-aligned": (p) => (p.how === "by-group" ? "執行單位依空行分組對應各項具體作法" : "執行單位依行位置對應各項具體作法"),
  "units-ambiguous": (p) => `執行單位無法逐項對應 ${p.measures} 項具體作法，每項都列入全部單位`,
  "blanket-unit": (p) => `「${p.units.join("、")}」指全部單位，原樣保留`,
  "spacing-cleaned": () => "移除中文字之間多餘的空格",
  "pillar-unmatched": (p) => `「${p.text}」對不上${p.framework}的任何執行要項`,
  "focus-unmatched": (p) => `「${p.text}」對不上${p.framework}的任何執行重點`,
  "focus-relabelled": (p) => `標為${p.label}，但文字是架構的 ${p.focus}${p.focusLabel}`,
  "focus-group": (p) => `一格含 ${p.focusPoints.length} 個執行重點（${p.focusPoints.join("、")}），視為一組`,
  "hidden-row": () => "隱藏列中的具體作法，已納入",
  "error-value": (p) => `錯誤值 ${p.value}，視為空白`,
  "formula-text": (p) => `公式沒有計算結果，保留公式文字 ${p.formula}`,
  "date-value": (p) => `日期值，寫為 ${p.text}`,
  "number-as-text": (p) => `數值 ${p.value} 當作文字`,
  "note-kept": () => "表格外的文字（非具體作法）：不列入計畫表，留在原工作表",
  "far-cells": (p) =>
    `遠離表格的 ${p.count} 格（${p.cells.join("、")}${p.count > p.cells.length ? " 等" : ""}）不是計畫內容，未讀入；原檔不變`,
  "id-duplicate": (p) => `編號 ${p.id} 重複，此列改給新編號`,
  "beyond-read": (p) => `工作表的內容延伸到 ${p.used}，只讀入 ${p.read}：其外離表格太遠的內容不是計畫，未讀入；工作表不變`,
  "mapping-applied": (p) =>
    p.what === "header"
      ? `依「${p.sheet}」記住的對應，${p.column} 欄「${p.written}」當作${ROLE_NAMES["zh-TW"][p.role]}`
      : `依「${p.sheet}」記住的對應，執行單位「${p.written}」讀作「${p.unit}」`,
  ...YEAR_OVER_ZH,
};

const EN: Templates = {
  "header-found": (p) => `Header in row ${p.row}: ${p.columns.map((c) => `${ROLE_NAMES.en[c.role]}=${c.column}`).join(", ")}`,
  "column-kept": (p) => `"${p.header}" is not a plan column; kept as it is, as an extra column`,
  "column-unmapped": (p) =>
    `Column ${p.column} (header "${p.header}"): its use could not be told; kept as it is, as the extra column "${p.name}"`,
  "column-role-decided": (p) =>
    `Column ${p.column} ("${p.header}") could also be the ${p.alternatives.map((r) => ROLE_NAMES.en[r]).join(" or ")} column; ${REASON_EN[p.because](p.neighbour)}, so it is taken as the ${ROLE_NAMES.en[p.role]} column`,
  "framework-from-plan": (p) =>
    `No built-in framework fits this plan (${p.tried}: ${p.pillarsMatched}/${p.pillarsWritten} pillars and ${p.focusMatched}/${p.focusWritten} focus points match): the plan's own ${p.pillars} pillars and ${p.focusPoints} focus points are its framework, numbered and worded as written, kept in the sheet 服務架構, where they can be edited`,
  "repeated-header-skipped": () => "A header row repeated at a page break: skipped",
  "page-break-joined": (p) => `A cell split by a page break: joined with row ${p.previousRow}`,
  "merge-filled": () => "Merged cells unmerged; each row gets the same content",
  "measures-split": (p) => `One cell holds ${p.count} measures: split into ${p.count} rows`,
  "subitems-joined": (p) => `Sub-items continuing the measure above (${p.previousCell}): joined to it`,
  "units-aligned": (p) =>
    p.how === "by-group" ? "Units matched to the measures by blank-line groups" : "Units matched to the measures line by line",
  "units-ambiguous": (p) => `The units could not be matched one by one to the ${p.measures} measures: each lists all of them`,
  "blanket-unit": (p) => `"${p.units.join('", "')}" ${p.units.length === 1 ? "means" : "mean"} every unit; kept as it is`,
  "spacing-cleaned": () => "Extra spaces between Chinese characters removed",
  "pillar-unmatched": (p) => `"${p.text}" matches no pillar of ${p.framework}`,
  "focus-unmatched": (p) => `"${p.text}" matches no focus point of ${p.framework}`,
  "focus-relabelled": (p) => `Labelled ${p.label}, but the wording is the framework's ${p.focus} ${p.focusLabel}`,
  "focus-group": (p) => `One cell holds ${p.focusPoints.length} focus points (${p.focusPoints.join(", ")}): taken as a group`,
  "hidden-row": () => "A measure in a hidden row: included",
  "error-value": (p) => `The error value ${p.value}: taken as blank`,
  "formula-text": (p) => `A formula with no computed value: its text kept, ${p.formula}`,
  "date-value": (p) => `A date value: written as ${p.text}`,
  "number-as-text": (p) => `The number ${p.value}: taken as text`,
  "note-kept": () => "Text outside the table (not a measure): not in the plan table, left on the original sheet",
  "far-cells": (p) =>
    `${p.count} cell${p.count === 1 ? "" : "s"} far from the table (${p.cells.join(", ")}${p.count > p.cells.length ? ", …" : ""}): not plan content, not read; the file is unchanged`,
  "id-duplicate": (p) => `The id ${p.id} appears twice: this row gets a new id`,
  "beyond-read": (p) =>
    `The sheet's content reaches ${p.used}; only ${p.read} was read: what lies beyond, too far from the table to be plan content, was not read; the sheet is unchanged`,
  "mapping-applied": (p) =>
    p.what === "header"
      ? `As remembered in "${p.sheet}": column ${p.column} ("${p.written}") is taken as the ${ROLE_NAMES.en[p.role]} column`
      : `As remembered in "${p.sheet}": the unit "${p.written}" is read as "${p.unit}"`,
  ...YEAR_OVER_EN,
};

export function changeMessage(c: Change, locale: Locale = "zh-TW"): string {
  // Kind and params come as a pair (Change); TypeScript cannot follow the pair through the lookup.
  const render = (locale === "en" ? EN : ZH)[c.kind] as (p: Change["params"]) => string;
  return render(c.params);
}
