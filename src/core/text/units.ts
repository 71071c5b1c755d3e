/**
 * Unit lists as agencies write them: "秘書室、民政課", stacked one per line, or a blanket word
 * (各課室) that means every unit of the agency.
 */
import { cleanCjkSpacing } from "./normalize";

/** Words that assign a measure to every unit of the agency. */
export const BLANKET_UNIT_WORDS = [
  "本所各課室",
  "本處各科室",
  "本局各科室",
  "各科室",
  "各課室",
  "各業參",
  "各單位",
  "各室",
  "各組",
  "全體同仁",
] as const;

export function isBlanketUnit(unit: string): boolean {
  const u = unit.replace(/\s+/g, "");
  return (BLANKET_UNIT_WORDS as readonly string[]).includes(u);
}

const SEPARATORS = /[、，,;；/／\n]+/;

/** Splits one cell's (or one line's) unit text into units as written, in order, without repeats. */
export function splitUnits(text: string): string[] {
  const units: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    for (const token of splitSpaced(part.trim())) {
      if (token !== "" && !units.includes(token)) units.push(token);
    }
  }
  return units;
}

/**
 * "人事室 會計室" is two units, but "秘 書 室" is one name the PDF spaced out: split at spaces only
 * when every piece is a name of two characters or more.
 */
function splitSpaced(part: string): string[] {
  const tokens = part.split(/\s+/).filter((t) => t !== "");
  return tokens.every((t) => t.length >= 2) ? tokens : [cleanCjkSpacing(part)];
}

/** Expands blanket words to the agency's units; units as written otherwise. */
export function expandUnits(units: readonly string[], agencyUnits: readonly string[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    for (const x of isBlanketUnit(u) && agencyUnits.length > 0 ? agencyUnits : [u]) {
      if (!out.includes(x)) out.push(x);
    }
  }
  return out;
}
