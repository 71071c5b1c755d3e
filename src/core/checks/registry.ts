/**
 * Every finding code, one entry each: its severity, the check that gives it, where it points, what it
 * means, and its sentence in zh-TW and English built from its params. The params type of a code is
 * the one its entry declares, so a check that renames or forgets a param fails `tsc`.
 *
 * A new code is an entry here, its check (a function declaration: this table is read while the check
 * modules load, and their exports must already be there) and its test; the README's table of codes is
 * held to this one by test/core/checks/messages.test.ts, which prints the row to add.
 */
import type { Check } from "./context";
import { focusMissing, pillarMissing } from "./coverageChecks";
import { deadlineInvalid, measureNoDeadline } from "./deadlineChecks";
import type { Severity } from "./finding";
import { resultsMissing, resultsTargetUnmet } from "./resultsChecks";
import { measureDuplicates, measureEmpty, measureHidden, measureNoUnit } from "./measureChecks";
import { focusZh, idsEn, idsZh, numberEn as n, pillarZh, shortText } from "./phrases";
import { unitAmbiguous, unitUnassigned, unitUnknown } from "./unitChecks";
import { focusLabelMismatch, focusUnknown, pillarUnknown } from "./wordingChecks";

/** The results sheet's periods in English. */
const PERIOD_EN: Record<string, string> = { 期中: "mid-year", 年終: "year end" };

export interface CodeEntry<P> {
  severity: Severity;
  /** The check that gives it (one check may give several codes; each runs once). */
  check: Check;
  /** The check needs the agency's unit list and is not run without one. */
  needsUnits?: boolean;
  /** Where the finding points (the README's "cell" column). */
  cell: string;
  /** What it means, one line (the README's "what" column). */
  what: string;
  zh: (p: P) => string;
  en: (p: P) => string;
}

/** `pillar` where the finding belongs under a pillar (reports group by it). */
export interface UnderPillar {
  pillar?: number;
}

/** An entry whose params are P (written out, so the params are the entry's, not inferred from a template). */
const code = <P>(entry: CodeEntry<P>): CodeEntry<P> => entry;

export const FINDING_REGISTRY = {
  "coverage/pillar-missing": code<{ pillar: number; pillarTitle: string; focusPoints: string[] }>({
    severity: "error",
    check: pillarMissing,
    cell: "—",
    what: "a pillar with no measure",
    zh: (p) => `執行要項 ${pillarZh(p.pillar)}「${shortText(p.pillarTitle)}」沒有任何具體作法。`,
    en: (p) => `Pillar ${n(p.pillar)} "${shortText(p.pillarTitle)}" has no measure.`,
  }),
  "coverage/focus-missing": code<{ pillar: number; focus: string; focusLabel: string; focusText: string }>({
    severity: "error",
    check: focusMissing,
    cell: "the pillar's first cell",
    what: "a mandated focus point with no measure (a cell grouping several focus points covers each; an empty measure covers nothing)",
    zh: (p) => `執行重點 ${focusZh(p.focus, p.focusLabel)}「${shortText(p.focusText)}」沒有任何具體作法。`,
    en: (p) => `Focus point ${p.focus} "${shortText(p.focusText)}" has no measure.`,
  }),
  "focus/label-mismatch": code<{ pillar: number; label: string; focus: string; focusLabel: string; focusText: string }>({
    severity: "warning",
    check: focusLabelMismatch,
    cell: "focus cell",
    what: 'labelled "(三)" but the wording is another focus point',
    zh: (p) => `執行重點標為 ${focusZh(p.focus, p.label)}，但文字是架構的 ${focusZh(p.focus, p.focusLabel)}「${shortText(p.focusText)}」。`,
    en: (p) =>
      `The focus cell is labelled ${p.label}, but its wording is the framework's ${p.focus} ${p.focusLabel} "${shortText(p.focusText)}".`,
  }),
  "focus/unknown": code<
    UnderPillar & { focusText: string; measures: number; nearest?: string; nearestLabel?: string; nearestText?: string }
  >({
    severity: "warning",
    check: focusUnknown,
    cell: "focus cell",
    what: "wording matches no focus point (the nearest, of any pillar, as a hint)",
    zh: (p) =>
      `執行重點「${shortText(p.focusText)}」對不上架構的任何執行重點` +
      ((p.nearest ?? "") ? `，最接近的是 ${focusZh(p.nearest ?? "", p.nearestLabel ?? "")}「${shortText(p.nearestText ?? "")}」。` : "。"),
    en: (p) =>
      `The focus wording "${shortText(p.focusText)}" matches no focus point of the framework` +
      ((p.nearest ?? "") ? `; the nearest is ${p.nearest ?? ""} "${shortText(p.nearestText ?? "")}".` : "."),
  }),
  "pillar/unknown": code<{ pillarText: string; measures: number; framework: string; nearest?: number; nearestTitle?: string }>({
    severity: "warning",
    check: pillarUnknown,
    cell: "pillar cell",
    what: "wording matches no pillar: its measures count under none",
    zh: (p) =>
      `執行要項「${shortText(p.pillarText) || "（空白）"}」對不上${p.framework}的任何執行要項` +
      ((p.nearest ?? null) !== null ? `，最接近的是 ${pillarZh(p.nearest)}${shortText(p.nearestTitle ?? "")}。` : "。"),
    en: (p) =>
      `The pillar "${shortText(p.pillarText) || "(blank)"}" matches no pillar of ${p.framework}` +
      ((p.nearest ?? null) !== null ? `; the nearest is pillar ${n(p.nearest)} "${shortText(p.nearestTitle ?? "")}".` : "."),
  }),
  "measure/no-unit": code<UnderPillar & { ids: string[]; title: string }>({
    severity: "error",
    check: measureNoUnit,
    cell: "units cell",
    what: "no unit",
    zh: (p) => `具體作法 ${idsZh(p.ids)}「${shortText(p.title)}」沒有執行單位。`,
    en: (p) => `Measure ${idsEn(p.ids)} "${shortText(p.title)}" has no unit.`,
  }),
  "measure/empty": code<UnderPillar & { id: string; text: string }>({
    severity: "warning",
    check: measureEmpty,
    cell: "measure cell",
    what: 'no words (a dash, a bare "1.") or a placeholder (無, 待補, 待定…)',
    zh: (p) => `具體作法 ${p.id} 沒有實際內容${p.text ? `（「${p.text}」）` : ""}。`,
    en: (p) => `Measure ${p.id} has no real content${p.text ? ` ("${p.text}")` : ""}.`,
  }),
  "measure/duplicate": code<UnderPillar & { id: string; title: string; firstId: string; firstCell: string }>({
    severity: "warning",
    check: measureDuplicates,
    cell: "measure cell",
    what: "the same measure text twice in a pillar",
    zh: (p) => `具體作法「${shortText(p.title)}」在執行要項 ${pillarZh(p.pillar)}中重複出現（第一次在 ${p.firstCell}，${p.firstId}）。`,
    en: (p) => `The measure "${shortText(p.title)}" appears twice under pillar ${n(p.pillar)} (first at ${p.firstCell}, ${p.firstId}).`,
  }),
  "measure/duplicate-across-pillars": code<
    UnderPillar & { id: string; title: string; otherId: string; otherCell: string; otherPillar?: number }
  >({
    severity: "info",
    check: measureDuplicates,
    cell: "measure cell",
    what: "the same text under two pillars (may be meant)",
    zh: (p) =>
      `具體作法「${shortText(p.title)}」也列在執行要項 ${pillarZh(p.otherPillar)}（${p.otherCell}，${p.otherId}），請確認是否有意重複。`,
    en: (p) =>
      `The measure "${shortText(p.title)}" is also listed under pillar ${n(p.otherPillar)} (${p.otherCell}, ${p.otherId}); check that this is intended.`,
  }),
  "measure/hidden": code<UnderPillar & { id: string; title: string }>({
    severity: "info",
    check: measureHidden,
    cell: "measure cell",
    what: "a measure in a hidden row: not seen, not printed",
    zh: (p) => `具體作法 ${p.id}「${shortText(p.title)}」在隱藏的列中，畫面上與列印時都看不到。`,
    en: (p) => `Measure ${p.id} "${shortText(p.title)}" is in a hidden row: neither seen on screen nor printed.`,
  }),
  "measure/no-deadline": code<UnderPillar & { ids: string[]; title: string }>({
    severity: "info",
    check: measureNoDeadline,
    cell: "deadline cell",
    what: "a blank deadline among filled ones",
    zh: (p) => `具體作法 ${idsZh(p.ids)}「${shortText(p.title)}」沒有完成期限。`,
    en: (p) => `Measure ${idsEn(p.ids)} "${shortText(p.title)}" has no deadline.`,
  }),
  "deadline/mostly-blank": code<{ blank: number; filled: number; ids: string[] }>({
    severity: "info",
    check: measureNoDeadline,
    cell: "the first blank deadline cell",
    what: "more deadlines blank than filled (the column is being filled in): said once, not per measure",
    zh: (p) => `完成期限只填了 ${p.filled} 項，另有 ${p.blank} 項空白（${idsZh(p.ids)}）；多數填上後，會逐項提示還沒填的。`,
    en: (p) =>
      `Only ${p.filled} measure${p.filled === 1 ? " has a deadline" : "s have deadlines"}; ${p.blank} are blank (${idsEn(p.ids)}). Once most are filled, each blank one is listed.`,
  }),
  "unit/unknown": code<UnderPillar & { unit: string; suggestion?: string; ids: string[] }>({
    severity: "error",
    check: unitUnknown,
    needsUnits: true,
    cell: "units cell",
    what: "not on the unit list; `params.suggestion` the nearest listed name (役政災防科 → 役政災防課)",
    zh: (p) => `執行單位「${p.unit}」不在本機關的單位清單中` + ((p.suggestion ?? "") ? `，是否為「${p.suggestion ?? ""}」？` : "。"),
    en: (p) =>
      `The unit "${p.unit}" is not on the agency's unit list` + ((p.suggestion ?? "") ? `; did you mean "${p.suggestion ?? ""}"?` : "."),
  }),
  "unit/unassigned": code<{ unit: string }>({
    severity: "warning",
    check: unitUnassigned,
    needsUnits: true,
    cell: "the unit's cell on the units sheet, if any",
    what: "a listed unit with no measure",
    zh: (p) => `單位「${p.unit}」沒有負責任何具體作法。`,
    en: (p) => `The unit "${p.unit}" has no measure.`,
  }),
  "unit/ambiguous": code<UnderPillar & { ids: string[]; units: string[] }>({
    severity: "warning",
    check: unitAmbiguous,
    cell: "units cell",
    what: "stacked units impose could not line up with the cell's measures (each got all of them)",
    zh: (p) => `這格的執行單位（${p.units.join("、")}）無法逐項對應具體作法 ${idsZh(p.ids)}，目前每項都列入全部單位，請確認。`,
    en: (p) =>
      `The units in this cell (${p.units.join(", ")}) cannot be matched one by one to measures ${idsEn(p.ids)}; each now lists all of them. Please confirm.`,
  }),
  "deadline/invalid": code<UnderPillar & { deadline: string; ids: string[] }>({
    severity: "warning",
    check: deadlineInvalid,
    cell: "deadline cell",
    what: "neither a recognised phrase (持續辦理, 每季…) nor a real ROC/AD date",
    zh: (p) => `完成期限「${p.deadline}」不是有效的日期或常用說法（如「113年12月31日」「持續辦理」）。`,
    en: (p) => `The deadline "${p.deadline}" is neither a valid date nor a usual phrase (e.g. "113年12月31日", "持續辦理").`,
  }),
  "results/missing": code<{ unit: string; period: string; ids: string[] }>({
    severity: "warning",
    check: resultsMissing,
    cell: "the first unreported row's 辦理情形 cell on the results sheet",
    what: "a unit's measures with neither a status nor a result for the period (one finding per unit)",
    zh: (p) => `${p.unit}${p.period}尚未填報 ${p.ids.length} 項具體作法：${idsZh(p.ids)}。`,
    en: (p) =>
      `For ${PERIOD_EN[p.period] ?? p.period}, ${p.unit} has not reported on ${p.ids.length} measure${p.ids.length === 1 ? "" : "s"}: ${idsEn(p.ids)}.`,
  }),
  "results/target-unmet": code<UnderPillar & { id: string; target: string; asked: number; unit: string; achieved: number; period: string }>(
    {
      severity: "warning",
      check: resultsTargetUnmet,
      cell: "the measure's first 達成數值 cell on the results sheet",
      what: "a target the measure states (「每季1次」) that the figures reported fall short of; params give the words read, what the period asks and what was achieved",
      zh: (p) => `具體作法 ${p.id} 訂「${p.target}」，${p.period}應達 ${p.asked}${p.unit}，填報達成 ${p.achieved}${p.unit}。`,
      en: (p) =>
        `Measure ${p.id} states "${p.target}": ${p.asked} ${p.unit} by ${PERIOD_EN[p.period] ?? p.period}, and ${p.achieved} ${p.unit} ${p.achieved === 1 ? "was" : "were"} reported.`,
    },
  ),
};

type Registry = typeof FINDING_REGISTRY;
export type FindingCode = keyof Registry;
/** The params of each code, as its entry declares them. */
export type FindingParamsByCode = { [C in FindingCode]: Registry[C] extends CodeEntry<infer P> ? P : never };

/** The registry as a list, in its order (the order checks run in and codes are counted in). */
export const FINDING_CODES = Object.keys(FINDING_REGISTRY) as FindingCode[];

/** Every code with its severity: a code never changes severity. */
export const SEVERITY = Object.fromEntries(FINDING_CODES.map((c) => [c, FINDING_REGISTRY[c].severity])) as Record<FindingCode, Severity>;

/** The entry of a code, its params typed as the code's. */
export function codeEntry<C extends FindingCode>(c: C): CodeEntry<FindingParamsByCode[C]> {
  return FINDING_REGISTRY[c] as unknown as CodeEntry<FindingParamsByCode[C]>;
}
