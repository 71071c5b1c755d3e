/**
 * Is the plan's wording the framework's? Matching is by meaning (framework/match.ts); these checks
 * report, once per written pillar or focus cell, where the wording and the framework disagree.
 */
import { matchFocusGroup, similarity } from "../framework/match";
import type { FocusPoint, Framework } from "../framework/types";
import type { Measure, Plan } from "../plan";
import { matchKey } from "../text/normalize";
import { splitEnumLabel, splitParenLabel } from "../text/numerals";
import type { CheckContext } from "./context";
import { finding, pillarParam, type Finding } from "./finding";
import { focusCellKey, pillarCellKey, roleCell, runsOf, sameFocusCell } from "./planCells";

/** Below this a nearest wording is no real hint, so none is offered. */
const HINT_THRESHOLD = 0.3;

/** Added: a pillar cell whose wording matches no pillar leaves its measures outside every pillar's count. */
export function pillarUnknown(plan: Plan, { framework }: CheckContext): Finding[] {
  return runsOf(plan.measures, pillarCellKey)
    .filter((run) => run[0].pillar === null)
    .map((run) => {
      const text = run[0].pillarText;
      const body = splitEnumLabel(text)?.rest ?? text;
      let nearest: { n: number; title: string; score: number } | undefined;
      for (const p of framework.pillars) {
        const score = Math.max(...[p.title, ...(p.variants ?? [])].map((w) => similarity(body, w)));
        if (score >= HINT_THRESHOLD && (!nearest || score > nearest.score)) nearest = { n: p.number, title: p.title, score };
      }
      return finding("pillar/unknown", plan.sheet, roleCell(plan, run[0], "pillar"), {
        pillarText: text,
        measures: run.length,
        framework: framework.name,
        ...(nearest ? { nearest: nearest.n, nearestTitle: nearest.title } : {}),
      });
    });
}

/** The (label written, focus point meant) pairs of a focus cell; a grouped cell has one per part. */
function labelledFocus(
  framework: Framework,
  m: Measure,
  cache: Map<string, { label: string | null; focus: FocusPoint }[]>,
  focusById: Map<string, FocusPoint>,
) {
  if (!m.focusGroup) {
    const f = m.focus ? focusById.get(m.focus) : undefined;
    return f ? [{ label: m.label, focus: f }] : [];
  }
  // The Plan keeps only the first part's label; the parts' labels come from matching the cell again.
  const key = `${m.pillar}\u0000${m.focusText}`;
  let pairs = cache.get(key);
  if (!pairs) {
    pairs = matchFocusGroup(framework, m.focusText, m.pillar ?? undefined).map((x) => ({ label: x.label, focus: x.focus }));
    cache.set(key, pairs);
  }
  return pairs;
}

/** A focus cell labelled "(三)" whose wording is another focus point (seed 000's 二(三) is 2-4). */
export function focusLabelMismatch(plan: Plan, { framework }: CheckContext): Finding[] {
  const out: Finding[] = [];
  const cache = new Map<string, { label: string | null; focus: FocusPoint }[]>();
  // The first focus point of an id, as a search in framework order finds it.
  const focusById = new Map<string, FocusPoint>();
  for (const p of framework.pillars) for (const f of p.focusPoints) if (!focusById.has(f.id)) focusById.set(f.id, f);
  const runs = runsOf(plan.measures, focusCellKey, sameFocusCell);
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const m = run[0];
    if (m.focus === null) continue;
    const pairs = labelledFocus(framework, m, cache, focusById);
    for (let k = 0; k < pairs.length; k++) {
      const { label, focus } = pairs[k];
      if (label === null || label === focus.label) continue;
      out.push(
        finding("focus/label-mismatch", plan.sheet, roleCell(plan, m, "focus"), {
          pillar: focus.pillar,
          label,
          focus: focus.id,
          focusLabel: focus.label,
          focusText: focus.text,
        }),
      );
    }
  }
  return out;
}

/** A focus cell whose wording is none of the framework's focus points (of a pillar that has some). */
export function focusUnknown(plan: Plan, { framework }: CheckContext): Finding[] {
  const all = framework.pillars.flatMap((p) => p.focusPoints);
  const out: Finding[] = [];
  const runs = runsOf(plan.measures, focusCellKey, sameFocusCell);
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const m = run[0];
    if (m.focus !== null || m.pillar === 0 || matchKey(m.focusText) === "") continue;
    const pillar = m.pillar === null ? undefined : framework.pillars.find((p) => p.number === m.pillar);
    if (pillar ? pillar.focusPoints.length === 0 : all.length === 0) continue;
    // The nearest focus point of any pillar: the wording may sit under the wrong pillar.
    const body = splitParenLabel(m.focusText)?.rest ?? m.focusText;
    let nearest: { f: FocusPoint; score: number } | undefined;
    for (const f of all) {
      const score = Math.max(...[f.text, ...(f.variants ?? [])].map((w) => similarity(body, w)));
      if (score >= HINT_THRESHOLD && (!nearest || score > nearest.score)) nearest = { f, score };
    }
    out.push(
      finding("focus/unknown", plan.sheet, roleCell(plan, m, "focus"), {
        ...pillarParam(m.pillar),
        focusText: m.focusText,
        measures: run.length,
        ...(nearest ? { nearest: nearest.f.id, nearestLabel: nearest.f.label, nearestText: nearest.f.text } : {}),
      }),
    );
  }
  return out;
}
