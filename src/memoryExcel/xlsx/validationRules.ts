/** Office.js data validation rules ⇄ ExcelJS data validations. */
import type ExcelJS from "exceljs";

const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};
const OPERATORS_BACK = Object.fromEntries(Object.entries(OPERATORS).map(([k, v]) => [v, k]));

const BASIC: Record<string, "whole" | "decimal" | "textLength"> = { wholeNumber: "whole", decimal: "decimal", textLength: "textLength" };
const BASIC_BACK: Record<string, string> = { whole: "wholeNumber", decimal: "decimal", textLength: "textLength" };

const bare = (formula: unknown) => (typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : formula);

/** The ExcelJS validation for a rule, or null for a kind not written (date, time). */
const ERROR_STYLES: Record<string, ExcelJS.DataValidation["errorStyle"]> = { Stop: "stop", Warning: "warning", Information: "information" };

export function toExcelJsValidation(
  rule: Excel.DataValidationRule,
  ignoreBlanks: boolean,
  alert?: Excel.DataValidationErrorAlert,
): ExcelJS.DataValidation | null {
  const common: Partial<ExcelJS.DataValidation> = {
    allowBlank: ignoreBlanks,
    showErrorMessage: alert?.showAlert ?? true,
    ...(alert?.style && alert.style !== "Stop" ? { errorStyle: ERROR_STYLES[alert.style] } : {}),
    ...(alert?.title ? { errorTitle: alert.title } : {}),
    ...(alert?.message ? { error: alert.message } : {}),
  };
  if (rule.list) {
    const source = String(rule.list.source);
    return { ...common, type: "list", formulae: [source.startsWith("=") ? source.slice(1) : `"${source}"`] };
  }
  if (rule.custom) return { ...common, type: "custom", formulae: [bare(rule.custom.formula)] };
  for (const [key, type] of Object.entries(BASIC)) {
    const basic = (rule as Record<string, Excel.BasicDataValidation | undefined>)[key];
    if (basic) {
      const formulae = [bare(basic.formula1), ...(basic.formula2 !== undefined ? [bare(basic.formula2)] : [])];
      return { ...common, type, operator: OPERATORS[String(basic.operator)] ?? "between", formulae };
    }
  }
  return null;
}

export function fromExcelJsValidation(v: ExcelJS.DataValidation): { rule: Excel.DataValidationRule; ignoreBlanks: boolean } | null {
  const ignoreBlanks = v.allowBlank !== false;
  const [f1, f2] = v.formulae ?? [];
  if (v.type === "list") {
    const text = String(f1 ?? "");
    const source = text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : `=${text}`;
    return { rule: { list: { inCellDropDown: true, source } }, ignoreBlanks };
  }
  if (v.type === "custom") return { rule: { custom: { formula: `=${String(f1)}` } }, ignoreBlanks };
  const key = BASIC_BACK[v.type];
  if (key) {
    const basic = {
      formula1: f1,
      ...(f2 !== undefined ? { formula2: f2 } : {}),
      operator: OPERATORS_BACK[v.operator ?? "between"] ?? "Between",
    };
    return { rule: { [key]: basic } as Excel.DataValidationRule, ignoreBlanks };
  }
  return null;
}
