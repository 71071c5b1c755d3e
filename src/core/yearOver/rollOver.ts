/**
 * Starting next year's plan from this one, as a pure function: last year's workbook (its sheets, the
 * plan read from it against the new year's framework, its units and results sheet) in; the new year's
 * sheets and the list of what was changed out. Measure ids are kept (the comparison of the two years
 * matches by them); results are cleared, the results sheet's rows not carried; deadlines move to the
 * new year (deadlines.ts says why); the title's year moves; a pillar or focus point the framework
 * words differently takes the framework's wording. Everything else is carried as it was.
 */
import { roleCell } from "../checks/planCells";
import { change, type Change } from "../changes";
import type { FocusPoint, Framework } from "../framework/types";
import type { Grid } from "../grid";
import type { Measure, Plan } from "../plan";
import { isReported, resultRowsOf } from "../results/resultsSheet";
import type { SheetSpec } from "../sheetSpec";
import { matchKey } from "../text/normalize";
import { splitEnumLabel, splitParenLabel } from "../text/numerals";
import { pillarHeading } from "../workbook/frameworkSheet";
import { measureCellText } from "../workbook/planTable";
import { setUpSheets } from "../workbook/setUpSheets";
import { namesYear } from "../text/years";
import { deadlineNamesYear, moveDeadline } from "./deadlines";
import { movedNotes, movedTitle } from "./planTitle";

export interface RollOverInput {
  /** Every sheet of last year's workbook: the title may be on another sheet than the plan. */
  sheets: readonly Grid[];
  /** The plan's sheet. */
  grid: Grid;
  /** Last year's plan, read against `framework`. */
  plan: Plan;
  /** The new year's framework: its wording is applied. */
  framework: Framework;
  units: readonly string[];
  /** Last year's results sheet (成效填報), if the workbook has one: its rows are not carried. */
  resultsSheet: Grid | null;
  /** Last year (ROC) as the title says, or null when it says none. */
  from: number | null;
  /** The new year (ROC). */
  to: number;
}

export interface RollOver {
  plan: Plan;
  /**
   * The plan table, units, framework, the title (when one was found), and the notes outside the plan's
   * table (計畫附註, when it has any: 伍、推動及管考…, 備註), in that order.
   */
  sheets: SheetSpec[];
  /** What was changed, in the order: year, title, results, deadlines, wording, what to check. */
  changes: Change[];
}

/** Changes of one kind that repeat over many measures, counted once per distinct before → after. */
class Tally<T> {
  private readonly seen = new Map<string, { first: Measure; value: T; count: number }>();
  add(key: string, m: Measure, value: T) {
    const known = this.seen.get(key);
    if (known) known.count++;
    else this.seen.set(key, { first: m, value, count: 1 });
  }
  each<R>(f: (first: Measure, value: T, count: number) => R): R[] {
    return [...this.seen.values()].map((e) => f(e.first, e.value, e.count));
  }
}

export function rollOver(input: RollOverInput): RollOver {
  const { plan, framework, from, to } = input;
  const years = from === null ? 0 : to - from;
  const pillars = new Map(framework.pillars.map((p) => [p.number, p]));
  const focusPoints = new Map<string, FocusPoint>();
  for (const p of framework.pillars) for (const f of p.focusPoints) if (!focusPoints.has(f.id)) focusPoints.set(f.id, f);

  const cleared: string[] = [];
  const deadlines = new Tally<{ from: string; to: string }>();
  const lost = new Tally<string>();
  const pillarWording = new Tally<{ pillar: number; before: string; after: string }>();
  const focusWording = new Tally<{ focus: string; before: string; after: string }>();
  const namingYear: string[] = [];
  let unmoved = 0; // deadlines naming a year, left as written since last year is unknown

  const measures = plan.measures.map((m): Measure => {
    const next: Measure = { ...m, results: null };
    if ((m.results ?? "").trim() !== "") cleared.push(m.id);

    if (m.deadline !== null && years === 0 && from === null && deadlineNamesYear(m.deadline)) unmoved++;
    if (m.deadline !== null) {
      const moved = moveDeadline(m.deadline, years);
      if (moved.kind === "moved") {
        deadlines.add(`${m.deadline}\u0000${moved.text}`, m, { from: m.deadline, to: moved.text });
        Object.assign(next, { deadline: moved.text, deadlineDate: moved.iso });
      } else if (moved.kind === "cleared") {
        lost.add(m.deadline, m, m.deadline);
        Object.assign(next, { deadline: null, deadlineDate: null });
      }
    }

    // The framework's wording where the plan words a pillar or focus point otherwise (labels included).
    const pillar = m.pillar ? pillars.get(m.pillar) : undefined;
    if (pillar) {
      const body = splitEnumLabel(m.pillarText)?.rest ?? m.pillarText;
      const after = pillarHeading(pillar.number, pillar.title);
      if (matchKey(body) !== matchKey(pillar.title) && m.pillarText !== after) {
        pillarWording.add(`${m.pillarText}\u0000${after}`, m, { pillar: pillar.number, before: m.pillarText, after });
        next.pillarText = after;
      }
    }
    const focus = m.focus && (m.focusGroup?.length ?? 1) === 1 ? focusPoints.get(m.focus) : undefined;
    if (focus) {
      const labelled = splitParenLabel(m.focusText);
      const after = `${focus.label}${focus.text}`;
      const reworded =
        matchKey(labelled?.rest ?? m.focusText) !== matchKey(focus.text) || (labelled !== null && labelled.label !== focus.label);
      if (reworded && m.focusText !== after) {
        focusWording.add(`${m.focusText}\u0000${after}`, m, { focus: focus.id, before: m.focusText, after });
        Object.assign(next, { focusText: after, label: focus.label });
      }
    }

    if (from !== null && namesYear(measureCellText(m), from)) namingYear.push(m.id);
    return next;
  });
  const title = movedTitle(input.sheets, input.grid, plan, from, to);
  const notes = movedNotes(plan, from, to);
  const rolled: Plan = { ...plan, measures, notes: notes.notes };

  const reported = input.resultsSheet ? resultRowsOf(input.resultsSheet).filter(isReported).length : 0;
  const changes: Change[] = [
    change("year-moved", "", { from, to }),
    ...title.changes,
    ...(cleared.length > 0 ? [change("results-cleared", "", { count: cleared.length, ids: cleared })] : []),
    ...(reported > 0 && input.resultsSheet ? [change("results-sheet-left", "", { sheet: input.resultsSheet.sheet, rows: reported })] : []),
    ...deadlines.each((m, d, count) => change("deadlines-moved", roleCell(plan, m, "deadline"), { ...d, count })),
    ...lost.each((m, text, count) => change("deadline-cleared", roleCell(plan, m, "deadline"), { text, count })),
    ...(unmoved > 0 ? [change("deadlines-not-moved", "", { count: unmoved, to })] : []),
    ...pillarWording.each((m, w, measures) => change("pillar-reworded", roleCell(plan, m, "pillar"), { ...w, measures })),
    ...focusWording.each((m, w, measures) => change("focus-reworded", roleCell(plan, m, "focus"), { ...w, measures })),
    ...(namingYear.length > 0 && from !== null ? [change("year-in-measure", "", { year: from, ids: namingYear })] : []),
    ...notes.changes,
  ];
  const made = setUpSheets(rolled, framework, input.units);
  const sheets = [made.plan, made.units, made.framework, ...(title.spec ? [title.spec] : []), ...(notes.spec ? [notes.spec] : [])];
  return { plan: rolled, sheets, changes };
}
