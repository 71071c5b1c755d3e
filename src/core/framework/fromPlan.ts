/**
 * A framework read from the plan itself, for a plan no built-in framework fits (Taichung's 執行策略,
 * Changhua's four 構面): its pillars and the focus points under each, worded and labelled as the plan
 * writes them, in the order it writes them. Built by buildFramework like any other, so it is written
 * as the 服務架構 sheet and read back from it (frameworkSheet.ts) as the agency's own.
 */
import type { OutlinePillar, Plan } from "../plan";
import { matchKey } from "../text/normalize";
import { splitEnumLabel, splitParenLabel } from "../text/numerals";
import { buildFramework, isPreambleText, type FrameworkSource } from "./build";
import { focusCellParts } from "./match";
import type { Framework } from "./types";

/** The id a framework read from the plan goes by (Plan.frameworkId, the set-up's record). */
export const PLAN_FRAMEWORK_ID = "plan";

/** The pillars and focus points a plan writes; null when it writes no pillar. */
export function frameworkFromPlan(plan: Plan): Framework | null {
  const source: FrameworkSource = { id: PLAN_FRAMEWORK_ID, name: `計畫自有架構（${plan.sheet}）`, pillars: [] };
  const byKey = new Map<string, FrameworkSource["pillars"][number]>();
  for (const written of plan.outline ?? outlineOfMeasures(plan)) {
    const text = written.text.trim();
    if (matchKey(text) === "") continue; // focus cells with no pillar above them: no pillar to hang them on
    if (isPreambleText(text)) {
      source.preamble ??= { title: text, variants: written.focus.map((f) => f.text) };
      continue;
    }
    const title = pillarTitle(text);
    let pillar = byKey.get(matchKey(title));
    if (!pillar) {
      byKey.set(matchKey(title), (pillar = { title, focus: [] }));
      source.pillars.push(pillar);
    }
    const focus = pillar.focus as { text: string; label?: string }[];
    for (const cell of written.focus) {
      for (const part of focusCellParts(cell.text)) {
        const labelled = splitParenLabel(part);
        const wording = (labelled?.rest ?? part).trim();
        // Too short to match anything by wording (matchFocus asks for two characters).
        if (matchKey(wording).length < 2 || focus.some((f) => matchKey(f.text) === matchKey(wording))) continue;
        focus.push(labelled ? { text: wording, label: labelled.label } : { text: wording });
      }
    }
  }
  return source.pillars.length > 0 ? buildFramework(source) : null;
}

/** A pillar's wording without its "一、" / "1." numbering: the framework numbers pillars by their place. */
function pillarTitle(text: string): string {
  const numbered = splitEnumLabel(text)?.rest ?? splitParenLabel(text)?.rest ?? text.replace(/^\s*\d{1,2}\s*[.、．]\s*/, "");
  return numbered.trim() === "" ? text : numbered.trim();
}

/** For a plan not made by impose: the pillar and focus cells its measures carry. */
function outlineOfMeasures(plan: Plan): OutlinePillar[] {
  const out: OutlinePillar[] = [];
  for (const m of plan.measures) {
    let entry = out.find((p) => p.text === m.pillarText);
    if (!entry) out.push((entry = { text: m.pillarText, cell: "", focus: [] }));
    if (m.focusText !== "" && !entry.focus.some((f) => f.text === m.focusText)) entry.focus.push({ text: m.focusText, cell: "" });
  }
  return out;
}
