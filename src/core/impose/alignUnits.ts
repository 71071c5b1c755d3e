/**
 * Giving each measure of a cell its units when the unit cell stacks them line by line (seed 000):
 * blank lines separate the groups of successive measures. A real paste from Word keeps only hard
 * line breaks, so the groups, not the line positions, are what line up; line positions line up only
 * in text that kept the soft wraps (PDF). When neither fits, every measure gets every unit.
 */
import { cellLines } from "../text/normalize";
import { splitUnits } from "../text/units";

export type Alignment = "single" | "by-group" | "by-line" | "ambiguous" | "none";

export interface AlignedUnits {
  perPiece: string[][];
  how: Alignment;
}

function groupsOf(lines: string[]): { start: number; units: string[] }[] {
  const groups: { start: number; units: string[] }[] = [];
  let open = false;
  lines.forEach((line, i) => {
    if (line.trim() === "") {
      open = false;
      return;
    }
    const units = splitUnits(line);
    if (!open) {
      groups.push({ start: i, units }); // a fresh list, already without repeats
      open = true;
      return;
    }
    const g = groups[groups.length - 1];
    // Indexed, not for-of: a for-of costs ten times as much before the JIT warms up (the CLI runs cold).
    for (let k = 0; k < units.length; k++) if (!g.units.includes(units[k])) g.units.push(units[k]);
  });
  return groups;
}

function union(lists: string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lists.length; i++) for (let k = 0; k < lists[i].length; k++) if (!out.includes(lists[i][k])) out.push(lists[i][k]);
  return out;
}

/**
 * @param pieceStarts the first line of each measure in the measure cell
 * @param measureLineCount lines in the measure cell (blank ones included)
 */
export function alignUnits(unitText: string, pieceStarts: number[], measureLineCount: number): AlignedUnits {
  const lines = cellLines(unitText);
  const groups = groupsOf(lines);
  const n = pieceStarts.length;
  if (groups.every((g) => g.units.length === 0)) return { perPiece: pieceStarts.map(() => []), how: "none" };
  if (groups.length === n && n > 1) return { perPiece: groups.map((g) => g.units), how: "by-group" };
  const all = union(groups.map((g) => g.units)); // not needed above: most cells line up by group
  if (n <= 1) return { perPiece: [all], how: "single" };
  if (lines.length === measureLineCount) {
    // Each unit line belongs to the measure whose lines it stands beside.
    const perPiece = pieceStarts.map(() => [] as string[]);
    lines.forEach((line, i) => {
      let owner = 0;
      for (let p = 0; p < n; p++) if (pieceStarts[p] <= i) owner = p;
      const units = splitUnits(line);
      for (let k = 0; k < units.length; k++) if (!perPiece[owner].includes(units[k])) perPiece[owner].push(units[k]);
    });
    if (perPiece.every((p) => p.length > 0)) return { perPiece, how: "by-line" };
  }
  return { perPiece: pieceStarts.map(() => all.slice()), how: "ambiguous" };
}
