/**
 * Where a finding points. The Plan records the measure's cell and the column of each role, so the
 * units, deadline, focus and pillar cells of a measure's row follow from them (the row is the one
 * the measure cell is on; a measure that a page break split is on its first row).
 */
import { a1, parseA1 } from "../grid";
import type { Measure, Plan } from "../plan";

export type CellRole = "pillar" | "focus" | "units" | "deadline";

/** The cell of `role` on the measure's row; the measure cell itself when the plan has no such column. */
export function roleCell(plan: Plan, m: Measure, role: CellRole): string {
  const col = plan.header.columns[role];
  const at = parseA1(m.source.cell);
  if (col === undefined || !at) return m.source.cell;
  // Columns are grid-relative; the measure cell tells where the grid starts on the sheet.
  const gridLeft = at.col - plan.header.columns.measure;
  return a1(at.row, gridLeft + col);
}

/** The pillar cell of the first measure under pillar `n`, or undefined when it has none. */
export function pillarFirstCell(plan: Plan, n: number): string | undefined {
  const first = plan.measures.find((m) => m.pillar === n);
  return first ? roleCell(plan, first, "pillar") : undefined;
}

/**
 * Measures that share one written focus cell (or one pillar cell): consecutive measures with the
 * same wording. A finding about the wording is given once, at the cell of the first. `same`, when
 * given, must imply equal keys: it spares building a key for each of thousands of measures.
 */
export function runsOf(measures: readonly Measure[], key: (m: Measure) => string, same?: (a: Measure, b: Measure) => boolean): Measure[][] {
  const runs: Measure[][] = [];
  let prev: Measure | undefined;
  let prevKey: string | undefined; // key(prev), made only when needed
  // Indexed, not for-of: a for-of costs ten times as much before the JIT warms up (the CLI runs cold).
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    if (prev && same?.(prev, m)) {
      runs[runs.length - 1].push(m);
      prev = m;
      continue; // key(m) equals key(prev): prevKey, if made, still holds
    }
    const k = key(m);
    if (prev && k === (prevKey ??= key(prev))) runs[runs.length - 1].push(m);
    else runs.push([m]);
    prev = m;
    prevKey = k;
  }
  return runs;
}

export const focusCellKey = (m: Measure) => `${m.pillar}\u0000${m.pillarText}\u0000${m.focusText}`;
export const pillarCellKey = (m: Measure) => `${m.pillarText}`;
/** Same focus cell wording, field by field: equal focusCellKeys. */
export const sameFocusCell = (a: Measure, b: Measure) =>
  a.pillar === b.pillar && a.pillarText === b.pillarText && a.focusText === b.focusText;

/** Sheet row and column of an A1 cell, for ordering findings (cell-less first). */
export function cellOrder(cell: string | undefined): [number, number] {
  const at = cell ? parseA1(cell) : null;
  return at ? [at.row, at.col] : [-1, -1];
}
