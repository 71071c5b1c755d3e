/** Data validation rules of a sheet: checking a rule the way Excel does, setting and clearing it. */
import { type Area, contains, intersects, subtract } from "./area";
import { fail } from "../errors";
import type { SheetData, ValidationData } from "./model";

/** Excel caps an inline list ("a,b,c") at 255 characters. */
export const INLINE_LIST_LIMIT = 255;

/** DataValidation.type as Office.js reports it. */
export type ValidationTypeName =
  "None" | "WholeNumber" | "Decimal" | "List" | "Date" | "Time" | "TextLength" | "Custom" | "Inconsistent" | "MixedCriteria";

const TYPES: Record<string, ValidationTypeName> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

export function ruleType(rule: Excel.DataValidationRule): ValidationTypeName {
  const key = Object.keys(rule).find((k) => (rule as Record<string, unknown>)[k] !== undefined);
  return key ? TYPES[key] : "None";
}

/** Throws InvalidArgument for a rule Excel rejects. */
export function checkRule(rule: Excel.DataValidationRule): void {
  const keys = Object.keys(rule ?? {}).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(keys[0] in TYPES)) fail("InvalidArgument", "A data validation rule needs exactly one criterion.");
  if (rule.list) {
    const source = rule.list.source;
    if (typeof source !== "string" || source.trim() === "") fail("InvalidArgument", "A list validation needs a source.");
    if (!source.startsWith("=") && source.length > INLINE_LIST_LIMIT) {
      fail("InvalidArgument", `An inline list source is limited to ${INLINE_LIST_LIMIT} characters (got ${source.length}).`);
    }
  }
}

/** Sets the rule on the area, replacing whatever rules the area had. */
export function setRule(
  sheet: SheetData,
  area: Area,
  rule: Excel.DataValidationRule,
  ignoreBlanks: boolean,
  errorAlert?: Excel.DataValidationErrorAlert,
): void {
  clearValidation(sheet, area);
  sheet.validations.push({
    area: { ...area },
    rule: JSON.parse(JSON.stringify(rule)),
    ignoreBlanks,
    ...(errorAlert ? { errorAlert: { ...errorAlert } } : {}),
  });
}

export function clearValidation(sheet: SheetData, area: Area): void {
  sheet.validations = sheet.validations.flatMap((v) => subtract(v.area, area).map((a) => ({ ...v, area: a })));
}

/** The one validation covering the whole area, "none" when no rule touches it, or "mixed". */
export function validationOf(sheet: SheetData, area: Area): ValidationData | "none" | "mixed" {
  const touching = sheet.validations.filter((v) => intersects(v.area, area));
  if (touching.length === 0) return "none";
  if (touching.length === 1 && contains(touching[0].area, area)) return touching[0];
  const first = JSON.stringify(touching[0].rule);
  return touching.every((v) => JSON.stringify(v.rule) === first) ? touchingCover(touching, area) : "mixed";
}

/** Same rule split over several areas: the rule if together they cover the area. */
function touchingCover(touching: ValidationData[], area: Area): ValidationData | "mixed" {
  let rest: Area[] = [area];
  for (const v of touching) rest = rest.flatMap((a) => subtract(a, v.area));
  return rest.length === 0 ? { ...touching[0], area } : "mixed";
}
