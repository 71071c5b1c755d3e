/** The in-memory Excel: Office.js-shaped proxies over a plain workbook, for tests and the playground. */
export { MemoryWorkbook, loadXlsx, type MemoryWorkbookOptions, type Batch } from "./memoryWorkbook";
export type { MemoryRunOptions } from "./requestContext";
export { MemoryExcelError, type MemoryErrorCode } from "./errors";
export { PAYLOAD_LIMIT_BYTES, jsonBytes, type SyncStats } from "./payload";
export { HIGHEST_EXCEL_API } from "./apiVersions";
export { MERGED_AREAS_LIMIT } from "./api/range";
export { INLINE_LIST_LIMIT } from "./data/validations";
export type { Area } from "./data/area";
export type { CellFormat, CellValue, NamedItemData, SheetData, TableData, ValidationData, WorkbookData } from "./data/model";
export { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./data/model";
export { areaA1, parseAddress, sheetAddress } from "./data/address";
