/** The `--json` shape of `impose` (later issues and users' scripts depend on it). */
import { columnLetter } from "../core/grid";
import { changeMessage } from "../core/changes";
import type { Locale } from "../core/locale";
import type { Plan } from "../core/plan";

export function planToJson(plan: Plan, gridLeft: number, lang: Locale = "zh-TW") {
  const letter = (c: number | undefined) => (c === undefined ? undefined : columnLetter(gridLeft + c));
  const cols = plan.header.columns;
  return {
    sheet: plan.sheet,
    framework: plan.frameworkId,
    header: {
      row: plan.header.row + 1,
      columns: {
        pillar: letter(cols.pillar),
        focus: letter(cols.focus),
        measure: letter(cols.measure),
        units: letter(cols.units),
        deadline: letter(cols.deadline),
        results: letter(cols.results),
        id: letter(cols.id),
        extra: Object.fromEntries(cols.extra.map((e) => [e.name, letter(e.col)])),
      },
    },
    measures: plan.measures.map((m) => ({
      id: m.id,
      pillar: m.pillar,
      focus: m.focus,
      ...(m.focusGroup ? { focusGroup: m.focusGroup } : {}),
      label: m.label,
      title: m.title,
      text: m.text,
      units: m.units,
      allUnits: m.allUnits,
      deadline: m.deadline,
      deadlineDate: m.deadlineDate,
      ...(m.hidden ? { hidden: true } : {}),
      ...(Object.keys(m.extra).length > 0 ? { extra: m.extra } : {}),
      source: m.source,
    })),
    notes: plan.notes,
    changes: plan.changes.map((c) => ({ kind: c.kind, cell: c.cell, detail: changeMessage(c, lang) })),
  };
}
