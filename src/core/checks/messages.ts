/**
 * A finding in words, zh-TW or English, built from its params only (so the CLI, the pane and a
 * sheet of findings all say the same thing). Chinese wording from the plan is quoted as written.
 */
import { toChineseNumeral } from "../text/numerals";
import type { Finding, FindingCode, FindingParams } from "./finding";

export type Language = "zh-TW" | "en";

const str = (p: FindingParams, k: string) => (typeof p[k] === "string" ? (p[k] as string) : typeof p[k] === "number" ? String(p[k]) : "");
const num = (p: FindingParams, k: string) => (typeof p[k] === "number" ? (p[k] as number) : null);
const list = (p: FindingParams, k: string) => (Array.isArray(p[k]) ? (p[k] as string[]) : typeof p[k] === "string" ? [p[k] as string] : []);

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

type Render = (p: FindingParams) => string;

const ZH: Record<FindingCode, Render> = {
  "coverage/pillar-missing": (p) => `執行要項 ${pillarZh(num(p, "pillar"))}「${shortText(str(p, "pillarTitle"))}」沒有任何具體作法。`,
  "coverage/focus-missing": (p) =>
    `執行重點 ${focusZh(str(p, "focus"), str(p, "focusLabel"))}「${shortText(str(p, "focusText"))}」沒有任何具體作法。`,
  "pillar/unknown": (p) =>
    `執行要項「${shortText(str(p, "pillarText")) || "（空白）"}」對不上${str(p, "framework")}的任何執行要項` +
    (num(p, "nearest") !== null ? `，最接近的是 ${pillarZh(num(p, "nearest"))}${shortText(str(p, "nearestTitle"))}。` : "。"),
  "focus/label-mismatch": (p) =>
    `執行重點標為 ${focusZh(str(p, "focus"), str(p, "label"))}，但文字是架構的 ${focusZh(str(p, "focus"), str(p, "focusLabel"))}「${shortText(str(p, "focusText"))}」。`,
  "focus/unknown": (p) =>
    `執行重點「${shortText(str(p, "focusText"))}」對不上架構的任何執行重點` +
    (str(p, "nearest")
      ? `，最接近的是 ${focusZh(str(p, "nearest"), str(p, "nearestLabel"))}「${shortText(str(p, "nearestText"))}」。`
      : "。"),
  "measure/no-unit": (p) => `具體作法 ${idsZh(list(p, "ids"))}「${shortText(str(p, "title"))}」沒有執行單位。`,
  "measure/empty": (p) => `具體作法 ${str(p, "id")} 沒有實際內容${str(p, "text") ? `（「${str(p, "text")}」）` : ""}。`,
  "measure/duplicate": (p) =>
    `具體作法「${shortText(str(p, "title"))}」在執行要項 ${pillarZh(num(p, "pillar"))}中重複出現（第一次在 ${str(p, "firstCell")}，${str(p, "firstId")}）。`,
  "measure/duplicate-across-pillars": (p) =>
    `具體作法「${shortText(str(p, "title"))}」也列在執行要項 ${pillarZh(num(p, "otherPillar"))}（${str(p, "otherCell")}，${str(p, "otherId")}），請確認是否有意重複。`,
  "measure/no-deadline": (p) => `具體作法 ${idsZh(list(p, "ids"))}「${shortText(str(p, "title"))}」沒有完成期限。`,
  "measure/hidden": (p) => `具體作法 ${str(p, "id")}「${shortText(str(p, "title"))}」在隱藏的列中，畫面上與列印時都看不到。`,
  "unit/unknown": (p) =>
    `執行單位「${str(p, "unit")}」不在本機關的單位清單中` + (str(p, "suggestion") ? `，是否為「${str(p, "suggestion")}」？` : "。"),
  "unit/unassigned": (p) => `單位「${str(p, "unit")}」沒有負責任何具體作法。`,
  "unit/ambiguous": (p) =>
    `這格的執行單位（${list(p, "units").join("、")}）無法逐項對應具體作法 ${idsZh(list(p, "ids"))}，目前每項都列入全部單位，請確認。`,
  "deadline/invalid": (p) => `完成期限「${str(p, "deadline")}」不是有效的日期或常用說法（如「113年12月31日」「持續辦理」）。`,
};

const EN: Record<FindingCode, Render> = {
  "coverage/pillar-missing": (p) => `Pillar ${str(p, "pillar")} "${shortText(str(p, "pillarTitle"))}" has no measure.`,
  "coverage/focus-missing": (p) => `Focus point ${str(p, "focus")} "${shortText(str(p, "focusText"))}" has no measure.`,
  "pillar/unknown": (p) =>
    `The pillar "${shortText(str(p, "pillarText")) || "(blank)"}" matches no pillar of ${str(p, "framework")}` +
    (num(p, "nearest") !== null ? `; the nearest is pillar ${str(p, "nearest")} "${shortText(str(p, "nearestTitle"))}".` : "."),
  "focus/label-mismatch": (p) =>
    `The focus cell is labelled ${str(p, "label")}, but its wording is the framework's ${str(p, "focus")} ${str(p, "focusLabel")} "${shortText(str(p, "focusText"))}".`,
  "focus/unknown": (p) =>
    `The focus wording "${shortText(str(p, "focusText"))}" matches no focus point of the framework` +
    (str(p, "nearest") ? `; the nearest is ${str(p, "nearest")} "${shortText(str(p, "nearestText"))}".` : "."),
  "measure/no-unit": (p) => `Measure ${idsEn(list(p, "ids"))} "${shortText(str(p, "title"))}" has no unit.`,
  "measure/empty": (p) => `Measure ${str(p, "id")} has no real content${str(p, "text") ? ` ("${str(p, "text")}")` : ""}.`,
  "measure/duplicate": (p) =>
    `The measure "${shortText(str(p, "title"))}" appears twice under pillar ${str(p, "pillar")} (first at ${str(p, "firstCell")}, ${str(p, "firstId")}).`,
  "measure/duplicate-across-pillars": (p) =>
    `The measure "${shortText(str(p, "title"))}" is also listed under pillar ${str(p, "otherPillar")} (${str(p, "otherCell")}, ${str(p, "otherId")}); check that this is intended.`,
  "measure/no-deadline": (p) => `Measure ${idsEn(list(p, "ids"))} "${shortText(str(p, "title"))}" has no deadline.`,
  "measure/hidden": (p) =>
    `Measure ${str(p, "id")} "${shortText(str(p, "title"))}" is in a hidden row: neither seen on screen nor printed.`,
  "unit/unknown": (p) =>
    `The unit "${str(p, "unit")}" is not on the agency's unit list` +
    (str(p, "suggestion") ? `; did you mean "${str(p, "suggestion")}"?` : "."),
  "unit/unassigned": (p) => `The unit "${str(p, "unit")}" has no measure.`,
  "unit/ambiguous": (p) =>
    `The units in this cell (${list(p, "units").join(", ")}) cannot be matched one by one to measures ${idsEn(list(p, "ids"))}; each now lists all of them. Please confirm.`,
  "deadline/invalid": (p) =>
    `The deadline "${str(p, "deadline")}" is neither a valid date nor a usual phrase (e.g. "113年12月31日", "持續辦理").`,
};

export function findingMessage(f: Pick<Finding, "code" | "params">, language: Language = "zh-TW"): string {
  return (language === "en" ? EN : ZH)[f.code](f.params);
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
