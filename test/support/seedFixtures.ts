/**
 * Reads the hand-written seed fixtures (test/fixtures/seeds/FORMAT.md), and the layouts of other
 * cities' plans built in the same format (test/fixtures/layouts/).
 */
import * as fs from "fs";
import * as path from "path";
import { makeGrid, type Area, type Grid } from "../../src/core/grid";

export const SEEDS = ["seed000", "seed001", "seed002", "seed003", "seed004"] as const;
export const SEED_DIR = path.join(__dirname, "..", "fixtures", "seeds");

export interface SeedSheet {
  seed: string;
  agency: string;
  framework: string;
  units: string[];
  sheets: { name: string; rows: string[][] }[];
}

export interface ExpectedMeasure {
  pillar: number;
  focus: string | null;
  focusGroup?: string[];
  label: string | null;
  startsWith: string;
  units: string[];
  allUnits: boolean;
  deadline: string | null;
}

export function readSeed(name: string): SeedSheet {
  return JSON.parse(fs.readFileSync(path.join(SEED_DIR, `${name}.sheet.json`), "utf8"));
}

/** Plans of other cities' layouts, written like the seeds' sheets (issue 15): not transcribed from a seed. */
export const LAYOUTS = ["taichung106", "changhua107"] as const;
export const LAYOUT_DIR = path.join(__dirname, "..", "fixtures", "layouts");

export interface LayoutSheet {
  /** The layout and what is peculiar to it. */
  layout: string;
  agency: string;
  units: string[];
  sheets: { name: string; rows: string[][] }[];
}

export function readLayout(name: (typeof LAYOUTS)[number]): LayoutSheet {
  return JSON.parse(fs.readFileSync(path.join(LAYOUT_DIR, `${name}.sheet.json`), "utf8"));
}

export function layoutGrid(name: (typeof LAYOUTS)[number]): Grid {
  const sheet = readLayout(name).sheets[0];
  return rowsToGrid(sheet.name, sheet.rows);
}

export function readExpected(name: string): { measureCount: number; why: string; measures: ExpectedMeasure[] } {
  return JSON.parse(fs.readFileSync(path.join(SEED_DIR, `${name}.expected.json`), "utf8"));
}

/** "^" / "<" markers → merged areas; the covered cells become empty, as Excel keeps them. */
export function rowsToGrid(sheet: string, rows: string[][]): Grid {
  const values = rows.map((r) => r.map((v) => (v === "^" || v === "<" || v === "" ? null : v)));
  const owner: { r: number; c: number }[][] = rows.map((r) => r.map(() => ({ r: -1, c: -1 })));
  const areas = new Map<string, Area>();
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === "^" && r > 0) owner[r][c] = owner[r - 1][c];
      else if (v === "<" && c > 0) owner[r][c] = owner[r][c - 1];
      else owner[r][c] = { r, c };
      const o = owner[r][c];
      if (o.r === r && o.c === c) return;
      const key = `${o.r},${o.c}`;
      const a = areas.get(key) ?? { top: o.r, left: o.c, bottom: o.r, right: o.c };
      a.bottom = Math.max(a.bottom, r);
      a.right = Math.max(a.right, c);
      areas.set(key, a);
    }),
  );
  return { ...makeGrid(sheet, values), merges: [...areas.values()] };
}

export function seedGrid(name: string, sheetIndex = 0): Grid {
  const s = readSeed(name);
  const sheet = s.sheets[sheetIndex];
  return rowsToGrid(sheet.name, sheet.rows);
}
