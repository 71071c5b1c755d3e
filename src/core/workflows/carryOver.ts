/**
 * Setting up again must not lose what people typed into the plan table since: results and the
 * agency's own columns are carried over when the source sheet has nothing there, matched by measure
 * id, and else by the measure's wording (a framework chosen anew gives every measure a new id).
 */
import { CANONICAL_HEADERS } from "../impose/headerNames";
import type { CellValue } from "../grid";
import type { Plan } from "../plan";
import { similarity } from "../framework/match";
import { matchKey } from "../text/normalize";
import { measureCellText } from "../workbook/planTable";

export interface CarryOver {
  plan: Plan;
  /** Measures whose results or extra cells came from the previous table. */
  kept: number;
  /** Ids in the previous table that the source no longer has (their rows will go). */
  dropped: string[];
}

/** How close a reworded measure stays to what the table had under its id (the framework matcher's measure). */
const REWORDED_SIMILARITY = 0.5;

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** `previous`: the plan table's values as they are now, header row first. */
export function carryOverEdits(plan: Plan, previous: CellValue[][]): CarryOver {
  const [header, ...body] = previous;
  const idCol = header?.findIndex((h) => text(h) === CANONICAL_HEADERS.id) ?? -1;
  if (!header || idCol < 0) return { plan, kept: 0, dropped: [] };
  const resultsCol = header.findIndex((h) => text(h) === CANONICAL_HEADERS.results);
  const extraCols = plan.header.columns.extra.map((e) => ({ name: e.name, col: header.findIndex((h) => text(h) === e.name) }));
  const rows = new Map(body.filter((r) => text(r[idCol]) !== "").map((r) => [text(r[idCol]), r]));
  const measureCol = header.findIndex((h) => text(h) === CANONICAL_HEADERS.measure);
  const wordingOf = (id: string) => (measureCol >= 0 ? matchKey(text(rows.get(id)?.[measureCol])) : "");
  // Which previous row each measure takes: its own id with its own wording first; then a row with its
  // wording (the same measure under an id of another framework); then its id alone (reworded since).
  const taken = new Map<number, string>();
  const matched = new Set<string>();
  const take = (i: number, id: string) => {
    taken.set(i, id);
    matched.add(id);
  };
  const keys = plan.measures.map((m) => matchKey(measureCellText(m)));
  plan.measures.forEach((m, i) => rows.has(m.id) && (measureCol < 0 || wordingOf(m.id) === keys[i]) && take(i, m.id));
  const byWording = new Map<string, string[]>();
  for (const id of rows.keys())
    if (!matched.has(id) && wordingOf(id) !== "") byWording.set(wordingOf(id), [...(byWording.get(wordingOf(id)) ?? []), id]);
  plan.measures.forEach((_, i) => {
    const id = taken.has(i) ? undefined : byWording.get(keys[i])?.find((x) => !matched.has(x));
    if (id !== undefined) take(i, id);
  });
  // Its id alone only for a wording still close to the row's: a measure deleted from the source leaves
  // its id to the next one, whose results it must not inherit.
  plan.measures.forEach(
    (m, i) =>
      !taken.has(i) &&
      rows.has(m.id) &&
      !matched.has(m.id) &&
      (measureCol < 0 || similarity(measureCellText(m), text(rows.get(m.id)![measureCol])) >= REWORDED_SIMILARITY) &&
      take(i, m.id),
  );

  let kept = 0;
  const measures = plan.measures.map((m, i) => {
    const id = taken.get(i);
    if (id === undefined) return m;
    const row = rows.get(id)!;
    const results = m.results || (resultsCol >= 0 ? text(row[resultsCol]) : "") || null;
    const extra = { ...m.extra };
    for (const e of extraCols) if (e.col >= 0 && !extra[e.name] && text(row[e.col]) !== "") extra[e.name] = text(row[e.col]);
    const changed = results !== m.results || extraCols.some((e) => extra[e.name] !== m.extra[e.name]);
    if (changed) kept++;
    return changed ? { ...m, results, extra } : m;
  });
  return { plan: { ...plan, measures }, kept, dropped: [...rows.keys()].filter((id) => !matched.has(id)) };
}
