/**
 * Deciding each column's role. Headers lie (DESIGN.md §2): "執行重點" stands over both the focus
 * and the measures, a header may be blank, and 工作重點 is the focus in one plan and the measures in
 * another. So the header proposes and the content decides: cells that match the framework's focus
 * wording make the focus column; numbered long text makes the measure column.
 */
import { columnIndex, columnLetter, type Grid } from "../grid";
import type { Framework } from "../framework/types";
import { matchFocusGroup, matchPillar } from "../framework/match";
import { parseDeadline } from "../text/rocDate";
import { splitUnits, isBlanketUnit } from "../text/units";
import { change } from "../changes";
import type { Change, ColumnMap, Role } from "../plan";
import { rolesOfHeader } from "./headerNames";
import { markerOf } from "./measureText";
import { ImposeError } from "./errors";
import type { SheetView } from "./sheetView";

/** How many distinct cells of a column are sampled to judge its content. */
const SAMPLE = 120;

interface ColumnProfile {
  col: number;
  header: string;
  headerRoles: Role[];
  filled: number;
  pillarRate: number;
  focusRate: number;
  numberedRate: number;
  avgLength: number;
  unitRate: number;
  deadlineRate: number;
}

function profile(view: SheetView, framework: Framework, col: number, header: string, bodyRows: number[]): ColumnProfile {
  const seen = new Set<string>();
  let pillar = 0,
    focus = 0,
    numbered = 0,
    length = 0,
    unit = 0,
    deadline = 0;
  const hasFocus = framework.pillars.some((p) => p.focusPoints.length > 0);
  for (const r of bodyRows) {
    if (seen.size >= SAMPLE) break;
    const t = view.text(r, col).trim();
    if (t === "" || seen.has(t)) continue;
    seen.add(t);
    length += t.length;
    if (matchPillar(framework, t)) pillar++;
    if (hasFocus && matchFocusGroup(framework, t).length > 0) focus++;
    if (t.split("\n").some((l) => markerOf(l) !== null)) numbered++;
    const lines = t.split("\n").filter((l) => l.trim() !== "");
    if (lines.every((l) => splitUnits(l).every((u) => u.length <= 12 || isBlanketUnit(u))) && !/[。，]/.test(t)) unit++;
    if (parseDeadline(t).kind !== "invalid") deadline++;
  }
  const n = Math.max(1, seen.size);
  return {
    col,
    header,
    headerRoles: rolesOfHeader(header),
    filled: seen.size,
    pillarRate: pillar / n,
    focusRate: focus / n,
    numberedRate: numbered / n,
    avgLength: length / n,
    unitRate: unit / n,
    deadlineRate: deadline / n,
  };
}

/** Roles the user may assign to a column by hand, by sheet column letter ({ measure: "C" }). */
export type ChosenColumns = Partial<Record<"pillar" | "focus" | "measure" | "units" | "deadline", string>>;

export function mapColumns(
  view: SheetView,
  framework: Framework,
  headerRow: number,
  labels: string[],
  bodyRows: number[],
  changes: Change[],
  chosen: ChosenColumns = {},
): ColumnMap {
  const grid: Grid = view.grid;
  const profiles = labels.map((h, c) => profile(view, framework, c, h, bodyRows));
  const free = new Set(profiles.filter((p) => p.filled > 0 || p.header !== "").map((p) => p.col));
  const take = (p: ColumnProfile | undefined): number | undefined => {
    if (!p) return undefined;
    free.delete(p.col);
    return p.col;
  };
  // The user's choices first, so detection can neither take those columns nor override them.
  const byHand: Partial<Record<keyof ChosenColumns, number>> = {};
  for (const [role, letter] of Object.entries(chosen) as [keyof ChosenColumns, string | undefined][]) {
    if (letter === undefined) continue;
    const col = columnIndex(letter) - grid.left;
    if (col < 0 || col >= profiles.length || profiles[col].filled === 0)
      throw new ImposeError({ code: "chosen-column-empty", sheet: grid.sheet, column: letter.toUpperCase() });
    free.add(col);
    byHand[role] = take(profiles[col]);
  }
  const chosenOr = (role: keyof ChosenColumns, detect: () => number | undefined) => (role in byHand ? byHand[role] : detect());
  const freeProfiles = () => profiles.filter((p) => free.has(p.col));
  const named = (role: Role) => freeProfiles().filter((p) => p.headerRoles.includes(role));
  const bestBy = (list: ColumnProfile[], key: (p: ColumnProfile) => number) =>
    list.reduce<ColumnProfile | undefined>((b, p) => (!b || key(p) > key(b) ? p : b), undefined);

  const id = take(named("id")[0]);
  const pillarNamed = named("pillar");
  const pillar = chosenOr("pillar", () =>
    take(
      pillarNamed.length > 0
        ? bestBy(pillarNamed, (p) => p.pillarRate)
        : bestBy(
            freeProfiles().filter((p) => p.pillarRate >= 0.5),
            (p) => p.pillarRate,
          ),
    ),
  );
  const focus = chosenOr("focus", () =>
    take(
      bestBy(
        freeProfiles().filter((p) => p.focusRate >= 0.3),
        (p) => p.focusRate,
      ),
    ),
  );
  const measure = chosenOr("measure", () => {
    const measureNamed = named("measure").filter((p) => !p.headerRoles.includes("focus") || focus !== undefined);
    const measureCandidates =
      measureNamed.length > 0
        ? measureNamed
        : freeProfiles().filter((p) => (p.header === "" || p.headerRoles.includes("focus")) && p.filled > 0);
    return take(bestBy(measureCandidates, (p) => p.avgLength * (1 + p.numberedRate) * (1 - 0.5 * p.unitRate)));
  });
  if (measure === undefined) {
    const columns = profiles
      .filter((p) => p.filled > 0 || p.header !== "")
      .map((p) => ({ column: columnLetter(grid.left + p.col), header: p.header }));
    throw new ImposeError({ code: "no-measure-column", sheet: grid.sheet, row: grid.top + headerRow + 1, columns });
  }
  const units = chosenOr("units", () =>
    take(
      named("units")[0] ??
        bestBy(
          freeProfiles().filter((p) => p.header === "" && p.unitRate >= 0.8 && p.filled > 0),
          (p) => p.unitRate,
        ),
    ),
  );
  const deadline = chosenOr("deadline", () =>
    take(
      named("deadline")[0] ??
        bestBy(
          freeProfiles().filter((p) => p.header === "" && p.deadlineRate >= 0.6),
          (p) => p.deadlineRate,
        ),
    ),
  );
  const results = take(named("results")[0]);
  const extra: { name: string; col: number }[] = [];
  for (const p of freeProfiles()) {
    if (p.filled === 0 && p.header === "") continue;
    const letter = columnLetter(grid.left + p.col);
    const name = p.header !== "" ? p.header : `${letter}欄`;
    const cell = `${letter}${grid.top + headerRow + 1}`;
    if (extra.some((e) => e.name === name)) continue;
    extra.push({ name, col: p.col });
    changes.push(
      p.header !== "" && p.headerRoles.length === 0
        ? change("column-kept", cell, { header: p.header })
        : change("column-unmapped", cell, { column: letter, header: p.header, name }),
    );
  }
  return { pillar, focus, measure, units, deadline, results, id, extra };
}
