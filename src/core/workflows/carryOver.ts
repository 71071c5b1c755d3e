/**
 * Setting up again must not lose what people typed into the plan table since: results and the
 * agency's own columns are carried over when the source sheet has nothing there, matched by measure
 * id, and else by the measure's wording (a framework chosen anew gives every measure a new id).
 */
import { CANONICAL_HEADERS } from "../impose/headerNames";
import type { CellValue } from "../grid";
import type { Plan } from "../plan";
import { matchKey } from "../text/normalize";
import { matchWorded, measureKey } from "../yearOver/measureMatch";

export interface CarryOver {
  plan: Plan;
  /** Measures whose results or extra cells came from the previous table. */
  kept: number;
  /** Ids in the previous table that the source no longer has (their rows will go). */
  dropped: string[];
}

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
  // Which previous row each measure takes (the one measure matcher, without its fourth pass: a row is
  // carried only under its id or its exact wording): its own id with its own wording first; then a row
  // with its wording (the same measure under an id of another framework); then its id alone, for a
  // wording still close to the row's: a measure deleted from the source leaves its id to the next one,
  // whose results it must not inherit. No measure column: the id alone decides.
  const ids = [...rows.keys()];
  const previousWorded = ids.map((id) => ({ id, key: measureCol >= 0 ? matchKey(text(rows.get(id)![measureCol])) : null }));
  const pairOf = matchWorded(
    previousWorded,
    plan.measures.map((m) => ({ id: m.id, key: measureKey(m) })),
    { similar: false },
  );
  const taken = new Map([...pairOf].map(([i, p]) => [i, ids[p.i]]));
  const matched = new Set(taken.values());

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
