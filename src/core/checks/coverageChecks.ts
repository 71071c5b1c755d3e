/**
 * Does the plan cover what the framework requires? A wholly missing pillar is one finding with no
 * cell (there is nothing to point at), not one per focus point; a missing focus point points at its
 * pillar's first cell, where the secretariat would add it.
 */
import type { Plan } from "../plan";
import type { CheckContext } from "./context";
import { coverageMatrix } from "./coverage";
import { finding, type Finding } from "./finding";
import { pillarFirstCell } from "./planCells";

export function pillarMissing(plan: Plan, { framework }: CheckContext): Finding[] {
  return coverageMatrix(plan, framework)
    .pillars.filter((p) => p.measures === 0)
    .map((p) =>
      finding("coverage/pillar-missing", plan.sheet, undefined, {
        pillar: p.pillar,
        pillarTitle: p.title,
        focusPoints: p.focusPoints.map((f) => f.id),
      }),
    );
}

export function focusMissing(plan: Plan, { framework }: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const p of coverageMatrix(plan, framework).pillars) {
    if (p.measures === 0) continue;
    const cell = pillarFirstCell(plan, p.pillar);
    for (const f of p.focusPoints) {
      if (f.measures > 0) continue;
      out.push(
        finding("coverage/focus-missing", plan.sheet, cell, { pillar: p.pillar, focus: f.id, focusLabel: f.label, focusText: f.text }),
      );
    }
  }
  return out;
}
