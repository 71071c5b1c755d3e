/**
 * Draws the check's highlights (src/core/checks/highlights.ts) as conditional formats, changing
 * only what differs from the rules already there. Ours are told apart by their formula; the
 * user's own rules and fills are never touched. Nothing here syncs: checkPlan places the syncs.
 */
import { HIGHLIGHT_FILL, highlightChanges, type Highlight } from "../core/checks/highlights";

export interface QueuedRules {
  sheet: Excel.Worksheet;
  rules: Excel.ConditionalFormatCollection;
}

/** Loads every conditional format of a sheet with its formula (null for rules of other types). */
export function queueRulesLoad(sheet: Excel.Worksheet): QueuedRules {
  const rules = sheet.getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
  return { sheet, rules };
}

const formulaOf = (rule: Excel.ConditionalFormat) =>
  rule.type === "Custom" && !rule.customOrNullObject.isNullObject ? rule.customOrNullObject.rule.formula : null;

/** Queues the removals and additions that make the sheet's highlights `wanted`; returns how many. */
export function queueHighlightChanges({ sheet, rules }: QueuedRules, wanted: readonly Highlight[]): number {
  const existing = rules.items.map((rule) => ({ rule, formula: formulaOf(rule) }));
  const { remove, add } = highlightChanges(existing, wanted);
  for (const { rule } of remove) rule.delete();
  for (const h of add) {
    const format = sheet.getRange(h.cell).conditionalFormats.add("Custom");
    format.custom.rule.formula = h.formula;
    format.custom.format.fill.color = HIGHLIGHT_FILL[h.severity];
  }
  return remove.length + add.length;
}
