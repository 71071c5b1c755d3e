/**
 * The annex tables an agency prints and publishes, built from the Plan as SheetSpecs (both writers
 * print them alike): the plan table (執行要項 | 執行重點 | 具體作法 | 執行單位, Kaohsiung's shape),
 * 附件一 具體作法 (項次 | 實施要領 | 具體做法 | 負責業參 | 完成期限, the Veterans Affairs Council's) and
 * 附件二 執行成效一覽表 (項次 | 實施要領 | 具體做法 | 執行成效). Seeds 000 and 004 show them.
 */
import type { Framework } from "../framework/types";
import type { Area, CellValue } from "../grid";
import type { Measure, Plan } from "../plan";
import type { ColumnSpec, SheetSpec } from "../sheetSpec";
import { toChineseNumeral } from "../text/numerals";
import { measureCellText } from "../workbook/planTable";
import { fitToWidthScale, pageBreaks, printedRowHeight } from "./printLayout";

export type AnnexKind = "plan" | "measures" | "results";
export const ANNEX_KINDS: readonly AnnexKind[] = ["plan", "measures", "results"];

export interface AnnexOptions {
  /** The agency as the title names it: 花蓮縣榮民服務處. */
  agency: string;
  /** ROC year (115), or null to leave it out of the title. */
  year: number | null;
  /** Body font; 標楷體 by default. */
  font?: string;
}

/** The government's print convention; Windows has it as DFKai-SB, macOS as 標楷體-繁 (BiauKai). */
export const DEFAULT_ANNEX_FONT = "標楷體";
const FONT_SIZE = 12;
const FOOTER = "第 &P 頁，共 &N 頁";

/** The sheet each annex is written to: a name of ours, so building it again replaces only our sheet. */
export const ANNEX_SHEET_NAMES: Record<AnnexKind, string> = { plan: "計畫表（列印）", measures: "附件一", results: "附件二" };

/** How the framework names its plan in titles. */
const PLAN_WORDS: Record<string, string> = { kaohsiung: "提升服務", vac: "提升政府服務效能" };

export interface AnnexColumn extends ColumnSpec {
  /** Body cells centred (項次, 完成期限). */
  centred?: boolean;
  /** Cells merged down over rows that share the group (and the value). */
  merge?: "pillar" | "focus" | "same-in-pillar";
}

interface Layout {
  caption: string | null;
  title: string;
  columns: AnnexColumn[];
  row: (m: Measure, at: Numbering) => string[];
}

/** Where a measure stands: its pillar's number among the plan's, its own within the pillar and the focus point. */
interface Numbering {
  inPillar: number;
  inFocus: number;
  focusSize: number;
}

const pillarKey = (m: Measure) => `${m.pillar}\u0000${m.pillar === null ? m.pillarText : ""}`;
const focusKey = (m: Measure) => `${pillarKey(m)}\u0000${m.focus ?? m.focusText}`;

function pillarCell(m: Measure, framework: Framework): string {
  if (m.pillar === 0) return framework.preamble?.title ?? m.pillarText;
  const p = framework.pillars.find((x) => x.number === m.pillar);
  return p ? `${toChineseNumeral(p.number)}、${p.title}` : m.pillarText;
}

function pillarTitle(m: Measure, framework: Framework): string {
  if (m.pillar === 0) return framework.preamble?.title ?? m.pillarText;
  return framework.pillars.find((x) => x.number === m.pillar)?.title ?? m.pillarText;
}

function focusCell(m: Measure, framework: Framework): string {
  if (m.focusGroup || m.focus === null) return m.focusText;
  const f = framework.pillars.flatMap((p) => p.focusPoints).find((x) => x.id === m.focus);
  return f ? `${f.label}${f.text}` : m.focusText;
}

const units = (m: Measure) => m.units.join("\n");
const itemNumber = (m: Measure) => (m.pillar !== null && m.pillar > 0 ? toChineseNumeral(m.pillar) : "");

function layoutOf(kind: AnnexKind, framework: Framework, options: AnnexOptions): Layout {
  const words = PLAN_WORDS[framework.id] ?? PLAN_WORDS.kaohsiung;
  const heading = `${options.agency}${options.year === null ? "" : `${options.year}年`}`;
  switch (kind) {
    case "plan":
      return {
        caption: null,
        title: `${heading}${words}執行計畫`,
        columns: [
          { header: "執行要項", width: 16, wrap: true, merge: "pillar" },
          { header: "執行重點", width: 22, wrap: true, merge: "focus" },
          { header: "具體作法", width: 40, wrap: true },
          { header: "執行單位", width: 12, wrap: true },
        ],
        row: (m, at) => [
          pillarCell(m, framework),
          focusCell(m, framework),
          at.focusSize > 1 ? `${at.inFocus}. ${measureCellText(m)}` : measureCellText(m),
          units(m),
        ],
      };
    case "measures":
      return {
        caption: "附件一",
        title: `${heading}${words}具體作法`,
        columns: [
          { header: "項次", width: 5, wrap: true, centred: true, merge: "pillar" },
          { header: "實施要領", width: 16, wrap: true, merge: "pillar" },
          { header: "具體做法", width: 41, wrap: true },
          { header: "負責業參", width: 12, wrap: true },
          { header: "完成期限", width: 10, wrap: true, centred: true, merge: "same-in-pillar" },
        ],
        row: (m, at) => [
          itemNumber(m),
          pillarTitle(m, framework),
          `${toChineseNumeral(at.inPillar)}、${measureCellText(m)}`,
          units(m),
          m.deadline ?? "",
        ],
      };
    case "results":
      return {
        caption: "附件二",
        title: `${heading}${words}執行成效一覽表`,
        columns: [
          { header: "項次", width: 5, wrap: true, centred: true, merge: "pillar" },
          { header: "實施要領", width: 14, wrap: true, merge: "pillar" },
          { header: "具體做法", width: 34, wrap: true },
          { header: "執行成效", width: 31, wrap: true },
        ],
        row: (m, at) => [
          itemNumber(m),
          pillarTitle(m, framework),
          `${toChineseNumeral(at.inPillar)}、${measureCellText(m)}`,
          m.results ?? "",
        ],
      };
  }
}

/** Each measure's place: counted within its pillar and its focus point, in plan order. */
function numbering(measures: readonly Measure[]): Numbering[] {
  const out: Numbering[] = [];
  measures.forEach((m, i) => {
    const prev = measures[i - 1];
    const samePillar = prev !== undefined && pillarKey(prev) === pillarKey(m);
    const sameFocus = samePillar && focusKey(prev) === focusKey(m);
    out.push({ inPillar: samePillar ? out[i - 1].inPillar + 1 : 1, inFocus: sameFocus ? out[i - 1].inFocus + 1 : 1, focusSize: 1 });
  });
  // A focus point's size is known at its last measure: carried back over its run.
  for (let i = out.length - 1; i >= 0; i--) {
    const next = out[i + 1];
    out[i].focusSize = next && next.inFocus === out[i].inFocus + 1 ? next.focusSize : out[i].inFocus;
  }
  return out;
}

/**
 * An annex's table before it is laid on pages: its columns and one row per measure, in plan order, each
 * cell whole (a pillar's text on every row of the pillar, nothing merged away). `buildAnnex` prints it;
 * the .csv and .html exports (`src/files/csvWrite.ts`, `htmlWrite.ts`) write it as it is.
 */
export interface AnnexTable {
  kind: AnnexKind;
  /** "附件一", "附件二"; null for the plan table. */
  caption: string | null;
  title: string;
  columns: readonly AnnexColumn[];
  /** Every measure, those in hidden source rows too: nothing of the plan is left out unseen (validate says which were hidden). */
  measures: readonly Measure[];
  rows: string[][];
}

export function annexTable(kind: AnnexKind, plan: Plan, framework: Framework, options: AnnexOptions): AnnexTable {
  const layout = layoutOf(kind, framework, options);
  const measures = plan.measures;
  const at = numbering(measures);
  return {
    kind,
    caption: layout.caption,
    title: layout.title,
    columns: layout.columns,
    measures,
    rows: measures.map((m, i) => layout.row(m, at[i])),
  };
}

/**
 * Runs of rows [first, last] (0-based, in body order) that one merged cell covers in a column: its
 * pillar, its focus point, or an equal value within its pillar (as the column's `merge` says); a column
 * that merges nothing has each row alone. Runs never cross a pillar.
 */
export function annexRuns(table: AnnexTable, col: number, merge = table.columns[col].merge): [number, number][] {
  const { measures, rows } = table;
  const key = (i: number) =>
    merge === "pillar"
      ? pillarKey(measures[i])
      : merge === "focus"
        ? focusKey(measures[i])
        : merge === "same-in-pillar"
          ? `${pillarKey(measures[i])}\u0000${rows[i][col]}`
          : String(i);
  const out: [number, number][] = [];
  measures.forEach((_, i) => {
    if (i > 0 && key(i) === key(i - 1)) out[out.length - 1][1] = i;
    else out.push([i, i]);
  });
  return out;
}

/** A run of rows [from, to] cut where pages start. */
function splitAt(from: number, to: number, pageStarts: ReadonlySet<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (!pageStarts.has(i)) continue;
    out.push([start, i - 1]);
    start = i;
  }
  out.push([start, to]);
  return out;
}

/** An annex as a printed SheetSpec: titles, header, one row per measure, merged groups split where pages break. */
export function buildAnnex(kind: AnnexKind, plan: Plan, framework: Framework, options: AnnexOptions): SheetSpec {
  const table = annexTable(kind, plan, framework, options);
  const { columns } = table;
  const body: CellValue[][] = table.rows.map((row) => [...row]);
  const titles: CellValue[][] = [...(table.caption ? [[table.caption]] : []), [table.title]];
  const top = titles.length + 1; // first body row on the sheet
  const rows: CellValue[][] = [...titles.map((t) => [...t, ...columns.slice(1).map(() => null)]), columns.map((c) => c.header), ...body];

  const widths = columns.map((c) => c.width);
  const font = options.font ?? DEFAULT_ANNEX_FONT;
  const orientation = "portrait";
  const scale = fitToWidthScale(widths, orientation);
  // A merged cell's text is measured over its rows together: a row's own height counts the other columns.
  const ownWidths = columns.map((c) => (c.merge ? undefined : c.width));
  const heights = rows.map((row, r) =>
    r < titles.length
      ? Math.ceil(FONT_SIZE * (r === titles.length - 1 ? 1.5 : 1) * 1.6)
      : printedRowHeight(row, r === titles.length ? widths : ownWidths, FONT_SIZE),
  );
  const merged = columns.flatMap((column, c) => (column.merge ? [{ c, runs: annexRuns(table, c) }] : []));
  const groupStarts = new Set(
    annexRuns(table, 0, "pillar")
      .filter(([a, b]) => b > a)
      .map(([a]) => a + top),
  );

  // Pages break, merged cells end at a break and start again with their text repeated (every page shows
  // its pillar), each part grows to fit its text, and the pages are laid again until they stay put.
  let breaks: number[] = [];
  let parts: { c: number; from: number; to: number }[] = [];
  for (let pass = 0; pass < 4; pass++) {
    const pageStarts = new Set(breaks.map((b) => b - top));
    parts = merged.flatMap(({ c, runs: list }) =>
      list.flatMap(([from, to]) => splitAt(from, to, pageStarts).map(([a, b]) => ({ c, from: a, to: b }))),
    );
    for (const { c, from, to } of parts) {
      const need = printedRowHeight([body[from][c]], [widths[c]], FONT_SIZE);
      let have = 0;
      for (let i = from; i <= to; i++) have += heights[i + top];
      if (have < need) heights[to + top] = Math.min(409, heights[to + top] + need - have);
    }
    const next = pageBreaks({ heights, headerRow: titles.length, groupStarts, orientation, scale });
    if (next.join() === breaks.join()) break;
    breaks = next;
  }

  const merges: Area[] = titles.map((_, r) => ({ top: r, left: 0, bottom: r, right: columns.length - 1 }));
  for (const { c, from, to } of parts) {
    if (to > from) merges.push({ top: from + top, left: c, bottom: to + top, right: c });
    for (let i = from + 1; i <= to; i++) rows[i + top][c] = null; // only a merge's first cell holds its text
  }

  return {
    name: ANNEX_SHEET_NAMES[kind],
    columns: [...columns],
    rows,
    merges,
    rowHeights: Object.fromEntries(heights.map((h, r) => [r, h])),
    print: {
      font,
      fontSize: FONT_SIZE,
      titleRows: titles.length,
      centred: columns.flatMap((c, i) => (c.centred ? [i] : [])),
      orientation,
      footer: FOOTER,
      pageBreaks: breaks,
    },
  };
}
