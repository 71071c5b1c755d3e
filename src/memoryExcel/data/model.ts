/**
 * The plain data behind the in-memory Excel: what a test builds and inspects directly. Rows and
 * columns are 0-based; cell formats are keyed by A1 ("B3"); sizes are in points, as Office.js
 * reports them.
 */
import type { Area } from "./area";

/** A stored cell value. Empty cells are absent (read as ""). Formulas are kept as their text. */
export type CellValue = string | number | boolean;

export interface CellFormat {
  /** "#RRGGBB" */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  numberFormat?: string;
  /** Cells are locked unless this is false (Excel's default). */
  locked?: boolean;
  /** Each edge's line style as Office.js names it ("Continuous", "Dash", …; "None" for none). */
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", string>>;
}

/** Worksheet.pageLayout (ExcelApi 1.9), as set through Office.js. */
export interface PageLayoutData {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  /** Points. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  zoom: Excel.PageLayoutZoomOptions;
  /** headersFooters.defaultForAllPages: leftFooter, centerFooter, … as written. */
  headerFooter: Record<string, string>;
  printTitleRows: Area | null;
  printArea: Area | null;
  /** Rows (0-based) that start a page: horizontalPageBreaks.add inserts a break before a range's top row. */
  rowBreaks: number[];
}

/** A new sheet's page setup: Portrait, "Normal" margins (0.7" / 0.75" / 0.3"), 100 %; Letter is en-US's paper (A4 in most other locales; unconfirmed which the host picks). */
export function defaultPageLayout(): PageLayoutData {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    centerHorizontally: false,
    centerVertically: false,
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    zoom: { scale: 100 },
    headerFooter: {},
    printTitleRows: null,
    printArea: null,
    rowBreaks: [],
  };
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface ValidationData {
  area: Area;
  /** As Office.js takes it, e.g. { list: { inCellDropDown: true, source: "=單位!$A$2:$A$20" } }. */
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  /** What Excel does with a value not allowed: absent means its default (a "Stop" alert). */
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface TableData {
  id: string;
  name: string;
  /** Header row included when hasHeaders. */
  area: Area;
  hasHeaders: boolean;
  style: string;
}

export interface ConditionalFormatData {
  id: string;
  area: Area;
  type: string;
  /** The formula of a custom rule, "=..." */
  formula?: string;
  format: CellFormat;
  /**
   * A rule Excel cannot describe to the API: loading anything of it but its type and id fails
   * (office-js#6827: a second cellValue rule on one table column; #6835: a rule duplicated in the
   * Conditional Formatting Rules Manager). Set by tests; the conditions that cause it are Excel's.
   */
  unreadable?: boolean;
}

export interface SheetProtectionData {
  password?: string;
  options: Excel.WorksheetProtectionOptions;
}

export interface SheetData {
  id: string;
  name: string;
  visibility: SheetVisibility;
  /** Sparse rows of values; missing cells are empty. */
  values: CellValue[][];
  formats: Record<string, CellFormat>;
  /** Formats given to whole columns / whole rows (cell formats override them). */
  columnFormats: Record<number, CellFormat>;
  rowFormats: Record<number, CellFormat>;
  merges: Area[];
  validations: ValidationData[];
  tables: TableData[];
  conditionalFormats: ConditionalFormatData[];
  frozenRows: number;
  frozenColumns: number;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  /** Points; absent means the default width (48 pt, 8.43 characters). */
  columnWidths: Record<number, number>;
  /** Points; absent means the default height (15 pt). */
  rowHeights: Record<number, number>;
  protection: SheetProtectionData | null;
  pageLayout: PageLayoutData;
  /** Threaded comments (Worksheet.comments), each on one cell. */
  comments: CommentData[];
}

export interface CommentData {
  row: number;
  col: number;
  content: string;
}

export interface NamedItemData {
  name: string;
  /** "=單位!$A$2:$A$20" */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface SelectionData {
  sheetId: string;
  area: Area;
}

export interface WorkbookData {
  /** In tab order. */
  sheets: SheetData[];
  names: NamedItemData[];
  /**
   * Office.js workbook settings, JSON values, by add-in id: "The scope is limited to per file and
   * add-in (task-pane or content) combination" (SettingCollection reference); office-js#840: a
   * sideloaded and a store copy of one add-in have different ids and do not see each other's.
   */
  settings: Record<string, Record<string, unknown>>;
  activeSheetId: string | null;
  selection: SelectionData | null;
  /** Source of fresh sheet, table and format ids (never reused). */
  nextId: number;
  /** Ids of deleted sheets, most recent last; given out again only where reuseDeletedSheetIds (Excel for Mac). */
  deletedSheetIds: string[];
  reuseDeletedSheetIds: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_FONT = { name: "Calibri", size: 11, color: "#000000" };

export function newSheetData(id: string, name: string): SheetData {
  return {
    id,
    name,
    visibility: "Visible",
    values: [],
    formats: {},
    columnFormats: {},
    rowFormats: {},
    merges: [],
    validations: [],
    tables: [],
    conditionalFormats: [],
    frozenRows: 0,
    frozenColumns: 0,
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    columnWidths: {},
    rowHeights: {},
    protection: null,
    pageLayout: defaultPageLayout(),
    comments: [],
  };
}

export function newWorkbookData(): WorkbookData {
  return {
    sheets: [],
    names: [],
    settings: {},
    activeSheetId: null,
    selection: null,
    nextId: 1,
    deletedSheetIds: [],
    reuseDeletedSheetIds: false,
  };
}
