import { focusLabel } from "../text/numerals";
import type { FocusPoint, Framework, Pillar } from "./types";

/** Compact source form of a framework: pillar title and its focus points' wording, in order. */
export interface FrameworkSource {
  id: string;
  name: string;
  preamble?: { title: string; variants: string[] };
  pillars: { title: string; variants?: string[]; focus: (string | { text: string; variants: string[] })[] }[];
}

export function buildFramework(source: FrameworkSource): Framework {
  const pillars: Pillar[] = source.pillars.map((p, pi) => {
    const number = pi + 1;
    const focusPoints: FocusPoint[] = p.focus.map((f, fi) => {
      const text = typeof f === "string" ? f : f.text;
      const variants = typeof f === "string" ? undefined : f.variants;
      return { id: `${number}-${fi + 1}`, pillar: number, index: fi + 1, label: focusLabel(fi + 1), text, variants };
    });
    return { number, title: p.title, variants: p.variants, focusPoints };
  });
  return { id: source.id, name: source.name, preamble: source.preamble, pillars };
}
