/**
 * Problem cells highlighted in the sheet (the pane's 醒目提示). A highlight is a conditional format
 * on one cell, never a fill, so the user's own fills are untouched and nothing needs restoring.
 * Each rule's formula carries our mark (to tell ours from the user's own rules) and the cell's
 * content at check time: editing the cell turns its highlight off at once, even with the pane
 * closed; the next check redraws the rest. The formula thus names a highlight completely (cell,
 * severity, content), which lets a check round write only what changed.
 */
import type { CellValue } from "../grid";
import type { Finding, Severity } from "./finding";

/** Info findings are advice, not problems: they stay in the pane, not on the sheet. */
export type HighlightSeverity = Exclude<Severity, "info">;

/** Excel's own "light red fill" and "light yellow fill". */
export const HIGHLIGHT_FILL: Record<HighlightSeverity, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** In every formula we write; a user's rule never has it. */
const MARK = "提升服務計畫助手";
const MARKED = new RegExp(`ISTEXT\\("${MARK}:(error|warning)"\\)`);

export interface Highlight {
  sheet: string;
  cell: string;
  severity: HighlightSeverity;
  /** The conditional format's formula, "=AND(…)". */
  formula: string;
}

/** Longest text compared whole: Excel caps a string in a formula at 255 characters. */
const WHOLE_TEXT_MAX = 100;
/** Longer text is compared by its length and this many leading and trailing characters. */
const ENDS_LENGTH = 30;

/** Rules a sheet can carry without slowing Excel down; findings come most severe first. */
export const HIGHLIGHT_LIMIT = 500;

/**
 * One highlight per problem cell on the given sheets, the most severe finding's colour when several
 * share a cell; at most HIGHLIGHT_LIMIT (`capped`: there were more). `valueAt` gives the cell's
 * value now (undefined: not read).
 */
export function highlightsOf(
  findings: readonly Finding[],
  sheets: readonly string[],
  valueAt: (sheet: string, cell: string) => CellValue | undefined,
): { highlights: Highlight[]; capped: boolean } {
  const byCell = new Map<string, Highlight>();
  for (const f of findings) {
    if (f.severity === "info" || !f.cell || !sheets.includes(f.sheet)) continue;
    const key = `${f.sheet}!${f.cell}`;
    const seen = byCell.get(key);
    if (!seen && byCell.size >= HIGHLIGHT_LIMIT) return { highlights: [...byCell.values()], capped: true };
    if (seen && seen.severity === "error") continue;
    byCell.set(key, {
      sheet: f.sheet,
      cell: f.cell,
      severity: f.severity,
      formula: highlightFormula(f.cell, f.severity, valueAt(f.sheet, f.cell)),
    });
  }
  return { highlights: [...byCell.values()], capped: false };
}

export function highlightFormula(cell: string, severity: HighlightSeverity, value: CellValue | undefined): string {
  return `=AND(${[`ISTEXT("${MARK}:${severity}")`, ...whileUnchanged(cell, value)].join(",")})`;
}

/**
 * Whether our rule on `cell` holds for the cell's value now: it does exactly when the value would
 * give the same formula (no formula engine needed; the playground draws highlights with it).
 */
export function highlightHolds(formula: string | null | undefined, cell: string, value: CellValue | undefined): boolean {
  const severity = formula ? MARKED.exec(formula)?.[1] : undefined;
  if (!formula || !severity) return false;
  return [value, undefined].some((v) => formulaKey(highlightFormula(cell, severity as HighlightSeverity, v)) === formulaKey(formula));
}

/** True for a conditional format formula we wrote. */
export function isHighlightFormula(formula: string | null | undefined): boolean {
  return !!formula && MARKED.test(formula);
}

/** A formula as compared: Excel may give it back without its leading "=". */
const formulaKey = (formula: string) => formula.replace(/^=/, "");

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Conditions true while the cell still holds `value`. */
function whileUnchanged(cell: string, value: CellValue | undefined): string[] {
  if (value === undefined) return [];
  // A fraction might come back from Excel written another way: such a cell goes by the next check.
  if (typeof value === "number") return Number.isInteger(value) ? [`${cell}=${value}`] : [];
  if (typeof value === "boolean") return [`${cell}=${value ? "TRUE" : "FALSE"}`];
  // Blank-looking text (a full-width space from Word) is compared as it is: Excel's TRIM keeps it.
  const text = value ?? "";
  // Line breaks and other control characters cannot stand in a formula's string.
  const control = /[\u0000-\u001f]/;
  if (!control.test(text) && text.length <= WHOLE_TEXT_MAX) return [`${cell}=${quoted(text)}`];
  // An edit in the middle that keeps the length slips through until the next check redraws.
  // Cut at whole characters: half of a surrogate pair (a rare CJK character) is not text.
  const head = text
    .slice(0, ENDS_LENGTH)
    .split(control)[0]
    .replace(/[\ud800-\udbff]$/, "");
  const tail = text
    .slice(-ENDS_LENGTH)
    .split(control)
    .pop()!
    .replace(/^[\udc00-\udfff]/, "");
  return [
    `LEN(${cell})=${text.length}`,
    ...(head ? [`LEFT(${cell},${head.length})=${quoted(head)}`] : []),
    ...(tail ? [`RIGHT(${cell},${tail.length})=${quoted(tail)}`] : []),
  ];
}

/** What a check round changes: our rules no longer wanted, and the highlights to add. */
export interface HighlightChanges<R> {
  remove: R[];
  add: Highlight[];
}

/**
 * Compares the rules on a sheet with the highlights wanted there. Only our rules are considered;
 * a highlight already drawn stays (a duplicate, as two co-authors' panes may leave, goes).
 */
export function highlightChanges<R extends { formula: string | null }>(
  existing: readonly R[],
  wanted: readonly Highlight[],
): HighlightChanges<R> {
  const toAdd = new Map(wanted.map((h) => [formulaKey(h.formula), h]));
  const remove: R[] = [];
  for (const rule of existing) {
    if (!isHighlightFormula(rule.formula)) continue;
    if (!toAdd.delete(formulaKey(rule.formula!))) remove.push(rule);
  }
  return { remove, add: [...toAdd.values()] };
}
