/**
 * MemoryWorkbook: the data of an in-memory Excel workbook plus `run`, the equivalent of Office.js's
 * batch runner, whose context hands out proxies that behave like Office.js's. Tests build and
 * inspect `data` directly; the playground loads and saves .xlsx.
 */
import { HIGHEST_EXCEL_API, compareVersions } from "./apiVersions";
import { MemoryRuntime } from "./api/runtime";
import { MemoryWorkbookProxy } from "./api/workbook";
import { areaA1, parseAddress } from "./data/address";
import { readValues, usedArea, writeValues } from "./data/cells";
import { assertNoPartialMerge, hiddenByMerge, mergesIntersecting } from "./data/merges";
import { type CellValue, newWorkbookData, type SheetData, type WorkbookData } from "./data/model";
import { assertEditable } from "./data/protection";
import { addSheet, findSheet } from "./data/sheets";
import type { ChangeRecord, HandlerRegistration, MemoryHost } from "./host";
import { emptyStats, PAYLOAD_LIMIT_BYTES, type SyncStats } from "./payload";
import { MemoryRequestContext, type MemoryRunOptions } from "./requestContext";
import { readXlsx } from "./xlsx/load";
import { writeXlsx } from "./xlsx/save";

export interface MemoryWorkbookOptions {
  /** The highest ExcelApi requirement set the simulated host supports (default: all implemented, 1.17). */
  maxExcelApi?: string;
  /** Request and response cap per sync (default 5,000,000 bytes). */
  payloadLimitBytes?: number;
  /** Start from this data instead of an empty workbook. */
  data?: WorkbookData;
}

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class MemoryWorkbook implements MemoryHost {
  readonly data: WorkbookData;
  maxExcelApi: string;
  payloadLimitBytes: number;
  /** Syncs and payload bytes since the last resetStats(). */
  readonly stats: SyncStats = emptyStats();
  /** Runtime.enableEvents. */
  eventsEnabled = true;
  readonly handlers: HandlerRegistration[] = [];
  /** Errors thrown by onChanged handlers. */
  readonly handlerErrors: unknown[] = [];
  private editing = false;
  private editWaiters: (() => void)[] = [];
  private delivery: Promise<void> = Promise.resolve();

  constructor(options: MemoryWorkbookOptions = {}) {
    this.data = options.data ?? newWorkbookData();
    this.maxExcelApi = options.maxExcelApi ?? HIGHEST_EXCEL_API;
    this.payloadLimitBytes = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.run = this.run.bind(this);
  }

  static async loadXlsx(bytes: Uint8Array | ArrayBuffer, options: Omit<MemoryWorkbookOptions, "data"> = {}): Promise<MemoryWorkbook> {
    return new MemoryWorkbook({ ...options, data: await readXlsx(bytes) });
  }

  saveXlsx(): Promise<Uint8Array> {
    return writeXlsx(this.data);
  }

  /**
   * Runs a batch like Office.js does: the context's objects are proxies, operations apply at
   * sync(), and pending operations are synced when the batch resolves. Also accepts (options, batch).
   */
  run<T>(batch: Batch<T>, options?: MemoryRunOptions): Promise<T>;
  run<T>(options: MemoryRunOptions, batch: Batch<T>): Promise<T>;
  async run<T>(a: Batch<T> | MemoryRunOptions, b?: Batch<T> | MemoryRunOptions): Promise<T> {
    const [batch, options] = typeof a === "function" ? [a, b as MemoryRunOptions | undefined] : [b as Batch<T>, a];
    const ctx = new MemoryRequestContext(this, options ?? {});
    ctx.workbook = new MemoryWorkbookProxy(ctx) as unknown as Excel.Workbook;
    ctx.runtime = new MemoryRuntime(ctx, () => this) as unknown as Excel.Runtime;
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.hasPending) await ctx.sync();
    return result;
  }

  /** Like the requirement-set check of Office's host (isSetSupported), for ExcelApi. */
  isSetSupported(name: string, minVersion = "1.1"): boolean {
    return name === "ExcelApi" && compareVersions(minVersion, this.maxExcelApi) <= 0;
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.requestBytes.length = 0;
    this.stats.responseBytes.length = 0;
  }

  /** The largest request or response of any sync since the last reset. */
  get maxPayloadBytes(): number {
    return Math.max(0, ...this.stats.requestBytes, ...this.stats.responseBytes);
  }

  /** True while a simulated user is typing in a cell: batches fail unless run with delayForCellEdit. */
  get userIsEditingCell(): boolean {
    return this.editing;
  }
  set userIsEditingCell(editing: boolean) {
    this.editing = editing;
    if (!editing) {
      const waiters = this.editWaiters;
      this.editWaiters = [];
      for (const w of waiters) w();
    }
  }

  whenNotEditingCell(): Promise<void> {
    return this.editing ? new Promise((resolve) => this.editWaiters.push(resolve)) : Promise.resolve();
  }

  /** Adds a sheet from rows of values (null and "" leave a cell empty). */
  addSheet(name: string, rows: (CellValue | null)[][] = []): SheetData {
    const sheet = addSheet(this.data, name);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && ((sheet.values[r] ??= [])[c] = v)));
    return sheet;
  }

  /** The sheet with this name (or id); throws when there is none. */
  sheet(name: string): SheetData {
    const sheet = findSheet(this.data, name);
    if (!sheet) throw new Error(`No sheet "${name}" in the memory workbook.`);
    return sheet;
  }

  /** "Plan": values from A1 to the used range's bottom-right; "Plan!B2:C3": that range. */
  valuesOf(ref: string): CellValue[][] {
    const whole = findSheet(this.data, ref);
    if (whole) {
      const used = usedArea(whole, true);
      return used ? readValues(whole, { top: 0, left: 0, bottom: used.bottom, right: used.right }) : [];
    }
    const { sheet, area } = parseAddress(ref);
    return readValues(this.sheet(sheet ?? ""), area);
  }

  /**
   * A user's edit (typing or pasting): writes the values and fires onChanged with triggerSource
   * "Unknown" (source "Remote" for a co-author). Resolves when the handlers have run.
   */
  simulateUserEdit(sheetName: string, address: string, values: (CellValue | null)[][], source: "Local" | "Remote" = "Local"): Promise<void> {
    const sheet = this.sheet(sheetName);
    const { area } = parseAddress(address);
    assertEditable(sheet, area, "contents");
    assertNoPartialMerge(sheet, area);
    writeValues(sheet, area, values, hiddenByMerge(mergesIntersecting(sheet, area)));
    if (this.eventsEnabled) this.deliverChanges([{ sheetId: sheet.id, address: areaA1(area), source, triggerSource: "Unknown" }]);
    return this.eventsDelivered();
  }

  /** Resolves when every onChanged handler scheduled so far has run. */
  eventsDelivered(): Promise<void> {
    return this.delivery;
  }

  deliverChanges(changes: ChangeRecord[]): void {
    this.delivery = this.delivery.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const change of changes) {
        for (const reg of this.handlers.filter((h) => h.sheetId === null || h.sheetId === change.sheetId)) {
          try {
            await reg.handler(this.changedEventArgs(change));
          } catch (e) {
            this.handlerErrors.push(e);
          }
        }
      }
    });
  }

  private changedEventArgs(change: ChangeRecord): Excel.WorksheetChangedEventArgs {
    const range = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(change.sheetId).getRange(change.address);
    return {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: change.source,
      worksheetId: change.sheetId,
      address: change.address,
      triggerSource: change.triggerSource,
      getRange: range,
      getRangeOrNullObject: range,
    } as unknown as Excel.WorksheetChangedEventArgs;
  }
}

/** A MemoryWorkbook from .xlsx bytes (the same as MemoryWorkbook.loadXlsx). */
export function loadXlsx(bytes: Uint8Array | ArrayBuffer, options?: Omit<MemoryWorkbookOptions, "data">): Promise<MemoryWorkbook> {
  return MemoryWorkbook.loadXlsx(bytes, options);
}
