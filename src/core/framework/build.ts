import { focusLabel, splitEnumLabel } from "../text/numerals";
import type { FocusPoint, Framework, Pillar } from "./types";

/** A focus point in source form: its wording, other wordings that count, and its label when it is not its place ("(三)"). */
export type FocusSource = string | { text: string; variants?: string[]; label?: string };

/** Compact source form of a framework: pillar title and its focus points' wording, in order. */
export interface FrameworkSource {
  id: string;
  name: string;
  preamble?: { title: string; variants: string[] };
  pillars: { title: string; variants?: string[]; focus: FocusSource[] }[];
}

export function buildFramework(source: FrameworkSource): Framework {
  const pillars: Pillar[] = source.pillars.map((p, pi) => {
    const number = pi + 1;
    const focusPoints: FocusPoint[] = p.focus.map((f, fi) => {
      const text = typeof f === "string" ? f : f.text;
      const variants = typeof f === "string" ? undefined : f.variants;
      // A framework read from a plan or a sheet keeps the labels as written.
      const label = (typeof f === "string" ? undefined : f.label) ?? focusLabel(fi + 1);
      return { id: `${number}-${fi + 1}`, pillar: number, index: fi + 1, label, text, variants };
    });
    return { number, title: p.title, variants: p.variants, focusPoints };
  });
  return { id: source.id, name: source.name, preamble: source.preamble, pillars };
}

/** A pillar cell that is the preamble row 訂定「提升服務…計畫」 rather than a numbered pillar. */
export function isPreambleText(text: string): boolean {
  return /訂定.*提升.*計畫/.test(text) && !splitEnumLabel(text);
}
