/**
 * Remembered mappings (issue 15, part 2): what the user confirmed once, so next year's paste maps by
 * itself: a header as written → the role of its column (the measures' column picked by hand), and a
 * unit as written → the unit of the list it means (役政災防科 → 役政災防課). Kept in the workbook as
 * the sheet 對照表 (workbook/mappingsSheet.ts); impose applies them and lists each use as a
 * `mapping-applied` change. Names are compared by their match key, as the unit checks compare them.
 */
import { matchKey } from "../text/normalize";
import type { ChosenColumns } from "./columns";

/** The roles a header can be remembered for: those a column can be chosen for by hand. */
export type MappedRole = keyof ChosenColumns;
export const MAPPED_ROLES: readonly MappedRole[] = ["pillar", "focus", "measure", "units", "deadline"];

export interface HeaderMapping {
  written: string;
  role: MappedRole;
}

export interface UnitMapping {
  written: string;
  unit: string;
}

export interface Mappings {
  headers: HeaderMapping[];
  units: UnitMapping[];
  /** The sheet they were read from (for the change list), or where they will be written. */
  sheet: string;
}

/** One confirmation of the user's. */
export type MappingEntry = ({ kind: "header" } & HeaderMapping) | ({ kind: "unit" } & UnitMapping);

export const noMappings = (sheet: string): Mappings => ({ headers: [], units: [], sheet });

/**
 * The mappings with one more confirmation. The same written name confirmed again replaces what it
 * meant before (the latest word is the user's); a unit said to mean itself, or a blank name, is no
 * mapping. Returns the same object when nothing changes.
 */
export function withMapping(mappings: Mappings, entry: MappingEntry): Mappings {
  const written = entry.written.trim();
  const key = matchKey(written);
  if (key === "") return mappings;
  if (entry.kind === "header") {
    const same = mappings.headers.find((h) => matchKey(h.written) === key);
    if (same?.role === entry.role) return mappings;
    return { ...mappings, headers: [...mappings.headers.filter((h) => h !== same), { written, role: entry.role }] };
  }
  const unit = entry.unit.trim();
  if (matchKey(unit) === key || matchKey(unit) === "") return mappings;
  const same = mappings.units.find((u) => matchKey(u.written) === key);
  if (same && same.unit === unit) return mappings;
  return { ...mappings, units: [...mappings.units.filter((u) => u !== same), { written, unit }] };
}

/** The header labels (grid columns) that are remembered aliases, each with its role; the first column per role. */
export function rememberedHeaders(
  labels: readonly string[],
  mappings: Mappings | undefined,
): { col: number; written: string; role: MappedRole }[] {
  if (!mappings || mappings.headers.length === 0) return [];
  const byKey = new Map(mappings.headers.map((h) => [matchKey(h.written), h.role]));
  const out: { col: number; written: string; role: MappedRole }[] = [];
  labels.forEach((label, col) => {
    const role = label.trim() === "" ? undefined : byKey.get(matchKey(label));
    if (role && !out.some((o) => o.role === role)) out.push({ col, written: label.trim(), role });
  });
  return out;
}

/** A unit as written → the unit it was confirmed to mean, or undefined. */
export function unitAliases(mappings: Mappings | undefined): (written: string) => string | undefined {
  if (!mappings || mappings.units.length === 0) return () => undefined;
  const byKey = new Map(mappings.units.map((u) => [matchKey(u.written), u.unit]));
  return (written) => byKey.get(matchKey(written));
}
