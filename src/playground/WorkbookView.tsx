/**
 * The in-memory workbook drawn in the page, roughly as Excel shows it: the sheet tabs (hidden sheets
 * greyed), the sheet as a table with column letters and row numbers, merged cells, fills, bold,
 * wrapping, column widths, hidden rows and columns, frozen rows and columns (sticky), tables (header
 * row styled, bands), a ▾ on cells with a dropdown list, and the selection outlined.
 *
 * Clicking a visible sheet's tab activates it and clicking a cell selects it (or its merged area), as
 * a user would in Excel; clicking a hidden sheet's tab only shows it here. Cell text is React text,
 * never HTML.
 */
import { type CSSProperties, type MouseEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { MemoryWorkbook } from "../memoryExcel";
import { activate } from "../memoryExcel/data/sheets";
import { type CellView, DEFAULT_MAX_ROWS, layoutSheet } from "./sheetLayout";

export interface WorkbookViewProps {
  workbook: MemoryWorkbook;
  /** Changes whenever the workbook's data may have changed: the view draws again. */
  version: number;
  /** Called after a click changed the active sheet or the selection. */
  onChange: () => void;
  maxRows?: number;
}

const ROW_HEADER_PX = 44;
const GRID_LINE = "#D4D4D4";
const HEADER_FILL = "#F3F3F3";
const SELECTION_GREEN = "#217346";
/** TableStyleMedium2, roughly: blue header with white bold text, light blue bands. */
const TABLE_HEADER_FILL = "#4472C4";
const TABLE_BAND_FILL = "#D9E1F2";

/** Column letters and row numbers look alike: grey, small, centred. */
const HEADING_CELL = {
  backgroundColor: HEADER_FILL,
  borderRight: `1px solid ${GRID_LINE}`,
  borderBottom: `1px solid ${GRID_LINE}`,
  fontWeight: "normal",
  fontSize: "12px",
  color: "#444444",
  textAlign: "center",
  fontFamily: "Segoe UI, sans-serif",
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, height: "100%" },
  scroller: { flex: "1 1 auto", overflow: "auto", backgroundColor: "#FFFFFF", position: "relative" },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: '"Calibri", "Noto Sans CJK TC", "Noto Sans TC", sans-serif',
    fontSize: "11pt",
    color: "#000000",
  },
  head: { position: "sticky", top: 0, zIndex: 3 },
  corner: { position: "sticky", left: 0, zIndex: 4 },
  columnHeader: { ...HEADING_CELL, height: "20px", padding: 0 },
  rowHeader: { ...HEADING_CELL, position: "sticky", left: 0, zIndex: 1, padding: "0 4px" },
  frozenEdgeBottom: { borderBottom: "2px solid #9E9E9E" },
  frozenEdgeRight: { borderRight: "2px solid #9E9E9E" },
  cell: {
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    padding: "1px 3px",
    overflow: "hidden",
    verticalAlign: "bottom",
    backgroundColor: "#FFFFFF",
    position: "relative",
    cursor: "cell",
  },
  frozenCell: { position: "sticky", zIndex: 2 },
  editor: { width: "100%", boxSizing: "border-box", font: "inherit", border: `2px solid ${SELECTION_GREEN}`, padding: "0 2px" },
  selected: { backgroundImage: "linear-gradient(rgba(33, 115, 70, 0.10), rgba(33, 115, 70, 0.10))" },
  active: { boxShadow: `inset 0 0 0 2px ${SELECTION_GREEN}` },
  dropdown: {
    position: "absolute",
    right: "1px",
    bottom: "1px",
    fontSize: "10px",
    lineHeight: "12px",
    color: "#555555",
    backgroundColor: "#F0F0F0",
    border: "1px solid #C8C8C8",
    padding: "0 2px",
    pointerEvents: "none",
  },
  tabs: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: "2px",
    rowGap: "2px",
    padding: "2px 4px",
    backgroundColor: HEADER_FILL,
    borderTop: `1px solid ${GRID_LINE}`,
  },
  tab: {
    border: `1px solid ${GRID_LINE}`,
    borderTop: "none",
    backgroundColor: HEADER_FILL,
    padding: "3px 12px",
    fontSize: "13px",
    cursor: "pointer",
    fontFamily: "inherit",
    color: "#333333",
  },
  activeTab: {
    backgroundColor: "#FFFFFF",
    color: SELECTION_GREEN,
    fontWeight: "bold",
    borderBottom: `2px solid ${SELECTION_GREEN}`,
  },
  hiddenTab: { color: "#8A8A8A", fontStyle: "italic" },
  note: {
    padding: "4px 8px",
    fontSize: "12px",
    color: tokens.colorNeutralForeground2,
    backgroundColor: "#FFF8E1",
    borderTop: `1px solid ${GRID_LINE}`,
  },
  empty: { padding: "24px", color: tokens.colorNeutralForeground2 },
});

const HORIZONTAL: Record<string, CSSProperties["textAlign"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
  Distributed: "justify",
  CenterAcrossSelection: "center",
  Fill: "left",
};
const VERTICAL: Record<string, CSSProperties["verticalAlign"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "top",
  Distributed: "middle",
};

/** The cell's font, then a CJK font of the same kind (a serif for 標楷體 or 新細明體, a sans for 微軟正黑體 or Arial). */
function fontStack(name: string): string {
  const sans = /黑|gothic|sans|arial|calibri|helvetica|segoe|verdana|tahoma/i.test(name);
  const quoted = `"${name.replace(/["\\]/g, "")}"`;
  return sans ? `${quoted}, "Noto Sans CJK TC", sans-serif` : `${quoted}, "Noto Serif CJK TC", serif`;
}

/** The inline style a cell's format asks for (table styling first, the cell's own format over it). */
function cellStyle(cell: CellView): CSSProperties {
  const f = cell.format;
  const style: CSSProperties = {};
  if (cell.table?.part === "header") {
    style.backgroundColor = TABLE_HEADER_FILL;
    style.color = "#FFFFFF";
    style.fontWeight = "bold";
  } else if (cell.table?.banded) {
    style.backgroundColor = TABLE_BAND_FILL;
  }
  if (f.fill) style.backgroundColor = f.fill;
  if (f.fontColor) style.color = f.fontColor;
  if (f.bold) style.fontWeight = "bold";
  if (f.italic) style.fontStyle = "italic";
  if (f.fontSize) style.fontSize = `${f.fontSize}pt`;
  if (f.fontName) style.fontFamily = fontStack(f.fontName);
  style.whiteSpace = f.wrapText ? "pre-wrap" : "pre";
  if (f.wrapText) style.overflowWrap = "anywhere";
  style.textAlign = (f.horizontalAlignment && HORIZONTAL[f.horizontalAlignment]) || (cell.numeric ? "right" : "left");
  if (f.verticalAlignment && VERTICAL[f.verticalAlignment]) style.verticalAlign = VERTICAL[f.verticalAlignment];
  if (cell.listSource !== undefined) style.paddingRight = "16px";
  return style;
}

function cellTitle(cell: CellView): string | undefined {
  const parts: string[] = [];
  if (cell.listSource !== undefined) parts.push(`下拉清單：${cell.listSource}`);
  if (cell.validationType) parts.push(`資料驗證：${cell.validationType}`);
  if (cell.table?.part === "header") parts.push(`表格：${cell.table.name}`);
  return parts.length ? parts.join("\n") : undefined;
}

export function WorkbookView({ workbook, version, onChange, maxRows = DEFAULT_MAX_ROWS }: WorkbookViewProps) {
  const styles = useStyles();
  const panelId = useId();
  const data = workbook.data;
  // A hidden sheet shown here without activating it (Excel cannot activate a hidden sheet).
  const [peekId, setPeekId] = useState<string | null>(null);
  const activeId = data.activeSheetId;
  useEffect(() => {
    setPeekId(null);
  }, [activeId, workbook]);

  const shownId = (peekId && data.sheets.some((s) => s.id === peekId) ? peekId : null) ?? activeId;
  const sheet = data.sheets.find((s) => s.id === shownId) ?? data.sheets.find((s) => s.visibility === "Visible");
  // Another sheet (or workbook) on show starts at its top-left corner, as in Excel.
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A block, not an expression: newer Chromium's scrollTo returns a promise, which React would take for a cleanup.
    scroller.current?.scrollTo(0, 0);
  }, [sheet]);
  // The selection made elsewhere (a finding's button in the pane) is brought into view, as Excel does.
  const selectionKey = data.selection && data.selection.sheetId === sheet?.id ? JSON.stringify(data.selection.area) : "";
  useEffect(() => {
    if (!selectionKey) return;
    scroller.current?.querySelector("td[aria-selected]")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selectionKey, version]);
  // A cell being typed into (double-click, Enter or F2 on the selected cell), as a user edits one.
  const [editing, setEditing] = useState<{ row: number; col: number; address: string; text: string } | null>(null);
  const commitEdit = async () => {
    if (!editing || !sheet) return;
    const { address, text } = editing;
    setEditing(null);
    try {
      await workbook.simulateUserEdit(sheet.name, address, [[text]]);
    } catch (e) {
      // A locked cell of a protected sheet: Excel refuses the edit with a message of its own.
      window.alert(e instanceof Error ? e.message : String(e));
    }
    onChange();
  };
  // version: the data is mutated in place, so the layout is recomputed whenever the workbook reports a change.
  const layout = useMemo(() => (sheet ? layoutSheet(sheet, data.selection, maxRows) : null), [sheet, data.selection, maxRows, version]);
  const columnsByIndex = useMemo(() => new Map(layout?.columns.map((c) => [c.index, c])), [layout]);

  const editSelected = () => {
    const td = scroller.current?.querySelector<HTMLElement>("td[aria-selected][data-address]");
    if (!td || !sheet || sheet.visibility !== "Visible") return;
    setEditing({
      row: Number(td.dataset.row),
      col: Number(td.dataset.col),
      address: td.dataset.address ?? "",
      text: td.firstChild?.nodeType === Node.TEXT_NODE ? (td.firstChild.textContent ?? "") : "",
    });
  };

  const selectCell = (e: MouseEvent<HTMLTableElement>) => {
    const td = (e.target as HTMLElement).closest("td[data-row]");
    // Excel selects only on a visible sheet; a hidden one shown here is only looked at.
    if (!td || !sheet || sheet.visibility !== "Visible") return;
    const row = Number(td.getAttribute("data-row"));
    const col = Number(td.getAttribute("data-col"));
    const merge = sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    data.selection = { sheetId: sheet.id, area: merge ? { ...merge } : { top: row, left: col, bottom: row, right: col } };
    if (data.activeSheetId !== sheet.id) activate(data, sheet);
    onChange();
  };

  const showSheet = (id: string) => {
    const target = data.sheets.find((s) => s.id === id);
    if (!target) return;
    if (target.visibility === "Visible") {
      setPeekId(null);
      if (data.activeSheetId !== id) {
        activate(data, target);
        onChange();
      }
    } else {
      setPeekId(id);
    }
  };

  const frozenRows = sheet?.frozenRows ?? 0;
  const frozenColumns = sheet?.frozenColumns ?? 0;
  const tableWidth = ROW_HEADER_PX + (layout?.columns.reduce((sum, c) => sum + c.widthPx, 0) ?? 0);
  const lastFrozenColumn = layout?.columns.filter((c) => c.frozenLeftPx !== undefined).pop()?.index;
  const headRows = layout?.rows.filter((r) => r.frozen) ?? [];
  const bodyRows = layout?.rows.filter((r) => !r.frozen) ?? [];
  const lastFrozenRow = headRows[headRows.length - 1]?.index;

  const renderRow = (row: (typeof headRows)[number]) => (
    <tr key={row.index} style={{ height: `${row.heightPx}px` }}>
      <th scope="row" className={mergeClasses(styles.rowHeader, row.index === lastFrozenRow && styles.frozenEdgeBottom)}>
        {row.index + 1}
      </th>
      {row.cells.map((cell) => {
        const column = columnsByIndex.get(cell.col);
        const frozenLeft = column?.frozenLeftPx;
        const style = cellStyle(cell);
        if (frozenLeft !== undefined) style.left = `${ROW_HEADER_PX + frozenLeft}px`;
        return (
          <td
            key={cell.col}
            data-row={cell.row}
            data-col={cell.col}
            data-address={`${column?.letter ?? ""}${cell.row + 1}`}
            rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
            colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
            title={cellTitle(cell)}
            aria-selected={cell.selected || undefined}
            className={mergeClasses(
              styles.cell,
              frozenLeft !== undefined && styles.frozenCell,
              cell.bottom === lastFrozenRow && styles.frozenEdgeBottom,
              cell.right === lastFrozenColumn && styles.frozenEdgeRight,
              cell.selected && styles.selected,
              cell.active && styles.active,
            )}
            style={style}
          >
            {editing && editing.row === cell.row && editing.col === cell.col ? (
              <input
                className={styles.editor}
                aria-label={`編輯 ${editing.address}`}
                autoFocus
                value={editing.text}
                onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                onKeyDown={(e) => {
                  e.stopPropagation();
                  if (e.key === "Enter") void commitEdit();
                  if (e.key === "Escape") setEditing(null);
                }}
                onBlur={() => void commitEdit()}
              />
            ) : (
              cell.text
            )}
            {cell.listSource !== undefined && (
              <span className={styles.dropdown} aria-hidden="true">
                ▾
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );

  return (
    <div className={styles.root}>
      <div
        ref={scroller}
        className={styles.scroller}
        id={panelId}
        role="tabpanel"
        aria-label={sheet ? `工作表 ${sheet.name}` : "工作表"}
        data-testid="sheet-scroller"
      >
        {!sheet || !layout ? (
          <p className={styles.empty}>這個活頁簿沒有工作表。</p>
        ) : (
          <table
            className={styles.table}
            style={{ width: `${tableWidth}px` }}
            onClick={selectCell}
            onDoubleClick={editSelected}
            onKeyDown={(e) => {
              if ((e.key === "Enter" || e.key === "F2") && !editing) {
                e.preventDefault();
                editSelected();
              }
            }}
            tabIndex={0}
            aria-label={`工作表 ${sheet.name}`}
            data-sheet={sheet.name}
            data-frozen-rows={frozenRows}
            data-frozen-columns={frozenColumns}
          >
            <colgroup>
              <col style={{ width: `${ROW_HEADER_PX}px` }} />
              {layout.columns.map((c) => (
                <col key={c.index} style={{ width: `${c.widthPx}px` }} />
              ))}
            </colgroup>
            <thead className={styles.head}>
              <tr>
                <th className={mergeClasses(styles.columnHeader, styles.corner)} aria-label="列號" />
                {layout.columns.map((c) => (
                  <th
                    key={c.index}
                    scope="col"
                    className={mergeClasses(
                      styles.columnHeader,
                      c.frozenLeftPx !== undefined && styles.frozenCell,
                      c.index === lastFrozenColumn && styles.frozenEdgeRight,
                    )}
                    style={c.frozenLeftPx !== undefined ? { left: `${ROW_HEADER_PX + c.frozenLeftPx}px` } : undefined}
                  >
                    {c.letter}
                  </th>
                ))}
              </tr>
              {headRows.map(renderRow)}
            </thead>
            <tbody>{bodyRows.map(renderRow)}</tbody>
          </table>
        )}
      </div>
      {layout?.truncatedRows && (
        <div className={styles.note} role="note">
          {`顯示前 ${maxRows} 列（共 ${layout.totalRows} 列）`}
        </div>
      )}
      {layout?.truncatedColumns && (
        <div className={styles.note} role="note">
          只顯示前 100 欄。
        </div>
      )}
      <div className={styles.tabs} role="tablist" aria-label="工作表">
        {data.sheets.map((s) => {
          const hidden = s.visibility !== "Visible";
          return (
            <button
              key={s.id}
              type="button"
              role="tab"
              aria-selected={s.id === sheet?.id}
              aria-controls={panelId}
              data-visibility={s.visibility}
              title={hidden ? "隱藏的工作表：Excel 不顯示這個分頁，這裡只供檢視" : undefined}
              className={mergeClasses(styles.tab, s.id === sheet?.id && styles.activeTab, hidden && styles.hiddenTab)}
              onClick={() => showSheet(s.id)}
            >
              {hidden ? `${s.name}（${s.visibility === "VeryHidden" ? "非常隱藏" : "隱藏"}）` : s.name}
            </button>
          );
        })}
      </div>
    </div>
  );
}
