/**
 * Does a framework fit a plan read against it? Counted over the plan's distinct pillar cells and
 * focus cells (not its measures: one long pillar must not outvote five short ones). The five seeds
 * match their framework in every pillar and nearly every focus cell; a plan of another city's
 * framework matches few, or none.
 */
import type { Plan } from "../plan";
import { matchKey } from "../text/normalize";
import type { Framework } from "./types";

/** Below this share of its pillar or focus cells matched, a framework does not fit the plan. */
export const FIT_SHARE = 0.5;

export interface FrameworkFit {
  pillars: { written: number; matched: number };
  focus: { written: number; matched: number };
}

export function frameworkFit(plan: Plan): FrameworkFit {
  const pillars = new Map<string, boolean>();
  const focus = new Map<string, boolean>();
  // A pillar's and a focus point's wording repeats on every measure under it: each normalised once.
  const keys = new Map<string, string>();
  const key = (text: string) => {
    let k = keys.get(text);
    if (k === undefined) keys.set(text, (k = matchKey(text)));
    return k;
  };
  for (const m of plan.measures) {
    const p = key(m.pillarText);
    if (p !== "") pillars.set(p, (pillars.get(p) ?? false) || m.pillar !== null);
    // The preamble row's focus cell is its own wording, not a focus point.
    const focusKey = key(m.focusText);
    if (m.pillar === 0 || focusKey === "") continue;
    const f = `${p}\u0000${focusKey}`;
    focus.set(f, (focus.get(f) ?? false) || m.focus !== null);
  }
  const count = (cells: Map<string, boolean>) => ({ written: cells.size, matched: [...cells.values()].filter((x) => x).length });
  return { pillars: count(pillars), focus: count(focus) };
}

/** A framework that mandates no focus point (the VAC's) is judged by its pillars alone. */
export function fits(fit: FrameworkFit, framework: Framework): boolean {
  const share = (x: { written: number; matched: number }) => (x.written === 0 ? 1 : x.matched / x.written);
  const mandatesFocus = framework.pillars.some((p) => p.focusPoints.length > 0);
  return share(fit.pillars) >= FIT_SHARE && (!mandatesFocus || share(fit.focus) >= FIT_SHARE);
}
