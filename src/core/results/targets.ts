/**
 * Quantitative targets written in a measure's text, so the year's results can be held to them:
 * 「至少2場次」, 「每年至少20小時」, 「每季1次」, 「辦理二場」, 「達90%以上」. Each is read as what it says
 * and, where it names a period (每季, 每月, 每半年), as the number the whole year asks for; the
 * phrase read is kept so the clerk can see what was understood.
 */
import { toHalfWidth } from "../text/normalize";
import { parseChineseNumeral } from "../text/numerals";

export type TargetPeriod = "年" | "半年" | "季" | "月" | "週";

export interface Target {
  /** The words read, as written ("每年至少 20 小時"). */
  text: string;
  quantity: number;
  /** 場次, 場, 次, 小時, 人次, 人, 件, 家, 所, 則, 篇, 期, 梯次, %. */
  unit: string;
  per: TargetPeriod | null;
  /** What the year asks for: 4 for 每季1次, 12 for 每月1次; for a percentage, the percentage. */
  perYear: number;
  /** 「至少」, 「以上」: the quantity is a floor (every target is compared as a floor; kept to show the words). */
  atLeast: boolean;
}

const PER_YEAR: Record<TargetPeriod, number> = { 年: 1, 半年: 2, 季: 4, 月: 12, 週: 52 };
const UNITS = "梯次|場次|人次|小時|場|次|人|件|家|所|則|篇|期|%|％";
const NUMBER = "\\d+(?:\\.\\d+)?|[一二兩三四五六七八九十]+";
// 每(年|季|…) 至少/辦理/達 N unit (以上); or 至少/達 N unit; or 辦理 N 場.
const TARGET = new RegExp(
  `(?:(每(?:半年|年|季|月|週|周)))?\\s*(?:(至少|最少|不少於|達到?|辦理|舉辦|完成)\\s*)?(${NUMBER})\\s*(${UNITS})(\\s*以上)?`,
  "g",
);

function quantityOf(text: string): number | null {
  return /^\d/.test(text) ? Number(text) : parseChineseNumeral(text.replace(/兩/g, "二"));
}

/** Every target a measure's text states, in order. A bare number with a unit counts only after 至少/達/辦理 or 每…. */
export function targetsIn(measureText: string): Target[] {
  const text = toHalfWidth(measureText);
  const out: Target[] = [];
  for (const m of text.matchAll(TARGET)) {
    const [whole, perWord, verb, number, unitWord, above] = m;
    if (!perWord && !verb && !above) continue; // 「24小時服務」 is a description, not a target
    const quantity = quantityOf(number);
    if (quantity === null || quantity <= 0) continue;
    const per = perWord ? ((perWord.slice(1) === "周" ? "週" : perWord.slice(1)) as TargetPeriod) : null;
    const unit = unitWord === "％" ? "%" : unitWord;
    out.push({
      text: whole.trim(),
      quantity,
      unit,
      per,
      perYear: unit === "%" || per === null ? quantity : quantity * PER_YEAR[per],
      atLeast: /至少|最少|不少於/.test(verb ?? "") || !!above,
    });
  }
  return out;
}
