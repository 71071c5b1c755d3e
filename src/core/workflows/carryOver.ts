/**
 * Setting up again must not lose what people typed into the plan table since: results and the
 * agency's own columns are carried over by measure id when the source sheet has nothing there.
 */
import { CANONICAL_HEADERS } from "../impose/headerNames";
import type { CellValue } from "../grid";
import type { Plan } from "../plan";

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

  let kept = 0;
  const measures = plan.measures.map((m) => {
    const row = rows.get(m.id);
    if (!row) return m;
    const results = m.results || (resultsCol >= 0 ? text(row[resultsCol]) : "") || null;
    const extra = { ...m.extra };
    for (const e of extraCols) if (e.col >= 0 && !extra[e.name] && text(row[e.col]) !== "") extra[e.name] = text(row[e.col]);
    const changed = results !== m.results || extraCols.some((e) => extra[e.name] !== m.extra[e.name]);
    if (changed) kept++;
    return changed ? { ...m, results, extra } : m;
  });
  const ids = new Set(plan.measures.map((m) => m.id));
  return { plan: { ...plan, measures }, kept, dropped: [...rows.keys()].filter((id) => !ids.has(id)) };
}
