/** CellFormat ⇄ ExcelJS styles, and column widths (points ⇄ the width attribute, in characters). */
import type ExcelJS from "exceljs";
import type { CellFormat } from "../data/model";

/** A column's width attribute w is w·7 pixels wide (Calibri 11); 4 pixels are 3 points. */
export const POINTS_PER_WIDTH_UNIT = 5.25;

export function widthToPoints(width: number): number {
  return Math.round(width * POINTS_PER_WIDTH_UNIT * 100) / 100;
}

export function pointsToWidth(points: number): number {
  return Math.round((points / POINTS_PER_WIDTH_UNIT) * 10000) / 10000;
}

const HORIZONTAL_TO_EXCELJS: Record<string, ExcelJS.Alignment["horizontal"] | undefined> = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const VERTICAL_TO_EXCELJS: Record<string, ExcelJS.Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};

function invert<V extends string | undefined>(map: Record<string, V>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [v as string, k]),
  );
}
const HORIZONTAL_FROM_EXCELJS = invert(HORIZONTAL_TO_EXCELJS);
const VERTICAL_FROM_EXCELJS = invert(VERTICAL_TO_EXCELJS);

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const hexOf = (color: Partial<ExcelJS.Color> | undefined) =>
  color?.argb && /^[0-9A-F]{8}$/i.test(color.argb) ? `#${color.argb.slice(2).toUpperCase()}` : undefined;

/** The ExcelJS style properties for a format (only those the format sets). */
export function toExcelJsStyle(f: CellFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (f.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
  const font: Partial<ExcelJS.Font> = {};
  if (f.fontName) font.name = f.fontName;
  if (f.fontSize) font.size = f.fontSize;
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.fontColor) font.color = { argb: argb(f.fontColor) };
  if (Object.keys(font).length) style.font = font;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (f.wrapText) alignment.wrapText = true;
  if (f.horizontalAlignment && HORIZONTAL_TO_EXCELJS[f.horizontalAlignment])
    alignment.horizontal = HORIZONTAL_TO_EXCELJS[f.horizontalAlignment];
  if (f.verticalAlignment && VERTICAL_TO_EXCELJS[f.verticalAlignment]) alignment.vertical = VERTICAL_TO_EXCELJS[f.verticalAlignment];
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (f.numberFormat && f.numberFormat !== "General") style.numFmt = f.numberFormat;
  if (f.locked === false) style.protection = { locked: false };
  if (f.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const [side, lineStyle] of Object.entries(f.borders)) {
      const excel = BORDER_TO_EXCELJS[lineStyle];
      if (excel) border[side as "top"] = { style: excel };
    }
    if (Object.keys(border).length) style.border = border;
  }
  return style;
}

/** Office.js line styles (at Thin weight) ⇄ ExcelJS's (the file's) border styles. */
const BORDER_TO_EXCELJS: Record<string, ExcelJS.BorderStyle> = {
  Continuous: "thin",
  Dash: "dashed",
  DashDot: "dashDot",
  DashDotDot: "dashDotDot",
  Dot: "dotted",
  Double: "double",
  SlantDashDot: "slantDashDot",
};
const BORDER_FROM_EXCELJS: Record<string, string> = {
  ...invert(BORDER_TO_EXCELJS),
  medium: "Continuous",
  thick: "Continuous",
  hair: "Continuous",
};

/** The format an ExcelJS cell carries (defaults left out). */
export function fromExcelJsStyle(cell: Pick<ExcelJS.Cell, "fill" | "font" | "alignment" | "numFmt" | "protection" | "border">): CellFormat {
  const f: CellFormat = {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const color = hexOf(fill.fgColor);
    if (color) f.fill = color;
  }
  const font = cell.font;
  if (font) {
    if (font.name && font.name !== "Calibri") f.fontName = font.name;
    if (font.size && font.size !== 11) f.fontSize = font.size;
    if (font.bold) f.bold = true;
    if (font.italic) f.italic = true;
    const color = hexOf(font.color);
    if (color && color !== "#000000") f.fontColor = color;
  }
  const alignment = cell.alignment;
  if (alignment) {
    if (alignment.wrapText) f.wrapText = true;
    if (alignment.horizontal && HORIZONTAL_FROM_EXCELJS[alignment.horizontal])
      f.horizontalAlignment = HORIZONTAL_FROM_EXCELJS[alignment.horizontal];
    if (alignment.vertical && VERTICAL_FROM_EXCELJS[alignment.vertical] && alignment.vertical !== "bottom")
      f.verticalAlignment = VERTICAL_FROM_EXCELJS[alignment.vertical];
  }
  if (cell.numFmt && cell.numFmt !== "General") f.numberFormat = cell.numFmt;
  if (cell.protection?.locked === false) f.locked = false;
  const borders: NonNullable<CellFormat["borders"]> = {};
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const s = cell.border?.[side]?.style;
    if (s && BORDER_FROM_EXCELJS[s]) borders[side] = BORDER_FROM_EXCELJS[s];
  }
  if (Object.keys(borders).length) f.borders = borders;
  return f;
}
