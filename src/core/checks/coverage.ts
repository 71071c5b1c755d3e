/**
 * The coverage figures, as data for the report, the pane's heat map and a sheet: measures per
 * pillar × focus point, and measures per unit × pillar. A measure whose cell groups several focus
 * points counts under each; an empty measure (a dash, 「無」) counts nowhere.
 */
import type { Framework } from "../framework/types";
import type { Plan } from "../plan";
import { suggestUnits } from "../workbook/unitsSheet";
import { isBlanketUnit } from "../text/units";
import { isEmptyMeasure } from "./measureContent";
import { UnitList } from "./unitAssignment";

export interface FocusCoverage {
  /** "P-F". */
  id: string;
  label: string;
  text: string;
  measures: number;
}

export interface PillarCoverage {
  pillar: number;
  title: string;
  measures: number;
  focusPoints: FocusCoverage[];
  /** Measures under the pillar tied to none of its focus points. */
  withoutFocus: number;
}

export interface CoverageMatrix {
  framework: string;
  pillars: PillarCoverage[];
  /** Measures of the preamble row (訂定計畫). */
  preamble: number;
  /** Measures whose pillar matches none of the framework's. */
  withoutPillar: number;
}

/** The matrix of a plan under a framework, made once: the coverage checks and the validation summary all read it. */
const made = new WeakMap<Plan, { framework: Framework; matrix: CoverageMatrix }>();

export function coverageMatrix(plan: Plan, framework: Framework): CoverageMatrix {
  const known = made.get(plan);
  if (known?.framework === framework) return known.matrix;
  const matrix = countCoverage(plan, framework);
  made.set(plan, { framework, matrix });
  return matrix;
}

const NO_IDS: readonly string[] = [];

function countCoverage(plan: Plan, framework: Framework): CoverageMatrix {
  const pillars: PillarCoverage[] = framework.pillars.map((p) => ({
    pillar: p.number,
    title: p.title,
    measures: 0,
    focusPoints: p.focusPoints.map((f) => ({ id: f.id, label: f.label, text: f.text, measures: 0 })),
    withoutFocus: 0,
  }));
  const byNumber = new Map(pillars.map((p) => [p.pillar, p]));
  const focusById = new Map(pillars.flatMap((p) => p.focusPoints.map((f) => [f.id, f] as const)));
  let preamble = 0;
  let withoutPillar = 0;
  // Indexed loops, not for-of: a for-of costs ten times as much before the JIT warms up (the CLI runs cold).
  for (let i = 0; i < plan.measures.length; i++) {
    const m = plan.measures[i];
    if (isEmptyMeasure(m)) continue;
    if (m.pillar === 0) {
      preamble++;
      continue;
    }
    const p = m.pillar === null ? undefined : byNumber.get(m.pillar);
    if (!p) {
      withoutPillar++;
      continue;
    }
    p.measures++;
    // No arrays per measure: a plan has thousands.
    let counted = 0;
    const ids = m.focusGroup ?? (m.focus ? [m.focus] : NO_IDS);
    for (let k = 0; k < ids.length; k++) {
      const f = focusById.get(ids[k]);
      if (f) {
        f.measures++;
        counted++;
      }
    }
    if (counted === 0) p.withoutFocus++;
  }
  return { framework: framework.id, pillars, preamble, withoutPillar };
}

export interface UnitPillarRow {
  unit: string;
  /** On the unit list the matrix was drawn with (false: named in the plan only). */
  listed: boolean;
  /** Measures per column of `pillars`. */
  counts: number[];
  /** All the unit's measures, including any whose pillar matches none. */
  total: number;
}

export interface UnitPillarMatrix {
  /** "list": the agency's unit list; "plan": no list was given, so the units the plan names. */
  source: "list" | "plan";
  /** Column pillar numbers: 0 (the preamble row) when the plan has one, then the pillars. */
  pillars: number[];
  units: UnitPillarRow[];
}

/**
 * Units × pillars. Blanket words (各課室) count for every unit of the list; with no list, the
 * units the plan names stand in for it. `pillarNumbers` defaults to the pillars the plan uses.
 */
export function unitPillarMatrix(plan: Plan, units: readonly string[], pillarNumbers?: readonly number[]): UnitPillarMatrix {
  const source = units.length > 0 ? "list" : "plan";
  const list = new UnitList(units.length > 0 ? units : suggestUnits(plan));
  const used = new Set<number>();
  plan.measures.forEach((m) => {
    if (m.pillar !== null) used.add(m.pillar);
  });
  const pillars = [...new Set([...(used.has(0) ? [0] : []), ...(pillarNumbers ?? [...used].filter((p) => p !== 0))])].sort((a, b) => a - b);
  const column = new Map(pillars.map((p, i) => [p, i]));
  const rows = new Map<string, UnitPillarRow>();
  const row = (unit: string, listed: boolean) => {
    let r = rows.get(unit);
    if (!r) rows.set(unit, (r = { unit, listed, counts: pillars.map(() => 0), total: 0 }));
    return r;
  };
  for (const u of list.names) row(u, true);
  for (let i = 0; i < plan.measures.length; i++) {
    const m = plan.measures[i];
    if (isEmptyMeasure(m)) continue;
    const c = m.pillar === null ? undefined : column.get(m.pillar);
    const count = (u: string) => {
      const r = row(u, list.known(u) !== undefined);
      r.total++;
      if (c !== undefined) r.counts[c]++;
    };
    // The listed units it assigns, then the names not on the list.
    list.assigned(m).forEach(count);
    for (let k = 0; k < m.units.length; k++) if (!isBlanketUnit(m.units[k]) && list.known(m.units[k]) === undefined) count(m.units[k]);
  }
  return { source, pillars, units: [...rows.values()] };
}
