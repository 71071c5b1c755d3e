/**
 * .xlsx → Grid per sheet, reading only the parts a plan needs (the workbook's sheet list, shared
 * strings, number formats, and each sheet's cells, merges, hidden rows and columns, which cells hold
 * formulas, and its comments, for the pre-publication check) with values as Office.js
 * `values` gives them (dates as serial numbers). Our own reader, not ExcelJS: ExcelJS builds every
 * cell and style as objects (four times slower on a 5,000-measure plan) and expands a data
 * validation written over the whole sheet (`A1:XFD1048576`, as Excel writes a rule set on all
 * cells) cell by cell, which hangs on agencies' workbooks.
 */
import type { Area, CellValue, Grid } from "../core/grid";
import { a1, isDateFormat, parseA1, parseAreaA1, rangeA1 } from "../core/grid";
import { WorkbookReadError } from "./errors";
import { MAX_PART_BYTES, unzip, ZipError } from "./zip";
import { sniffWorkbook } from "./sniff";
import { attributes, eachElement, elements, runText, TAG_BODY, unescapeXml } from "./xml";
import { BUILTIN_NUMBER_FORMATS } from "./xlsxNumberFormats";

export interface WorkbookGrids {
  sheets: Grid[];
  /** Sheet names in workbook order, hidden ones included. */
  names: string[];
  hidden: string[];
  /** Sheets not read, with the sentence that says why (a range no plan could fill); their Grids are empty. */
  refused: Record<string, string>;
}

/** Reads every worksheet of an .xlsx into Grids (relative to each sheet's cells with values). */
export async function readWorkbook(bytes: Uint8Array, fileLabel = "檔案"): Promise<WorkbookGrids> {
  const kind = sniffWorkbook(bytes);
  if (kind === "encrypted")
    throw new WorkbookReadError(`${fileLabel}有密碼保護，請先在 Excel 移除密碼（檔案 > 資訊 > 保護活頁簿）後再試。`);
  if (kind === "xls") throw new WorkbookReadError(`${fileLabel}是舊版 .xls 格式，請在 Excel 另存為 .xlsx 後再試。`);
  if (kind !== "xlsx") throw new WorkbookReadError(`${fileLabel}不是 Excel 活頁簿（.xlsx）。`);
  const broken = () => new WorkbookReadError(`${fileLabel}無法以 Excel 活頁簿開啟，檔案可能已損毀。`);
  // Parts are found as the package says (its relationships), by names compared without case (OPC
  // part names are case-insensitive): a writer may put the strings at xl/SharedStrings.xml.
  const parts = new Map<string, Uint8Array>();
  const inflate = (wanted: (lowerName: string) => boolean) => {
    for (const [name, data] of Object.entries(unzipParts(bytes, fileLabel, (n) => wanted(n.toLowerCase()))))
      parts.set(name.toLowerCase(), data);
  };
  // Line ends as an XML parser hands them over (XML 1.0 §2.11): a CR written as such is "&#13;" or "_x000D_".
  const text = (path: string) => {
    const data = parts.get(path.toLowerCase());
    return data ? new TextDecoder().decode(data).replace(/\r\n?/g, "\n") : null;
  };
  inflate((n) => n === "_rels/.rels");
  const workbookPath =
    [...relationshipTargets(text("_rels/.rels") ?? "", "").values()].find((t) => t.type.endsWith("/officeDocument"))?.target ??
    "xl/workbook.xml";
  const workbookDir = workbookPath.includes("/") ? workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1) : "";
  const workbookRels = `${workbookDir}_rels/${workbookPath.slice(workbookDir.length)}.rels`;
  inflate((n) => n === workbookPath.toLowerCase() || n === workbookRels.toLowerCase());
  const workbookXml = text(workbookPath);
  if (workbookXml === null) throw broken();
  const targets = relationshipTargets(text(workbookRels) ?? "", workbookDir);
  const byType = (type: string) => [...targets.values()].find((t) => t.type.endsWith(type))?.target;
  const wanted = new Set([...targets.values()].map((t) => t.target.toLowerCase()));
  inflate((n) => wanted.has(n));
  const strings = sharedStrings(text(byType("/sharedStrings") ?? `${workbookDir}sharedStrings.xml`));
  const formats = cellFormats(text(byType("/styles") ?? `${workbookDir}styles.xml`));
  // A workbook counting days from 1904 (old Mac Excel): its dates become serials of the 1900 system the core reads.
  const dateShift = /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml) ? DAYS_1900_TO_1904 : 0;
  // Each sheet's relationships, for its comments (legacy comments: Excel writes them for threaded ones too).
  const sheetRels = (sheetPath: string) => {
    const dir = sheetPath.slice(0, sheetPath.lastIndexOf("/") + 1);
    return `${dir}_rels/${sheetPath.slice(dir.length)}.rels`;
  };
  const sheetPaths = new Set(
    [...targets.values()].filter((t) => t.type.endsWith("/worksheet")).map((t) => sheetRels(t.target).toLowerCase()),
  );
  inflate((n) => sheetPaths.has(n));
  const commentsOf = new Map<string, string>();
  for (const t of targets.values()) {
    const rels = text(sheetRels(t.target));
    if (!rels) continue;
    const dir = t.target.slice(0, t.target.lastIndexOf("/") + 1);
    const part = [...relationshipTargets(rels, dir).values()].find((r) => r.type.endsWith("/comments"))?.target;
    if (part) commentsOf.set(t.target, part);
  }
  const commentParts = new Set([...commentsOf.values()].map((p) => p.toLowerCase()));
  if (commentParts.size > 0) inflate((n) => commentParts.has(n));
  const sheets: Grid[] = [];
  const hidden: string[] = [];
  const refused: Record<string, string> = {};
  for (const { attrs } of elements(workbookXml, "sheet")) {
    const target = targets.get(attrs.id ?? "");
    const xml = target ? text(target.target) : null;
    // A chart sheet or a dialog sheet holds no cells: not a sheet a plan can be on.
    if (xml === null || !/<(?:[\w.-]+:)?(?:worksheet)\b/.test(xml.slice(0, 2000))) continue;
    const name = attrs.name ?? "";
    if (attrs.state === "hidden" || attrs.state === "veryHidden") hidden.push(name);
    try {
      const comments = sheetComments(text(commentsOf.get(target!.target) ?? ""));
      sheets.push({ ...sheetGrid(name, xml, strings, formats, dateShift), ...(comments.length ? { comments } : {}) });
    } catch (e) {
      // One sheet too big to be a plan leaves the others readable.
      if (!(e instanceof WorkbookReadError)) throw e;
      refused[name] = e.message;
      sheets.push({ sheet: name, top: 0, left: 0, rowCount: 0, colCount: 0, values: [], merges: [] });
    }
  }
  return { sheets, names: sheets.map((s) => s.sheet), hidden, refused };
}

/** The parts we read, inflated; nothing else is (images and the like stay compressed). */
function unzipParts(bytes: Uint8Array, fileLabel: string, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzip(bytes, wanted);
  } catch (e) {
    if (e instanceof ZipError && e.problem === "too-large")
      throw new WorkbookReadError(`${fileLabel}有一個部分解壓縮後超過 ${MAX_PART_BYTES / 1024 / 1024} MB，不像是一份計畫，未讀取。`);
    throw new WorkbookReadError(`${fileLabel}無法以 Excel 活頁簿開啟，檔案可能已損毀。`);
  }
}

/** Relationship id → its type and the part's path inside the zip ("rId1" → "xl/worksheets/sheet1.xml"), relative to `dir`. */
function relationshipTargets(xml: string, dir: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const { attrs } of elements(xml, "Relationship")) {
    if (!attrs.Id || !attrs.Target || attrs.TargetMode === "External") continue;
    const target = attrs.Target.startsWith("/") ? attrs.Target.slice(1) : `${dir}${attrs.Target}`;
    out.set(attrs.Id, { type: attrs.Type ?? "", target: normalisePath(target) });
  }
  return out;
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** A comments part's comments: the cell and its text (a threaded comment's legacy text included). */
function sheetComments(xml: string | null): { cell: string; text: string }[] {
  if (!xml) return [];
  return elements(xml, "comment").map(({ attrs, inner }) => ({ cell: attrs.ref ?? "", text: inner === null ? "" : runText(inner).trim() }));
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  eachElement(xml, "si", (_, inner) => out.push(inner === null ? "" : runText(inner)), false);
  return out;
}

/** The number format of each cell style (`s` attribute → format code; null for General). */
function cellFormats(xml: string | null): (string | null)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const { attrs } of elements(xml, "numFmt")) custom.set(Number(attrs.numFmtId), attrs.formatCode ?? "");
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs\s*>/.exec(xml);
  if (!xfs) return [];
  const out: (string | null)[] = [];
  for (const { attrs } of elements(xfs[1], "xf")) {
    const id = Number(attrs.numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? null;
    out.push(code === "General" ? null : code);
  }
  return out;
}

interface CellAt {
  r: number;
  c: number;
  v: CellValue;
  fmt: string | null;
}

/** A serial number from an ISO date (`t="d"` cells), as Excel counts days (1900 system). */
function isoToSerial(iso: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes("T") ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? null : ms / 86400000 + 25569;
}

function cellValue(attrs: Record<string, string>, inner: string | null, strings: string[], sharedFormulas: Map<string, string>): CellValue {
  if (inner === null) return null;
  const v = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v\s*>/.exec(inner)?.[1];
  const type = attrs.t ?? "n";
  if (type === "inlineStr") {
    const is = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is\s*>/.exec(inner);
    return is ? runText(is[1]) : null;
  }
  if (v === undefined) {
    // A formula with no computed value in the file (written by a tool that does not calculate):
    // its own text, so nothing is lost; impose notes it (formula-text).
    const formula = formulaText(inner, sharedFormulas);
    return formula === null ? null : `=${formula}`;
  }
  formulaText(inner, sharedFormulas); // remembers a shared formula's text for the cells that follow
  return typedValue(type, v, strings);
}

/** A `<v>`'s text as the value of a cell of type `t`. */
function typedValue(type: string, v: string, strings: string[]): CellValue {
  switch (type) {
    case "s":
      return strings[Number(v)] ?? null;
    case "b":
      return v.trim() === "1" || v.trim() === "true";
    case "e":
    case "str":
      return runText(`<t>${v}</t>`);
    case "d":
      return isoToSerial(unescapeXml(v).trim());
    default: {
      const n = Number(v);
      return v.trim() === "" || Number.isNaN(n) ? null : n;
    }
  }
}

/** The formula of a cell, if any; a shared formula's later cells (`<f t="shared" si="0"/>`) get its text. */
function formulaText(inner: string, sharedFormulas: Map<string, string>): string | null {
  const f = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f\s*>)/.exec(inner);
  if (!f) return null;
  const attrs = attributes(f[1]);
  const text = f[2] === undefined ? "" : unescapeXml(f[2]);
  if (attrs.t === "shared" && attrs.si !== undefined) {
    if (text) sharedFormulas.set(attrs.si, text);
    else return sharedFormulas.get(attrs.si) ?? "";
  }
  return text;
}

/**
 * The attributes of a row or cell tag that we read (`r`, `s`, `t`, `hidden`): one scan per name
 * instead of a general parse, on every cell of the sheet.
 */
function cellAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  // Indexed loops on every cell, not for-of: a for-of costs ten times as much before the JIT warms up.
  for (let i = 0; i < CELL_ATTRIBUTES.length; i++) {
    const m = CELL_ATTRIBUTES[i][1].exec(tag);
    if (m) out[CELL_ATTRIBUTES[i][0]] = m[1];
  }
  return out;
}

// Each name must start an attribute ("r=", not "spans=" nor "x14ac:dyDescent=").
const CELL_ATTRIBUTES = ["r", "s", "t", "hidden"].map((name) => [name, new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']([^"']*)["']`)] as const);

/**
 * A cell as writers put it, `<c r="C12" s="1" t="s"><v>3</v></c>` or self-closed, tried where the
 * last tag ended: one match instead of finding the tag, its attributes, its end and its value apart.
 * What the general way reads of such a cell is exactly what this reads.
 */
const PLAIN_CELL = /<c r="([A-Z]{1,3})(\d{1,7})"(?: s="(\d{1,9})")?(?: t="(s|n|b|e|str|d)")?(?:\/>|><v>([^<]*)<\/v><\/c>)/y;
const ROW_OR_CELL = new RegExp(`<(?:[\\w.-]+:)?(row|c)(?=[\\s/>])(${TAG_BODY})(\\/?)>`, "g");
const CELL_END = /<\/(?:[\w.-]+:)?c\s*>/g;

const DAYS_1900_TO_1904 = 1462;

function sheetGrid(name: string, xml: string, strings: string[], formats: (string | null)[], dateShift: number): Grid {
  const dataStart = xml.search(/<(?:[\w.-]+:)?sheetData\b/);
  const dataEnd = xml.search(/<\/(?:[\w.-]+:)?sheetData\s*>/);
  const data = dataStart < 0 ? "" : xml.slice(dataStart, dataEnd < 0 ? xml.length : dataEnd);
  const cells: CellAt[] = [];
  const hiddenRows: number[] = [];
  const formulaCells: string[] = [];
  const sharedFormulas = new Map<string, string>();
  let row = -1;
  let col = -1;
  ROW_OR_CELL.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (;;) {
    PLAIN_CELL.lastIndex = ROW_OR_CELL.lastIndex;
    const plain = PLAIN_CELL.exec(data);
    if (plain) {
      ROW_OR_CELL.lastIndex = PLAIN_CELL.lastIndex;
      row = Number(plain[2]) - 1;
      // columnIndex of the capitals, without its for-of over them (slow in cold code).
      let n = 0;
      for (let i = 0; i < plain[1].length; i++) n = n * 26 + plain[1].charCodeAt(i) - 0x40;
      col = n - 1;
      if (plain[5] === undefined) continue; // self-closed: no value
      const type = plain[4] ?? "n";
      const v = typedValue(type, plain[5], strings);
      if (v === null || v === "") continue;
      const fmt = formats[Number(plain[3] ?? 0)] ?? (type === "d" ? "yyyy-mm-dd" : null);
      const date = typeof v === "number" && dateShift !== 0 && type !== "d" && isDateFormat(fmt);
      cells.push({ r: row, c: col, v: date ? (v as number) + dateShift : v, fmt });
      continue;
    }
    if (!(m = ROW_OR_CELL.exec(data))) break;
    const attrs = cellAttributes(m[2]);
    if (m[1] === "row") {
      row = attrs.r ? Number(attrs.r) - 1 : row + 1;
      col = -1;
      if (attrs.hidden === "1" || attrs.hidden === "true") hiddenRows.push(row);
      continue;
    }
    const at = attrs.r ? parseA1(attrs.r) : null;
    if (at) {
      row = at.row;
      col = at.col;
    } else col++;
    let inner: string | null = null;
    if (m[3] !== "/") {
      CELL_END.lastIndex = ROW_OR_CELL.lastIndex;
      const end = CELL_END.exec(data);
      inner = data.slice(ROW_OR_CELL.lastIndex, end ? end.index : data.length);
      ROW_OR_CELL.lastIndex = end ? CELL_END.lastIndex : data.length;
      if (FORMULA.test(inner)) formulaCells.push(a1(row, col));
    }
    const v = cellValue(attrs, inner, strings, sharedFormulas);
    if (v === null || v === "") continue;
    const fmt = formats[Number(attrs.s ?? 0)] ?? (attrs.t === "d" ? "yyyy-mm-dd" : null);
    const date = typeof v === "number" && dateShift !== 0 && attrs.t !== "d" && isDateFormat(fmt);
    cells.push({ r: row, c: col, v: date ? (v as number) + dateShift : v, fmt });
  }
  const merges: Area[] = [];
  for (const { attrs } of elements(xml, "mergeCell")) {
    const area = parseAreaA1(attrs.ref ?? "");
    if (area) merges.push(area);
  }
  // Hidden columns: <col min="3" max="4" hidden="1"/> (1-based, inclusive), kept where cells are.
  const hiddenColumns: number[] = [];
  for (const { attrs } of elements(xml.slice(0, dataStart < 0 ? xml.length : dataStart), "col")) {
    if (attrs.hidden !== "1" && attrs.hidden !== "true") continue;
    const min = Number(attrs.min) - 1;
    const max = Math.min(Number(attrs.max) - 1, min + MAX_HIDDEN_COLUMNS);
    for (let c = min; c <= max; c++) hiddenColumns.push(c);
  }
  const grid = gridOf(name, cells, merges, hiddenRows);
  const columns = hiddenColumns.filter((c) => c >= grid.left && c < grid.left + grid.colCount).map((c) => c - grid.left);
  return {
    ...grid,
    ...(columns.length ? { hiddenColumns: columns } : {}),
    ...(formulaCells.length ? { formulaCells } : {}),
  };
}

/** A formula element in a cell. */
const FORMULA = /<(?:[\w.-]+:)?f[\s/>]/;
/** A hidden span of columns is read at most this wide (a `<col>` may hide every column to XFD). */
const MAX_HIDDEN_COLUMNS = 1000;

/**
 * The cells with values, as a Grid over their bounding box. Only a merge's first cell holds its value
 * (Excel shows only that one); a merge reaches the grid clipped to that box, so a merge over a whole
 * row or the whole sheet costs no more than the cells it covers.
 */
/** Rows (or columns) this far from the next cell with a value start another block. */
const ROW_GAP = 1000;
const COLUMN_GAP = 100;
/** No plan comes near this (a plan is a few columns by a few thousand rows); past it the grid is refused. */
export const MAX_GRID_CELLS = 4_000_000;

/** The block of cells with the most of them, rows apart by less than `gap`; the rest far from it. */
function mainBlock(cells: CellAt[], along: (x: CellAt) => number, gap: number): { inside: CellAt[]; outside: CellAt[] } {
  const at = new Int32Array(cells.length); // filled by index: Int32Array.from iterates, a step allocated each in cold code
  for (let i = 0; i < cells.length; i++) at[i] = along(cells[i]);
  at.sort();
  if (at[at.length - 1] - at[0] <= gap) return { inside: cells, outside: [] };
  let best = { from: at[0], to: at[0], count: 0 };
  let start = 0;
  for (let i = 1; i <= at.length; i++) {
    if (i < at.length && at[i] - at[i - 1] <= gap) continue;
    if (i - start > best.count) best = { from: at[start], to: at[i - 1], count: i - start };
    start = i;
  }
  const inside: CellAt[] = [];
  const outside: CellAt[] = [];
  for (let i = 0; i < cells.length; i++) {
    const x = along(cells[i]);
    (x >= best.from && x <= best.to ? inside : outside).push(cells[i]);
  }
  return { inside, outside };
}

function gridOf(name: string, sheetCells: CellAt[], sheetMerges: Area[], sheetHiddenRows: number[]): Grid {
  if (sheetCells.length === 0) return { sheet: name, top: 0, left: 0, rowCount: 0, colCount: 0, values: [], merges: [] };
  const byRow = mainBlock(sheetCells, (x) => x.r, ROW_GAP);
  const byColumn = mainBlock(byRow.inside, (x) => x.c, COLUMN_GAP);
  const cells = byColumn.inside;
  const far = [...byRow.outside, ...byColumn.outside].sort((a, b) => a.r - b.r || a.c - b.c);
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  for (let i = 0; i < cells.length; i++) {
    const x = cells[i];
    top = Math.min(top, x.r);
    left = Math.min(left, x.c);
    bottom = Math.max(bottom, x.r);
    right = Math.max(right, x.c);
  }
  const rowCount = bottom - top + 1;
  const colCount = right - left + 1;
  if (rowCount * colCount > MAX_GRID_CELLS)
    throw new WorkbookReadError(
      `工作表「${name}」的資料範圍 ${rangeA1({ top, left, bottom, right })} 有 ${(rowCount * colCount).toLocaleString("en-US")} 格，太大，不像一份計畫；請把計畫表複製到新的工作表再試。`,
    );
  const values: CellValue[][] = Array.from({ length: rowCount }, () => new Array<CellValue>(colCount).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: rowCount }, () => new Array<string | null>(colCount).fill(null));
  for (let i = 0; i < cells.length; i++) {
    const x = cells[i];
    values[x.r - top][x.c - left] = x.v;
    numberFormats[x.r - top][x.c - left] = x.fmt;
  }
  const merges: Area[] = [];
  for (const m of sheetMerges) {
    const clipped = {
      top: Math.max(m.top, top) - top,
      left: Math.max(m.left, left) - left,
      bottom: Math.min(m.bottom, bottom) - top,
      right: Math.min(m.right, right) - left,
    };
    if (clipped.top > clipped.bottom || clipped.left > clipped.right) continue;
    for (let r = clipped.top; r <= clipped.bottom; r++)
      for (let c = clipped.left; c <= clipped.right; c++) {
        if (r + top === m.top && c + left === m.left) continue;
        values[r][c] = null;
        numberFormats[r][c] = null;
      }
    if (clipped.bottom > clipped.top || clipped.right > clipped.left) merges.push(clipped);
  }
  return {
    sheet: name,
    top,
    left,
    rowCount,
    colCount,
    values,
    numberFormats,
    merges,
    hiddenRows: sheetHiddenRows.filter((r) => r >= top && r <= bottom).map((r) => r - top),
    ...(far.length ? { farCells: { count: far.length, cells: far.slice(0, 3).map((x) => a1(x.r, x.c)) } } : {}),
  };
}
