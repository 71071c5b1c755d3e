/**
 * The annex builders (issue 12): 附件一 reproduces seed 004's own 附件一 row by row; the plan table
 * reproduces seed 000's measures with their pillars, focus points and units; pages break without
 * leaving a pillar's first row alone at a page foot; titles name the agency and the year.
 */
import * as fs from "fs";
import * as path from "path";
import { buildAnnex, type AnnexKind } from "../../src/core/annex/annexes";
import { suggestAnnexTitle } from "../../src/core/annex/annexTitle";
import { pageBreaks, printedLines } from "../../src/core/annex/printLayout";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import type { CellValue, Grid } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { readWorkbook } from "../../src/files/xlsxRead";
import { readExpected, readSeed, rowsToGrid } from "../support/seedFixtures";

const FIX = path.join(__dirname, "..", "fixtures");

async function seedPlan(name: string) {
  const grid = (await readWorkbook(fs.readFileSync(path.join(FIX, `${name}.xlsx`)))).sheets[0];
  const framework = BUILT_IN_FRAMEWORKS[readSeed(name).framework];
  return { grid, framework, plan: impose(grid, { framework }) };
}

/** Values with every merged area's first value filled over it: what a reader sees in each row. */
function filled(rows: CellValue[][], merges: { top: number; left: number; bottom: number; right: number }[]): string[][] {
  const out = rows.map((r) => r.map((v) => (v === null ? "" : String(v))));
  for (const m of merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) out[r][c] = out[m.top][m.left];
  return out;
}

const gridRows = (g: Grid) => filled(g.values, g.merges);

async function annexOf(name: string, kind: AnnexKind) {
  const { grid, framework, plan } = await seedPlan(name);
  return { spec: buildAnnex(kind, plan, framework, suggestAnnexTitle(grid, plan)), plan, grid };
}

describe("附件一 from seed 004", () => {
  it("reproduces the seed's 附件一: caption, title, header, and every row's 項次, 實施要領, numbered 具體做法, units and deadline", async () => {
    const { spec } = await annexOf("seed004", "measures");
    const seed = readSeed("seed004").sheets.find((s) => s.name === "附件一")!;
    const expected = gridRows(rowsToGrid("附件一", seed.rows));
    const ours = filled(spec.rows, spec.merges ?? []);
    // Titles: ours spans the table's width (a merged cell, centred); the seed's text stands in column A.
    expect(ours.slice(0, 2).map((r) => r[0])).toEqual(expected.slice(0, 2).map((r) => r[0]));
    expect(ours.slice(2)).toEqual(expected.slice(2));
    expect(ours.length).toBe(expected.length);
  });

  it("merges 項次 and 實施要領 over each pillar's measures and an equal deadline down the pillar, cut only where a page starts", async () => {
    const { spec } = await annexOf("seed004", "measures");
    const pageStarts = new Set(spec.print!.pageBreaks);
    const seedMerges = rowsToGrid("附件一", readSeed("seed004").sheets[0].rows).merges;
    for (const column of [0, 1, 4]) {
      const ours = (spec.merges ?? []).filter((m) => m.left === column && m.right === column);
      // Our parts, joined again across page starts, are the seed's merged areas.
      const joined: { top: number; bottom: number }[] = [];
      for (const m of [...ours].sort((a, b) => a.top - b.top)) {
        const last = joined[joined.length - 1];
        if (last && last.bottom + 1 === m.top && pageStarts.has(m.top)) last.bottom = m.bottom;
        else joined.push({ top: m.top, bottom: m.bottom });
      }
      const theirs = seedMerges.filter((m) => m.left === column && m.right === column).map((m) => ({ top: m.top, bottom: m.bottom }));
      // A single row left after a page start has no merge of its own.
      expect(joined.filter((m) => m.bottom > m.top)).toEqual(expect.arrayContaining(theirs.filter((m) => !crosses(m, pageStarts))));
    }
  });
});

const crosses = (m: { top: number; bottom: number }, starts: Set<number>) => [...starts].some((s) => s > m.top && s <= m.bottom);

describe("the plan table from seed 000", () => {
  it("gives every measure its row in order: pillar and focus point as the framework words them, the measure numbered within its focus point, its units", async () => {
    const { spec, plan } = await annexOf("seed000", "plan");
    const expected = readExpected("seed000").measures;
    const body = filled(spec.rows, spec.merges ?? []).slice(spec.print!.titleRows + 1);
    expect(body).toHaveLength(expected.length);
    const kaohsiung = BUILT_IN_FRAMEWORKS.kaohsiung;
    body.forEach(([pillar, focus, measure, units], i) => {
      const e = expected[i];
      const m = plan.measures[i];
      expect(measure.replace(/^\d+\. /, "")).toMatch(new RegExp(`^${escape(e.startsWith)}`));
      expect(units.split("\n")).toEqual(e.units);
      if (e.pillar === 0) expect(pillar).toBe(kaohsiung.preamble!.title);
      else expect(pillar).toMatch(new RegExp(`^[一二三四五六]、${escape(kaohsiung.pillars[e.pillar - 1].title)}$`));
      if (m.focus && !m.focusGroup) expect(focus).toMatch(/^\([一二三四五六七八九十]+\)/);
    });
    // Numbered "1." "2." … only where a focus point has more than one measure.
    expect(body.filter(([, , m]) => /^1\. /.test(m)).length).toBeGreaterThan(5);
    expect(body[0][2]).not.toMatch(/^\d+\. /); // the preamble row's one measure
  });

  it("has the title from the plan's own (高雄市兵役處, 114), the preamble row first", async () => {
    const { spec, grid, plan } = await annexOf("seed000", "plan");
    expect(suggestAnnexTitle(grid, plan)).toEqual({ agency: "高雄市兵役處", year: 114 });
    expect(spec.rows[0][0]).toBe("高雄市兵役處114年提升服務執行計畫");
    expect(spec.rows[2][0]).toBe(BUILT_IN_FRAMEWORKS.kaohsiung.preamble!.title);
  });
});

describe("pages", () => {
  it.each([
    ["seed000", "plan"],
    ["seed004", "measures"],
    ["seed004", "results"],
  ] as const)("%s %s: no pillar's first row is the last row of a page while its pillar goes on", async (name, kind) => {
    const { spec } = await annexOf(name, kind);
    expectNoOrphans(spec);
  });

  it("moves a group's first row to the next page when the row after it would not come along", () => {
    // Header 20 pt, rows of 100 pt: a page holds about six rows; row 7 starts a group of two.
    const heights = [20, ...Array(12).fill(100)];
    const base = { heights, headerRow: 0, orientation: "portrait" as const, scale: 1 };
    const without = pageBreaks({ ...base, groupStarts: new Set() });
    const lastOnFirstPage = without[0] - 1;
    const moved = pageBreaks({ ...base, groupStarts: new Set([lastOnFirstPage]) });
    expect(moved[0]).toBe(lastOnFirstPage);
  });

  it("counts a long line as the lines it fills, a CJK character as twice a Latin one", () => {
    expect(printedLines("一二三", 40, 12)).toBe(1);
    expect(printedLines("一".repeat(100), 40, 12)).toBeGreaterThan(printedLines("a".repeat(100), 40, 12));
    expect(printedLines("甲\n\n乙", 40, 12)).toBe(3);
  });
});

function expectNoOrphans(spec: SheetSpec) {
  const breaks = spec.print!.pageBreaks;
  for (const b of breaks) {
    const pillarMerge = (spec.merges ?? []).find((m) => m.left === 0 && m.top <= b - 1 && m.bottom >= b - 1);
    const startsGroup = spec.rows[b - 1][0] !== null && spec.rows[b][0] === null;
    // The row before a page start is never a pillar cell's first and only row on that page while the pillar continues.
    expect(startsGroup && !pillarMerge).toBe(false);
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

it("a measure in a hidden row of the source is in the annex too (nothing of the plan left out unseen)", async () => {
  const { grid, framework, plan } = await seedPlan("seed004");
  const hidden = { ...plan, measures: plan.measures.map((m, i) => (i === 1 ? { ...m, hidden: true } : m)) };
  const spec = buildAnnex("measures", hidden, framework, suggestAnnexTitle(grid, plan));
  expect(spec.rows.flat()).toContain(`二、${plan.measures[1].text}`);
});
