/**
 * Stable measure ids "P-F-N". On first imposition N counts measures by position within their pillar
 * and focus point; afterwards the id lives in the plan table's id column, so re-imposing after rows
 * were moved or edited keeps it, and a new row gets the next free number of its group.
 */
import type { Change } from "../plan";

const ID = /^(\d+|x)-(\d+)-(\d+)$/;

export interface IdRequest {
  pillar: number | null;
  focus: string | null;
  /** The id already written in the plan table's id column, if any. */
  existing: string | null;
  cell: string;
}

function groupKey(pillar: number | null, focus: string | null): string {
  const p = pillar === null ? "x" : String(pillar);
  const f = focus ? focus.split("-")[1] : "0";
  return `${p}-${f}`;
}

export function assignIds(requests: IdRequest[], changes: Change[]): string[] {
  const used = new Set<string>();
  const next = new Map<string, number>();
  const ids: (string | null)[] = requests.map((req) => {
    const id = req.existing?.trim() ?? "";
    if (!ID.test(id)) return null;
    if (used.has(id)) {
      changes.push({ kind: "id-duplicate", cell: req.cell, params: { id } });
      return null;
    }
    used.add(id);
    const [p, f, n] = id.split("-");
    const key = `${p}-${f}`;
    next.set(key, Math.max(next.get(key) ?? 1, Number(n) + 1));
    return id;
  });
  // Measures of one group follow one another: their key is made once for the run.
  let last: IdRequest | undefined;
  let key = "";
  return ids.map((id, i) => {
    if (id) return id;
    const req = requests[i];
    if (!last || req.pillar !== last.pillar || req.focus !== last.focus) key = groupKey(req.pillar, req.focus);
    last = req;
    let n = next.get(key) ?? 1;
    let fresh = `${key}-${n}`;
    while (used.has(fresh)) fresh = `${key}-${++n}`;
    used.add(fresh);
    next.set(key, n + 1);
    return fresh;
  });
}
