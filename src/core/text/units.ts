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

const BLANKET = new Set<string>(BLANKET_UNIT_WORDS);
const BLANKS = /\s+/g;

export function isBlanketUnit(unit: string): boolean {
  return BLANKET.has(unit.replace(BLANKS, ""));
}

const SEPARATORS = /[、，,;；/／\n]+/;
/** What makes a unit text more than one name as written: a separator or a blank. */
const NOT_ONE_NAME = /[、，,;；/／\s]/;
const BLANK = /\s/;

/** Splits one cell's (or one line's) unit text into units as written, in order, without repeats. */
export function splitUnits(text: string): string[] {
  // One name and nothing else (a line of a stacked unit cell): itself.
  if (!NOT_ONE_NAME.test(text)) return text === "" ? [] : [text];
  const units: string[] = [];
  const parts = text.split(SEPARATORS);
  // Indexed loops, not for-of: a for-of costs ten times as much before the JIT warms up (the CLI runs cold).
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!BLANK.test(part)) {
      // No blank: the part is one name as it stands (what splitSpaced would give, without its lists).
      if (part !== "" && !units.includes(part)) units.push(part);
      continue;
    }
    const tokens = splitSpaced(part.trim());
    for (let k = 0; k < tokens.length; k++) if (tokens[k] !== "" && !units.includes(tokens[k])) units.push(tokens[k]);
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
