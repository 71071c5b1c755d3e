/**
 * Setting up the plan table, as a pure function: the source sheet (and, on a re-run, our plan table
 * and units sheet as they are now) in; the plan, its framework, the units and what was kept or will
 * go, out. src/excel reads the grids and writes the sheets (setUpSheets) in Excel; the CLI in a file.
 */
import type { Framework } from "../framework/types";
import type { Grid } from "../grid";
import type { ChosenColumns } from "../impose/columns";
import type { Mappings } from "../impose/mappings";
import type { Change, Plan } from "../plan";
import { suggestUnits, unitsOnSheet } from "../workbook/unitsSheet";
import { carryOverEdits } from "./carryOver";
import { readPlan, type FrameworkSource } from "./frameworkChoice";

export interface SetUpInput {
  source: Grid;
  framework: FrameworkSource;
  /** Our plan table as it is now (a re-run keeps the results typed in it), or null. */
  planTable?: Grid | null;
  /** Our units sheet as it is now, or null. */
  unitsSheet?: Grid | null;
  /** The agency's own unit list (a sheet of theirs named 單位), used when we have none yet. */
  agencyUnits?: Grid | null;
  /** Columns the user said hold a role ({ measure: "C" }), when detection could not tell. */
  columns?: ChosenColumns;
  /** Units the user chose; null or absent: those of the units sheet, else those the plan names. */
  units?: readonly string[] | null;
  /** What the user confirmed once (the sheet 對照表), applied to the source. */
  mappings?: Mappings;
}

export interface SetUpOutcome {
  framework: Framework;
  plan: Plan;
  units: string[];
  /** Where `units` came from: the user's choice, our units sheet, the agency's own list, or the plan's text. */
  unitsFrom: "chosen" | "ours" | "agency" | "plan";
  /** Measures whose results or extra cells come from the plan table as it was. */
  carried: number;
  /** Ids in the plan table that the source no longer has. */
  dropped: string[];
  /** Changes the user should look at before applying: columns and wording that could not be mapped. */
  unmapped: Change[];
  /** Where the reading guessed and the user should confirm: units that could not be lined up, labels corrected, cells joined. */
  toConfirm: Change[];
  /** Where a remembered mapping (對照表) was applied: a header's role, a unit's name. */
  remembered: Change[];
}

const UNMAPPED_KINDS = new Set<Change["kind"]>([
  "column-unmapped",
  "pillar-unmatched",
  "focus-unmatched",
  "error-value",
  "formula-text",
  "far-cells",
  "beyond-read",
]);

const TO_CONFIRM_KINDS = new Set<Change["kind"]>([
  "framework-from-plan",
  "column-role-decided",
  "units-ambiguous",
  "focus-relabelled",
  "page-break-joined",
  "subitems-joined",
  "id-duplicate",
]);

export function planSetUp(input: SetUpInput): SetUpOutcome {
  const { framework, plan: imposed } = readPlan(input.framework, input.source, input.columns, input.mappings);
  const carry = input.planTable ? carryOverEdits(imposed, input.planTable.values) : { plan: imposed, kept: 0, dropped: [] };
  const ours = input.unitsSheet ? unitsOnSheet(input.unitsSheet) : [];
  const agency = input.agencyUnits ? unitsOnSheet(input.agencyUnits) : [];
  const [units, unitsFrom]: [string[], SetUpOutcome["unitsFrom"]] = input.units
    ? [[...input.units], "chosen"]
    : ours.length > 0
      ? [ours, "ours"]
      : agency.length > 0
        ? [agency, "agency"]
        : [suggestUnits(carry.plan), "plan"];
  return {
    framework,
    plan: carry.plan,
    units,
    unitsFrom,
    carried: carry.kept,
    dropped: carry.dropped,
    unmapped: carry.plan.changes.filter((c) => UNMAPPED_KINDS.has(c.kind)),
    toConfirm: carry.plan.changes.filter((c) => TO_CONFIRM_KINDS.has(c.kind)),
    remembered: carry.plan.changes.filter((c) => c.kind === "mapping-applied"),
  };
}
