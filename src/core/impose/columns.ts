/**
 * Deciding each column's role. Headers lie (DESIGN.md §2): "執行重點" stands over both the focus
 * and the measures, a header may be blank, and 工作重點 is the focus in one plan and the measures in
 * another. So the header proposes and the content decides: cells that match the framework's focus
 * wording make the focus column; numbered long text makes the measure column. When no column reads as
 * the framework's focus wording (a plan with a framework of its own), the header names the focus
 * column, and position settles the names that mean two roles (Changhua's 實施構面 | 實施要項 | 推動策略).
 */
import { columnIndex, columnLetter, type Grid } from "../grid";
import type { Framework } from "../framework/types";
import { matchFocusGroup, matchPillar } from "../framework/match";
import { parseDeadline } from "../text/rocDate";
import { splitUnits, isBlanketUnit } from "../text/units";
import { change, type RoleReason } from "../changes";
import type { Change, ColumnMap, Role } from "../plan";
import { rolesOfHeader } from "./headerNames";
import { markerOf } from "./measureText";
import { ImposeError } from "./errors";
import type { SheetView } from "./sheetView";

/** How many distinct cells of a column are sampled to judge its content. */
const SAMPLE = 120;

/** What a sampled text of a column may read as. */
type Reading = "pillar" | "focus" | "numbered" | "unit" | "deadline";

function reads(framework: Framework, t: string, reading: Reading): boolean {
  switch (reading) {
    case "pillar":
      return matchPillar(framework, t) !== null;
    case "focus":
      return framework.pillars.some((p) => p.focusPoints.length > 0) && matchFocusGroup(framework, t).length > 0;
    case "numbered":
      return t.split("\n").some((l) => markerOf(l) !== null);
    case "unit":
      return (
        t
          .split("\n")
          .filter((l) => l.trim() !== "")
          .every((l) => splitUnits(l).every((u) => u.length <= 12 || isBlanketUnit(u))) && !/[。，]/.test(t)
      );
    case "deadline":
      return parseDeadline(t).kind !== "invalid";
  }
}

/**
 * A column's sampled texts and how they read. Each share is counted only when a decision asks for it
 * (matching a text to the framework is the costly part), and stops once it cannot reach the floor asked.
 */
class ColumnProfile {
  readonly headerRoles: Role[];
  readonly avgLength: number;
  private readonly counted = new Map<Reading, { hits: number; next: number }>();

  constructor(
    private readonly framework: Framework,
    readonly col: number,
    readonly header: string,
    private readonly texts: string[],
  ) {
    this.headerRoles = rolesOfHeader(header);
    let length = 0;
    for (let i = 0; i < texts.length; i++) length += texts[i].length;
    this.avgLength = length / Math.max(1, texts.length);
  }

  get filled(): number {
    return this.texts.length;
  }

  /** The share of texts that read so; when it is below `floor`, possibly only a bound above it that is still below. */
  rate(reading: Reading, floor = 0): number {
    let c = this.counted.get(reading);
    if (!c) this.counted.set(reading, (c = { hits: 0, next: 0 }));
    const n = Math.max(1, this.texts.length);
    for (; c.next < this.texts.length; c.next++) {
      const most = (c.hits + this.texts.length - c.next) / n;
      if (most < floor) return most;
      if (reads(this.framework, this.texts[c.next], reading)) c.hits++;
    }
    return c.hits / n;
  }
}

function profile(view: SheetView, framework: Framework, col: number, header: string, bodyRows: number[]): ColumnProfile {
  const seen = new Set<string>();
  // Indexed, not for-of: a for-of costs ten times as much before the JIT warms up (the CLI runs cold).
  for (let i = 0; i < bodyRows.length; i++) {
    if (seen.size >= SAMPLE) break;
    const t = view.text(bodyRows[i], col).trim();
    if (t !== "") seen.add(t);
  }
  return new ColumnProfile(framework, col, header, [...seen]);
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
  // A name that is the pillar in one layout and the focus in another (實施要項) is not the pillar when
  // a column to its left is named for the pillar too (Changhua: 實施構面 | 實施要項), nor when its text
  // reads as the framework's focus points rather than its pillars.
  const readsAsFocus = (p: ColumnProfile) => p.rate("focus", 0.3) >= 0.3 && p.rate("focus") > p.rate("pillar");
  const pillarCandidates = pillarNamed.filter(
    (p) => !p.headerRoles.includes("focus") || (!pillarNamed.some((q) => q.col < p.col) && !readsAsFocus(p)),
  );
  const pillar = chosenOr("pillar", () =>
    take(
      pillarCandidates.length > 0
        ? bestBy(pillarCandidates, (p) => p.rate("pillar"))
        : bestBy(
            freeProfiles().filter((p) => p.rate("pillar", 0.5) >= 0.5),
            (p) => p.rate("pillar"),
          ),
    ),
  );
  const mandatesFocus = framework.pillars.some((p) => p.focusPoints.length > 0);
  // A column whose text is longer and to the right can hold the measures: the focus column is left of them.
  const measuresRightOf = (p: ColumnProfile) =>
    profiles.some(
      (q) =>
        q.col > p.col &&
        (free.has(q.col) || q.col === byHand.measure) &&
        q.filled > 0 &&
        q.avgLength > p.avgLength &&
        (q.header === "" || q.headerRoles.includes("measure") || q.headerRoles.includes("focus")),
    );
  const focus = chosenOr("focus", () =>
    take(
      bestBy(
        freeProfiles().filter((p) => p.rate("focus", 0.3) >= 0.3),
        (p) => p.rate("focus"),
      ) ??
        // No column reads as the framework's focus wording: the header names it (Taichung's 執行策略).
        // Under a framework that mandates none (the VAC's), such a column stays what it was read as before.
        (mandatesFocus ? freeProfiles().find((p) => p.headerRoles.includes("focus") && p.filled > 0 && measuresRightOf(p)) : undefined),
    ),
  );
  const measure = chosenOr("measure", () => {
    const measureNamed = named("measure").filter((p) => !p.headerRoles.includes("focus") || focus !== undefined);
    const measureCandidates =
      measureNamed.length > 0
        ? measureNamed
        : freeProfiles().filter((p) => (p.header === "" || p.headerRoles.includes("focus")) && p.filled > 0);
    return take(bestBy(measureCandidates, (p) => p.avgLength * (1 + p.rate("numbered")) * (1 - 0.5 * p.rate("unit"))));
  });
  if (measure === undefined) {
    const columns = profiles
      .filter((p) => p.filled > 0 || p.header !== "")
      .map((p) => ({ column: columnLetter(grid.left + p.col), header: p.header }));
    throw new ImposeError({ code: "no-measure-column", sheet: grid.sheet, row: grid.top + headerRow + 1, columns });
  }
  const decided = {
    pillar: "pillar" in byHand ? undefined : pillar,
    focus: "focus" in byHand ? undefined : focus,
    measure: "measure" in byHand ? undefined : measure,
  };
  noteTwoRoleHeaders(profiles, decided, { pillar, focus, measure }, (c) => columnLetter(grid.left + c), grid.top + headerRow + 1, changes);
  const units = chosenOr("units", () =>
    take(
      named("units")[0] ??
        bestBy(
          freeProfiles().filter((p) => p.header === "" && p.rate("unit", 0.8) >= 0.8 && p.filled > 0),
          (p) => p.rate("unit"),
        ),
    ),
  );
  const deadline = chosenOr("deadline", () =>
    take(
      named("deadline")[0] ??
        bestBy(
          freeProfiles().filter((p) => p.header === "" && p.rate("deadline", 0.6) >= 0.6),
          (p) => p.rate("deadline"),
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

type TextRole = "pillar" | "focus" | "measure";

/**
 * Lists, for each column whose header names more than one of pillar, focus and measure and that
 * detection gave one of them, which it got and why: the clerk sees the guess (DESIGN.md §2: 工作重點).
 */
function noteTwoRoleHeaders(
  profiles: ColumnProfile[],
  decided: Partial<Record<TextRole, number>>,
  roles: Partial<Record<TextRole, number>>,
  letter: (col: number) => string,
  headerRow: number,
  changes: Change[],
) {
  const left = (of: number | undefined, col: number) => of !== undefined && of < col;
  const right = (of: number | undefined, col: number) => of !== undefined && of > col;
  for (const role of ["pillar", "focus", "measure"] as const) {
    const col = decided[role];
    if (col === undefined) continue;
    const p = profiles[col];
    const alternatives = p.headerRoles.filter((r): r is TextRole => r !== role && (r === "pillar" || r === "focus" || r === "measure"));
    // Only a name that means this role and another; a header that lies (執行重點 over the measures) is not a choice of names.
    if (!p.headerRoles.includes(role) || alternatives.length === 0) continue;
    const [because, neighbour]: [RoleReason, number | undefined] =
      role === "focus" && alternatives.includes("pillar") && left(roles.pillar, col)
        ? ["pillars-on-left", roles.pillar]
        : role === "pillar" && alternatives.includes("focus") && right(roles.focus, col)
          ? ["focus-on-right", roles.focus]
          : role === "focus" && alternatives.includes("measure") && right(roles.measure, col)
            ? ["measures-on-right", roles.measure]
            : role === "measure" && left(roles.focus, col)
              ? ["focus-on-left", roles.focus]
              : ["content", undefined];
    changes.push(
      change("column-role-decided", `${letter(col)}${headerRow}`, {
        column: letter(col),
        header: p.header,
        role,
        alternatives,
        because,
        neighbour: neighbour === undefined ? "" : letter(neighbour),
      }),
    );
  }
}
