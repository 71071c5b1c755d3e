/** Each measure on its own and against the others: a unit behind it, words in it, said once. */
import type { Measure, Plan } from "../plan";
import type { CheckContext } from "./context";
import { finding, pillarParam, type Finding } from "./finding";
import { isEmptyMeasure, measureKey } from "./measureContent";
import { roleCell } from "./planCells";

/** Measures grouped by a cell of their row (several measures split from one cell share it). */
export function byCell(plan: Plan, measures: readonly Measure[], role: "units" | "deadline"): Map<string, Measure[]> {
  const out = new Map<string, Measure[]>();
  // Indexed, not for-of: a for-of costs ten times as much before the JIT warms up (the CLI runs cold).
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    const cell = roleCell(plan, m, role);
    const list = out.get(cell);
    if (list) list.push(m);
    else out.set(cell, [m]);
  }
  return out;
}

/** A measure nobody is responsible for: points at the empty units cell to fill in. */
export function measureNoUnit(plan: Plan, _context: CheckContext): Finding[] {
  const bare = plan.measures.filter((m) => m.units.length === 0);
  return [...byCell(plan, bare, "units")].map(([cell, ms]) =>
    finding("measure/no-unit", plan.sheet, cell, { ids: ms.map((m) => m.id), title: ms[0].title, ...pillarParam(ms[0].pillar) }),
  );
}

/** A measure row with no words (a dash) or a placeholder (「無」「待補」): it looks filled but commits to nothing. */
export function measureEmpty(plan: Plan, _context: CheckContext): Finding[] {
  return plan.measures.filter(isEmptyMeasure).map((m) =>
    finding("measure/empty", plan.sheet, m.source.cell, {
      id: m.id,
      text: [m.title, m.text].filter((t) => t !== "").join("\n"),
      ...pillarParam(m.pillar),
    }),
  );
}

/**
 * The same measure twice in a pillar is a copy-paste slip (a warning at the later one); the same
 * measure under two pillars may be meant (seed 000's 常見問題集 serves 1-2 and 2-2), so only an info.
 */
export function measureDuplicates(plan: Plan, _context: CheckContext): Finding[] {
  const seen = new Map<string, Measure[]>();
  const out: Finding[] = [];
  for (let i = 0; i < plan.measures.length; i++) {
    const m = plan.measures[i];
    if (isEmptyMeasure(m)) continue;
    const key = measureKey(m);
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, [m]); // most measures are unique: one array each, looked up once
      continue;
    }
    const same = earlier.find((x) => x.pillar === m.pillar);
    if (same) {
      out.push(
        finding("measure/duplicate", plan.sheet, m.source.cell, {
          id: m.id,
          title: m.title,
          ...pillarParam(m.pillar),
          firstId: same.id,
          firstCell: same.source.cell,
        }),
      );
    } else {
      const other = earlier[0];
      out.push(
        finding("measure/duplicate-across-pillars", plan.sheet, m.source.cell, {
          id: m.id,
          title: m.title,
          ...pillarParam(m.pillar),
          otherId: other.id,
          otherCell: other.source.cell,
          ...(other.pillar !== null ? { otherPillar: other.pillar } : {}),
        }),
      );
    }
    earlier.push(m);
  }
  return out;
}

/** Added: a measure in a hidden row is neither seen on screen nor printed, yet is part of the plan. */
export function measureHidden(plan: Plan, _context: CheckContext): Finding[] {
  return plan.measures
    .filter((m) => m.hidden)
    .map((m) => finding("measure/hidden", plan.sheet, m.source.cell, { id: m.id, title: m.title, ...pillarParam(m.pillar) }));
}
