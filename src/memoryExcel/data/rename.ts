/**
 * Renaming a sheet updates the references to it, as Excel does (names, list sources, rule formulas);
 * deleting it turns them into #REF! (Excel's behaviour in the UI; office-js#263 shows a name left as
 * "=#REF!$A$1:$C$4" after its sheet was deleted).
 */
import { quoteSheetName } from "./address";
import type { WorkbookData } from "./model";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function renameReferences(wb: WorkbookData, oldName: string, newName: string): void {
  const pattern = new RegExp(`(^|[=,(:+\\-*/&\\s])${escape(quoteSheetName(oldName))}!`, "g");
  const replace = (formula: string) => formula.replace(pattern, (_m, before: string) => `${before}${quoteSheetName(newName)}!`);
  for (const n of wb.names) n.formula = replace(n.formula);
  for (const sheet of wb.sheets) {
    for (const v of sheet.validations)
      if (v.rule.list && typeof v.rule.list.source === "string") v.rule.list.source = replace(v.rule.list.source);
    for (const f of sheet.conditionalFormats) if (f.formula) f.formula = replace(f.formula);
  }
}

/** After a sheet is deleted: the names that pointed into it point nowhere ("=#REF!$A$1"). */
export function breakReferences(wb: WorkbookData, deletedName: string): void {
  const pattern = new RegExp(`(^|[=,(:+\\-*/&\\s])${escape(quoteSheetName(deletedName))}!`, "g");
  for (const n of wb.names) n.formula = n.formula.replace(pattern, (_m, before: string) => `${before}#REF!`);
}
