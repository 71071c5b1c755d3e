/**
 * How a step after set-up says why its work against Excel failed: the step's own sentence when
 * there is no set-up yet, else the clerk's sentence for the problem (setUpStrings.ts), with the sheet.
 * An unknown failure is also written to the console, with its cause, for whoever debugs.
 */
import { excelProblemOf } from "../excel/errors";
import type { Locale } from "./i18n";
import { SET_UP_STRINGS } from "./setup/setUpStrings";

export function stepProblemText(locale: Locale, needsSetUp: string): (e: unknown, where: string) => string {
  return (e, where) => {
    const problem = excelProblemOf(e);
    if (problem === "unknown") console.error(e);
    return problem === "no-set-up" ? needsSetUp : SET_UP_STRINGS[locale].problems[problem](where);
  };
}
