/**
 * The mappings sheet (對照表), one of the sheets we own: what the user confirmed once (a header's
 * role, a unit's name in the list), kept visible in the workbook so it travels with every copy of the
 * file, the CLI reads it as the pane does, and the user can read, correct or delete a line. Three
 * columns: 類別 (表頭 or 單位) | 原本寫法 | 對應為 (a role as our plan table names it, or a unit).
 * Lines the reader cannot understand are skipped, never a reason to fail a set-up.
 */
import { cellText, type Grid } from "../grid";
import { CANONICAL_HEADERS, rolesOfHeader } from "../impose/headerNames";
import { MAPPED_ROLES, noMappings, withMapping, type MappedRole, type Mappings } from "../impose/mappings";
import type { SheetSpec } from "../sheetSpec";

export const MAPPINGS_SHEET = "對照表";

const HEADER = ["類別", "原本寫法", "對應為"] as const;
const KIND_WORDS = { header: "表頭", unit: "單位" } as const;

/** The sheet as written: one line per mapping, headers first, each in the order confirmed. */
export function mappingsSheetSpec(mappings: Mappings, name = MAPPINGS_SHEET): SheetSpec {
  return {
    name,
    columns: [
      { header: HEADER[0], width: 8 },
      { header: HEADER[1], width: 24 },
      { header: HEADER[2], width: 24 },
    ],
    rows: [
      [...HEADER],
      ...mappings.headers.map((h) => [KIND_WORDS.header, h.written, CANONICAL_HEADERS[h.role]]),
      ...mappings.units.map((u) => [KIND_WORDS.unit, u.written, u.unit]),
    ],
    frozenRows: 1,
  };
}

/** A role as the sheet may say it: our header (具體作法), another name of one role only (執行方法), or the English key. */
function roleOf(text: string): MappedRole | undefined {
  const t = text.trim();
  const canonical = MAPPED_ROLES.find((r) => CANONICAL_HEADERS[r] === t || r === t.toLowerCase());
  if (canonical) return canonical;
  const roles = rolesOfHeader(t).filter((r): r is MappedRole => (MAPPED_ROLES as readonly string[]).includes(r));
  return roles.length === 1 ? roles[0] : undefined;
}

/** The mappings on the sheet; a line with an unknown kind, a blank cell or a role not understood is skipped. */
export function readMappings(grid: Grid): Mappings {
  let mappings = noMappings(grid.sheet);
  // The header row, wherever in the first rows the user left it; else the sheet starts with mappings.
  let from = 0;
  for (let r = 0; r < Math.min(3, grid.rowCount); r++) if (cellText(grid, r, 1).trim() === HEADER[1]) from = r + 1;
  for (let r = from; r < grid.rowCount; r++) {
    const kind = cellText(grid, r, 0).trim();
    const written = cellText(grid, r, 1).trim();
    const target = cellText(grid, r, 2).trim();
    if (written === "" || target === "") continue;
    if (kind === KIND_WORDS.header || kind.toLowerCase() === "header") {
      const role = roleOf(target);
      if (role) mappings = withMapping(mappings, { kind: "header", written, role });
    } else if (kind === KIND_WORDS.unit || kind.toLowerCase() === "unit") {
      mappings = withMapping(mappings, { kind: "unit", written, unit: target });
    }
  }
  return mappings;
}
