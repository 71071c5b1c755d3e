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
import type { IdNumberKind, PhoneKind } from "../publish/personalData";
import type { MissingResults } from "../publish/publishedSheet";
import {
  publishComments,
  publishFormulas,
  publishHidden,
  publishPersonalData,
  publishResultsMissing,
  publishValidationErrors,
  type FormulaStart,
} from "./publishChecks";
import { unitAmbiguous, unitUnassigned, unitUnknown } from "./unitChecks";
import { focusLabelMismatch, focusUnknown, pillarUnknown } from "./wordingChecks";

/** The results sheet's periods in English. */
const PERIOD_EN: Record<string, string> = { 期中: "mid-year", 年終: "year end" };

/** The pieces of the publish sentences. */
const ID_ZH: Record<IdNumberKind, string> = { "national-id": "身分證字號", "resident-certificate": "居留證統一證號" };
const ID_EN: Record<IdNumberKind, string> = { "national-id": "national ID number", "resident-certificate": "resident certificate number" };
const START_ZH: Record<FormulaStart, string> = {
  "=": "「=」",
  "+": "「+」",
  "-": "「-」",
  "@": "「@」",
  tab: "定位字元（Tab）",
  cr: "歸位字元（CR）",
  lf: "換行",
  nul: "空字元（NUL）",
};
const START_EN: Record<FormulaStart, string> = {
  "=": '"="',
  "+": '"+"',
  "-": '"-"',
  "@": '"@"',
  tab: "a tab",
  cr: "a carriage return",
  lf: "a line break",
  nul: "a NUL character",
};
/** "B5、C7、D9…", "第 5、7、9 等 12 列", "B、D 欄": the first three named, and how many when there are more. */
const firstZh = (items: (string | number)[]) => items.slice(0, 3).join("、") + (items.length > 3 ? "…" : "");
const rowsZh = (rows: number[]) => `第 ${rows.slice(0, 3).join("、")}${rows.length > 3 ? ` 等 ${rows.length}` : ""} 列`;
const columnsZh = (columns: string[]) => `${columns.slice(0, 3).join("、")}${columns.length > 3 ? ` 等 ${columns.length}` : ""} 欄`;
const someEn = (items: (string | number)[]) => idsEn(items.map(String));
const unitsZh = (units: MissingResults[]) =>
  units
    .slice(0, 3)
    .map((u) => `${u.unit} ${u.count} 項`)
    .join("、") + (units.length > 3 ? ` 等 ${units.length} 個單位` : "");
const unitsEn = (units: MissingResults[]) =>
  units
    .slice(0, 3)
    .map((u) => `${u.unit} ${u.count}`)
    .join(", ") + (units.length > 3 ? ` and ${units.length - 3} more unit${units.length === 4 ? "" : "s"}` : "");
const total = (units: MissingResults[]) => units.reduce((sum, u) => sum + u.count, 0);

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
  "publish/personal-id": code<{ cell: string; kind: IdNumberKind; masked: string }>({
    severity: "error",
    check: publishPersonalData,
    cell: "the cell, on the sheet exported",
    what: "a national ID or resident certificate number (old or new format) with a valid check digit; `params.masked` shows it as `A12****789`",
    zh: (p) => `${p.cell} 有${ID_ZH[p.kind]}（${p.masked}），是個人資料，不應公開。請刪除後再匯出；確定可以公開時，才選擇仍要匯出。`,
    en: (p) =>
      `Cell ${p.cell} holds a ${ID_EN[p.kind]} (${p.masked}): personal data, not to be published. Delete it before exporting; export anyway only if it may be made public.`,
  }),
  "publish/phone": code<{ cell: string; kind: PhoneKind; masked: string }>({
    severity: "error",
    check: publishPersonalData,
    cell: "the cell, on the sheet exported",
    what: "a mobile or landline number (not a date, an amount, a plan id nor a toll-free number), masked",
    zh: (p) =>
      `${p.cell} 有${p.kind === "mobile" ? "手機號碼" : "電話號碼"}（${p.masked}）。若是個人的電話，請刪除或改為機關的服務電話後再匯出；若是機關公開的服務電話，可以仍要匯出。`,
    en: (p) =>
      `Cell ${p.cell} holds a ${p.kind === "mobile" ? "mobile" : "phone"} number (${p.masked}). If it is a person's own, delete it or give the agency's service number before exporting; if it is the agency's public service number, export anyway.`,
  }),
  "publish/email": code<{ cell: string; masked: string }>({
    severity: "warning",
    check: publishPersonalData,
    cell: "the cell, on the sheet exported",
    what: "an e-mail address, masked (an agency's public contact address is often meant)",
    zh: (p) =>
      `${p.cell} 有電子郵件地址（${p.masked}）。機關公開的聯絡信箱通常本來就要公開，可以仍要匯出；若是個人的信箱，請刪除後再匯出。`,
    en: (p) =>
      `Cell ${p.cell} holds an e-mail address (${p.masked}). An agency's public contact address is often meant to be published: then export anyway; if it is a person's own, delete it before exporting.`,
  }),
  "publish/formula": code<{ cells: string[] }>({
    severity: "warning",
    check: publishFormulas,
    cell: "the first formula cell (`params.cells` lists them all)",
    what: "formula cells: the exports publish their values, not the formulas (one finding per sheet)",
    zh: (p) =>
      `這張工作表有 ${p.cells.length} 格是公式（${firstZh(p.cells)}），匯出的檔案只有算出的值，不含公式。請確認算出的值是最新的，再匯出。`,
    en: (p) =>
      p.cells.length === 1
        ? `Cell ${p.cells[0]} holds a formula: the exported file has its value only, not the formula. Check that the value is up to date before exporting.`
        : `Cells ${someEn(p.cells)} hold formulas: the exported file has their values only, not the formulas. Check that the values are up to date before exporting.`,
  }),
  "publish/formula-like": code<{ cell: string; start: FormulaStart; text: string }>({
    severity: "error",
    check: publishFormulas,
    cell: "the cell, on the sheet exported",
    what: "text starting with = + - @ (after tabs, CRs, LFs or NULs, if any) and more, which a spreadsheet opening the CSV would run; `params.start` its first character",
    zh: (p) =>
      `${p.cell} 的文字以${START_ZH[p.start]}開頭（「${p.text}」），用試算表開啟匯出的 CSV 時，可能被當成公式執行。請改寫開頭，或確認無誤後仍要匯出。`,
    en: (p) =>
      `The text in cell ${p.cell} starts with ${START_EN[p.start]} ("${p.text}"): a spreadsheet opening the exported CSV may run it as a formula. Reword its start, or export anyway if it is right.`,
  }),
  "publish/hidden-rows": code<{ rows: number[] }>({
    severity: "warning",
    check: publishHidden,
    cell: "column A of the first hidden row",
    what: "hidden rows holding something: they are published (hidden only on screen; every export writes them); `params.rows` 1-based",
    zh: (p) => `${rowsZh(p.rows)}是隱藏的，但匯出的檔案仍會包含其內容。請確認可以公開，或先刪除再匯出。`,
    en: (p) =>
      p.rows.length === 1
        ? `Row ${p.rows[0]} is hidden, but the exported file still contains it. Check that it may be published, or delete it before exporting.`
        : `Rows ${someEn(p.rows)} are hidden, but the exported file still contains them. Check that they may be published, or delete them before exporting.`,
  }),
  "publish/hidden-columns": code<{ columns: string[] }>({
    severity: "warning",
    check: publishHidden,
    cell: "the first hidden column's first body cell",
    what: "hidden columns holding something: they are published, as hidden rows are",
    zh: (p) => `${columnsZh(p.columns)}是隱藏的，但匯出的檔案仍會包含其內容。請確認可以公開，或先刪除再匯出。`,
    en: (p) =>
      p.columns.length === 1
        ? `Column ${p.columns[0]} is hidden, but the exported file still contains it. Check that it may be published, or delete it before exporting.`
        : `Columns ${someEn(p.columns)} are hidden, but the exported file still contains them. Check that they may be published, or delete them before exporting.`,
  }),
  "publish/comment": code<{ cell: string; text: string }>({
    severity: "warning",
    check: publishComments,
    cell: "the commented cell",
    what: "a comment or note: not exported; is anything in it needed?",
    zh: (p) => `${p.cell} 有註解${p.text ? `「${p.text}」` : ""}，註解不會匯出。若其中有需要公開的內容，請寫進儲存格後再匯出。`,
    en: (p) =>
      `Cell ${p.cell} has a comment${p.text ? ` ("${p.text}")` : ""}; comments are not exported. If anything in it is needed, write it into a cell before exporting.`,
  }),
  "publish/results-missing": code<{ units: MissingResults[]; period?: string }>({
    severity: "warning",
    check: publishResultsMissing,
    cell: "—",
    what: "exporting 附件二 with the period's results not all reported: how many (one per measure and unit), per unit (from `results/missing`)",
    zh: (p) =>
      `${p.period ?? ""}還有 ${total(p.units)} 筆成效未填報（每項作法的每個執行單位一筆：${unitsZh(p.units)}），匯出的附件二會有空白。請先請各單位填報，或仍要匯出。`,
    en: (p) =>
      `${p.period ? `For ${PERIOD_EN[p.period] ?? p.period}` : "So far"}, ${total(p.units)} result${total(p.units) === 1 ? " is" : "s are"} not reported yet (one per measure and unit responsible: ${unitsEn(p.units)}): the exported 附件二 will have blanks. Ask the units to report first, or export anyway.`,
  }),
  "publish/validation-errors": code<{ errors: number }>({
    severity: "warning",
    check: publishValidationErrors,
    cell: "—",
    what: "the plan still has error-level findings (`params.errors` how many)",
    zh: (p) => `計畫還有 ${p.errors} 個錯誤尚未修正。請先修正，或仍要匯出。`,
    en: (p) =>
      `The plan still has ${p.errors} error${p.errors === 1 ? "" : "s"} not fixed. Fix ${p.errors === 1 ? "it" : "them"} first, or export anyway.`,
  }),
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
