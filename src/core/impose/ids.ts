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
  return ids.map((id, i) => {
    if (id) return id;
    const key = groupKey(requests[i].pillar, requests[i].focus);
    let n = next.get(key) ?? 1;
    while (used.has(`${key}-${n}`)) n++;
    const fresh = `${key}-${n}`;
    used.add(fresh);
    next.set(key, n + 1);
    return fresh;
  });
}
