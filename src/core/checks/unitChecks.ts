/**
 * Units against the agency's unit list: every unit a measure names is a real unit, every unit has
 * work. The list-based checks need a list; runChecks skips them (and says so) without one.
 */
import type { Plan } from "../plan";
import { isBlanketUnit } from "../text/units";
import type { CheckContext } from "./context";
import { unitPillarMatrix } from "./coverage";
import { finding, pillarParam, type Finding } from "./finding";
import { byCell } from "./measureChecks";
import { nearestName } from "./nearestName";
import { UnitList } from "./unitAssignment";

/** A unit not on the list, once per units cell, with the nearest listed name when there is one. */
export function unitUnknown(plan: Plan, { units = [] }: CheckContext): Finding[] {
  if (units.length === 0) return [];
  const list = new UnitList(units);
  const out: Finding[] = [];
  const suggestions = new Map<string, string | undefined>();
  for (const [cell, ms] of byCell(plan, plan.measures, "units")) {
    const unknown = new Map<string, string[]>();
    for (const m of ms) {
      for (const u of m.units) {
        if (isBlanketUnit(u) || list.known(u) !== undefined) continue;
        unknown.set(u, [...(unknown.get(u) ?? []), m.id]);
      }
    }
    for (const [unit, ids] of unknown) {
      if (!suggestions.has(unit)) suggestions.set(unit, nearestName(unit, list.names));
      const suggestion = suggestions.get(unit);
      const pillar = ms[0].pillar;
      out.push(finding("unit/unknown", plan.sheet, cell, { unit, ...(suggestion ? { suggestion } : {}), ids, ...pillarParam(pillar) }));
    }
  }
  return out;
}

/** A listed unit with no measure at all (a blanket 各課室 counts for every unit). */
export function unitUnassigned(plan: Plan, { units = [], unitsSheet }: CheckContext): Finding[] {
  if (units.length === 0) return [];
  return unitPillarMatrix(plan, units)
    .units.filter((r) => r.listed && r.total === 0)
    .map((r) => {
      // Point at the unit on the units sheet when the list came from one.
      const i = units.indexOf(r.unit);
      const cell = unitsSheet && i >= 0 ? unitsSheet.cells[i] : undefined;
      return finding("unit/unassigned", unitsSheet && cell ? unitsSheet.sheet : plan.sheet, cell, { unit: r.unit });
    });
}

/**
 * Added: impose could not tell which stacked unit belongs to which measure of a cell and gave each
 * measure all of them (a units-ambiguous change); someone must confirm before the plan goes out.
 */
export function unitAmbiguous(plan: Plan, _context: CheckContext): Finding[] {
  const cells = new Set(plan.changes.filter((c) => c.kind === "units-ambiguous").map((c) => c.cell));
  if (cells.size === 0) return [];
  return (
    [...byCell(plan, plan.measures, "units")]
      .map(([cell, ms]) => ({ cell, ms, units: [...new Set(ms.flatMap((m) => m.units))] }))
      // One unit (各科室) for the whole cell leaves nothing to tell apart.
      .filter(({ cell, units }) => cells.has(cell) && units.length > 1)
      .map(({ cell, ms, units }) =>
        finding("unit/ambiguous", plan.sheet, cell, { ids: ms.map((m) => m.id), units, ...pillarParam(ms[0].pillar) }),
      )
  );
}
