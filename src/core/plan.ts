/** The plan: one row per concrete measure (具體作法), with where each came from. */

export type Role = "pillar" | "focus" | "measure" | "units" | "deadline" | "results" | "id";

/** Grid-relative column of each role; `extra` keeps the agency's own columns (備註, 承辦人). */
export interface ColumnMap {
  pillar?: number;
  focus?: number;
  measure: number;
  units?: number;
  deadline?: number;
  results?: number;
  id?: number;
  extra: { name: string; col: number }[];
}

export interface SourceRef {
  sheet: string;
  /** A1 address of the cell the measure was read from. */
  cell: string;
}

export interface Measure {
  /** Stable id "P-F-N" ("2-3-1"; the preamble row "0-0-1"). */
  id: string;
  /** 1–6, 0 for the preamble row, null when the pillar wording matches no pillar. */
  pillar: number | null;
  pillarText: string;
  /** "P-F" of the framework, or null; the first of a group. */
  focus: string | null;
  /** All focus ids of a cell that groups several focus points. */
  focusGroup?: string[];
  focusText: string;
  /** The "(三)" written in the focus cell, normalised; null if none. */
  label: string | null;
  title: string;
  /** Detail text (without the title line when there is one). */
  text: string;
  /** True when the title is a line of its own (then the cell reads title + "\n" + text). */
  titled: boolean;
  units: string[];
  allUnits: boolean;
  deadline: string | null;
  deadlineDate: string | null;
  results: string | null;
  extra: Record<string, string>;
  source: SourceRef;
  hidden?: boolean;
}

/** A pillar cell as written and the focus cells under it, measures or not, in table order. */
export interface OutlinePillar {
  text: string;
  cell: string;
  focus: { text: string; cell: string }[];
}

import type { Change } from "./changes";
export type { Change, ChangeKind } from "./changes";

export interface Plan {
  sheet: string;
  frameworkId: string;
  /** Sheet row (0-based) of the header and the column roles (grid-relative columns). */
  header: { row: number; columns: ColumnMap; labels: string[] };
  measures: Measure[];
  /** Text below or beside the table that is not a measure, kept. */
  notes: { cell: string; text: string }[];
  changes: Change[];
  /**
   * The pillar and focus cells impose met (a focus point with no measure under it too): what a
   * framework read from the plan itself is made of. Absent on a plan not made by impose.
   */
  outline?: OutlinePillar[];
}
