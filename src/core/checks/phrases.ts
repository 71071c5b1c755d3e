/** The pieces finding messages are built from: plan wording shortened, pillars and ids as a reader names them. */
import { toChineseNumeral } from "../text/numerals";

/** The wording up to its first clause break, or its first 20 characters: enough to recognise it. */
export function shortText(text: string): string {
  const one = text.replace(/\s+/g, "");
  const clause = /^(.{4,20}?)[，,；;。：:]/.exec(one);
  if (clause) return clause[1] + "…";
  return one.length > 20 ? one.slice(0, 20) + "…" : one;
}

/** Pillar 2 → "二、"; 0 is the framework's preamble row 訂定計畫. */
export const pillarZh = (n: number | null | undefined) =>
  n === null || n === undefined ? "" : n === 0 ? "訂定計畫" : `${toChineseNumeral(n)}、`;
/** "2-3" with label "(三)" → "二(三)". */
export const focusZh = (id: string, label: string) => `${toChineseNumeral(Number(id.split("-")[0]))}${label}`;
export const idsZh = (ids: string[]) => (ids.length > 3 ? `${ids.slice(0, 3).join("、")} 等 ${ids.length} 項` : ids.join("、"));
export const idsEn = (ids: string[]) => (ids.length > 3 ? `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more` : ids.join(", "));
/** A number as text, or "" when absent (an optional pillar). */
export const numberEn = (v: number | undefined) => (v === undefined ? "" : String(v));
