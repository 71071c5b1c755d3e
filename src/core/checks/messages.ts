/**
 * A finding in words, zh-TW or English, built from its params only (so the CLI, the pane and a
 * sheet of findings all say the same thing). Chinese wording from the plan is quoted as written.
 */
import type { Locale } from "../locale";
import { toChineseNumeral } from "../text/numerals";
import type { Finding, FindingCode, FindingParamsByCode } from "./finding";

/** The language a message is rendered in (one Locale type for core, CLI and pane). */
export type Language = Locale;

/** The wording up to its first clause break, or its first 20 characters: enough to recognise it. */
export function shortText(text: string): string {
  const one = text.replace(/\s+/g, "");
  const clause = /^(.{4,20}?)[，,；;。：:]/.exec(one);
  if (clause) return clause[1] + "…";
  return one.length > 20 ? one.slice(0, 20) + "…" : one;
}

const pillarZh = (n: number | null) => (n === null ? "" : n === 0 ? "訂定計畫" : `${toChineseNumeral(n)}、`);
/** "2-3" with label "(三)" → "二(三)". */
const focusZh = (id: string, label: string) => `${toChineseNumeral(Number(id.split("-")[0]))}${label}`;
const idsZh = (ids: string[]) => (ids.length > 3 ? `${ids.slice(0, 3).join("、")} 等 ${ids.length} 項` : ids.join("、"));
const idsEn = (ids: string[]) => (ids.length > 3 ? `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more` : ids.join(", "));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One sentence per code, from that code's own params (a wrong param name fails tsc). */
type Templates = { [C in FindingCode]: (p: FindingParamsByCode[C]) => string };

/** A number as text, or "" when absent (an optional pillar). */
const n = (v: number | undefined) => (v === undefined ? "" : String(v));

const ZH: Templates = {
  "coverage/pillar-missing": (p) => `執行要項 ${pillarZh(p.pillar ?? null)}「${shortText(p.pillarTitle)}」沒有任何具體作法。`,
  "coverage/focus-missing": (p) => `執行重點 ${focusZh(p.focus, p.focusLabel)}「${shortText(p.focusText)}」沒有任何具體作法。`,
  "pillar/unknown": (p) =>
    `執行要項「${shortText(p.pillarText) || "（空白）"}」對不上${p.framework}的任何執行要項` +
    ((p.nearest ?? null) !== null ? `，最接近的是 ${pillarZh(p.nearest ?? null)}${shortText(p.nearestTitle ?? "")}。` : "。"),
  "focus/label-mismatch": (p) =>
    `執行重點標為 ${focusZh(p.focus, p.label)}，但文字是架構的 ${focusZh(p.focus, p.focusLabel)}「${shortText(p.focusText)}」。`,
  "focus/unknown": (p) =>
    `執行重點「${shortText(p.focusText)}」對不上架構的任何執行重點` +
    ((p.nearest ?? "") ? `，最接近的是 ${focusZh(p.nearest ?? "", p.nearestLabel ?? "")}「${shortText(p.nearestText ?? "")}」。` : "。"),
  "measure/no-unit": (p) => `具體作法 ${idsZh(p.ids)}「${shortText(p.title)}」沒有執行單位。`,
  "measure/empty": (p) => `具體作法 ${p.id} 沒有實際內容${p.text ? `（「${p.text}」）` : ""}。`,
  "measure/duplicate": (p) =>
    `具體作法「${shortText(p.title)}」在執行要項 ${pillarZh(p.pillar ?? null)}中重複出現（第一次在 ${p.firstCell}，${p.firstId}）。`,
  "measure/duplicate-across-pillars": (p) =>
    `具體作法「${shortText(p.title)}」也列在執行要項 ${pillarZh(p.otherPillar ?? null)}（${p.otherCell}，${p.otherId}），請確認是否有意重複。`,
  "measure/no-deadline": (p) => `具體作法 ${idsZh(p.ids)}「${shortText(p.title)}」沒有完成期限。`,
  "measure/hidden": (p) => `具體作法 ${p.id}「${shortText(p.title)}」在隱藏的列中，畫面上與列印時都看不到。`,
  "unit/unknown": (p) =>
    `執行單位「${p.unit}」不在本機關的單位清單中` + ((p.suggestion ?? "") ? `，是否為「${p.suggestion ?? ""}」？` : "。"),
  "unit/unassigned": (p) => `單位「${p.unit}」沒有負責任何具體作法。`,
  "unit/ambiguous": (p) => `這格的執行單位（${p.units.join("、")}）無法逐項對應具體作法 ${idsZh(p.ids)}，目前每項都列入全部單位，請確認。`,
  "deadline/invalid": (p) => `完成期限「${p.deadline}」不是有效的日期或常用說法（如「113年12月31日」「持續辦理」）。`,
};

const EN: Templates = {
  "coverage/pillar-missing": (p) => `Pillar ${n(p.pillar)} "${shortText(p.pillarTitle)}" has no measure.`,
  "coverage/focus-missing": (p) => `Focus point ${p.focus} "${shortText(p.focusText)}" has no measure.`,
  "pillar/unknown": (p) =>
    `The pillar "${shortText(p.pillarText) || "(blank)"}" matches no pillar of ${p.framework}` +
    ((p.nearest ?? null) !== null ? `; the nearest is pillar ${n(p.nearest)} "${shortText(p.nearestTitle ?? "")}".` : "."),
  "focus/label-mismatch": (p) =>
    `The focus cell is labelled ${p.label}, but its wording is the framework's ${p.focus} ${p.focusLabel} "${shortText(p.focusText)}".`,
  "focus/unknown": (p) =>
    `The focus wording "${shortText(p.focusText)}" matches no focus point of the framework` +
    ((p.nearest ?? "") ? `; the nearest is ${p.nearest ?? ""} "${shortText(p.nearestText ?? "")}".` : "."),
  "measure/no-unit": (p) => `Measure ${idsEn(p.ids)} "${shortText(p.title)}" has no unit.`,
  "measure/empty": (p) => `Measure ${p.id} has no real content${p.text ? ` ("${p.text}")` : ""}.`,
  "measure/duplicate": (p) =>
    `The measure "${shortText(p.title)}" appears twice under pillar ${n(p.pillar)} (first at ${p.firstCell}, ${p.firstId}).`,
  "measure/duplicate-across-pillars": (p) =>
    `The measure "${shortText(p.title)}" is also listed under pillar ${n(p.otherPillar)} (${p.otherCell}, ${p.otherId}); check that this is intended.`,
  "measure/no-deadline": (p) => `Measure ${idsEn(p.ids)} "${shortText(p.title)}" has no deadline.`,
  "measure/hidden": (p) => `Measure ${p.id} "${shortText(p.title)}" is in a hidden row: neither seen on screen nor printed.`,
  "unit/unknown": (p) =>
    `The unit "${p.unit}" is not on the agency's unit list` + ((p.suggestion ?? "") ? `; did you mean "${p.suggestion ?? ""}"?` : "."),
  "unit/unassigned": (p) => `The unit "${p.unit}" has no measure.`,
  "unit/ambiguous": (p) =>
    `The units in this cell (${p.units.join(", ")}) cannot be matched one by one to measures ${idsEn(p.ids)}; each now lists all of them. Please confirm.`,
  "deadline/invalid": (p) => `The deadline "${p.deadline}" is neither a valid date nor a usual phrase (e.g. "113年12月31日", "持續辦理").`,
};

export function findingMessage(f: Pick<Finding, "code" | "params">, language: Language = "zh-TW"): string {
  // Code and params come as a pair (Finding); TypeScript cannot follow the pair through the lookup.
  const render = (language === "en" ? EN : ZH)[f.code] as (p: Finding["params"]) => string;
  return render(f.params);
}

/** How many of a thing, for summaries: "2 errors" / "錯誤 2". */
export const SEVERITY_NAMES: Record<Language, Record<Finding["severity"], string>> = {
  "zh-TW": { error: "錯誤", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

export function countText(language: Language, severity: Finding["severity"], n: number): string {
  if (language === "zh-TW") return `${SEVERITY_NAMES["zh-TW"][severity]} ${n}`;
  return severity === "info" ? `${n} info` : plural(n, SEVERITY_NAMES.en[severity]);
}
