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
import { addSheet, findSheet, newSheetId } from "./data/sheets";
import { settingsOf } from "./api/settings";
import type { MemoryErrorCode } from "./errors";
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
  /** The add-in id the pane runs as: settings are kept per add-in id (default DEFAULT_ADDIN_ID). */
  addinId?: string;
  /** "mac": a deleted sheet's id is given to the next new sheet, as Excel for Mac may do. */
  platform?: "windows" | "mac" | "web";
  /** office-js#1860: pageLayout.zoom with fit-to-pages is not kept (Excel on Windows, Page Layout tab not shown). */
  zoomFitIgnored?: boolean;
}

/** The manifest's id of our add-in (a sideloaded or store copy would have another). */
export const DEFAULT_ADDIN_ID = "service-plan-assistant";

/** A sync made to fail on purpose: `sync` counts from 1 (the next sync); `afterOperations` of its operations apply first. */
export interface SyncFailure {
  sync: number;
  afterOperations: number;
  code?: MemoryErrorCode;
}

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class MemoryWorkbook implements MemoryHost {
  readonly data: WorkbookData;
  readonly addinId: string;
  readonly platform: "windows" | "mac" | "web";
  maxExcelApi: string;
  payloadLimitBytes: number;
  zoomFitIgnored: boolean;
  /** Syncs and payload bytes since the last resetStats(). */
  readonly stats: SyncStats = emptyStats();
  /** Runtime.enableEvents. */
  eventsEnabled = true;
  /**
   * Test hook: awaited at the start of each of this pane's syncs, before its operations apply, so a
   * test can hold panes at sync boundaries and let their co-authors' syncs through in any order.
   */
  syncGate: (() => Promise<void>) | null = null;
  readonly handlers: HandlerRegistration[] = [];
  /** Errors thrown by onChanged handlers. */
  readonly handlerErrors: unknown[] = [];
  private editing = false;
  private editWaiters: (() => void)[] = [];
  private delivery: Promise<void> = Promise.resolve();
  /** Every pane open on this workbook: ours and co-authors' (coauthor()); one shared list. */
  private panes: MemoryWorkbook[] = [this];
  private failures: SyncFailure[] = [];

  constructor(options: MemoryWorkbookOptions = {}) {
    this.data = options.data ?? newWorkbookData();
    this.addinId = options.addinId ?? DEFAULT_ADDIN_ID;
    this.platform = options.platform ?? "web";
    this.data.reuseDeletedSheetIds = this.platform === "mac";
    this.maxExcelApi = options.maxExcelApi ?? HIGHEST_EXCEL_API;
    this.payloadLimitBytes = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.zoomFitIgnored = options.zoomFitIgnored ?? false;
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
   * sync(), and pending operations are synced when the batch resolves. Also accepts (options, batch),
   * and (context, batch) to run again in the context of an earlier batch, as Office.js's run(context, batch)
   * does (office-js-docs-reference#730: how an event handler is removed). Once a batch has ended,
   * what is queued on its context outside a run is dropped without a word (#730: remove "fails silently").
   */
  run<T>(batch: Batch<T>, options?: MemoryRunOptions): Promise<T>;
  run<T>(options: MemoryRunOptions, batch: Batch<T>): Promise<T>;
  run<T>(context: Excel.RequestContext, batch: Batch<T>): Promise<T>;
  async run<T>(a: Batch<T> | MemoryRunOptions | Excel.RequestContext, b?: Batch<T> | MemoryRunOptions): Promise<T> {
    let ctx: MemoryRequestContext;
    let batch: Batch<T>;
    if (a instanceof MemoryRequestContext) {
      if (a.host !== this) throw new Error("That context belongs to another pane.");
      [ctx, batch] = [a, b as Batch<T>];
    } else {
      const [fn, options] = typeof a === "function" ? [a, b as MemoryRunOptions | undefined] : [b as Batch<T>, a as MemoryRunOptions];
      ctx = new MemoryRequestContext(this, options ?? {});
      ctx.workbook = new MemoryWorkbookProxy(ctx) as unknown as Excel.Workbook;
      ctx.runtime = new MemoryRuntime(ctx, () => this) as unknown as Excel.Runtime;
      batch = fn;
    }
    ctx.ended = false;
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.hasPending) await ctx.sync();
      return result;
    } finally {
      ctx.ended = true;
    }
  }

  /** The settings this add-in id sees (a test's view of WorkbookData.settings). */
  get settings(): Record<string, unknown> {
    return settingsOf(this.data, this.addinId, true);
  }

  /**
   * The workbook as Excel opens it again after a save: the same sheets, names, settings, tables and
   * formats, and new worksheet ids ("The ID remains constant within a single session but will
   * change between sessions", office-js-docs#297; office-js#1390). Handlers and counters start
   * afresh. `options` may change the add-in id (another copy of the add-in) or the platform.
   */
  reopen(options: Omit<MemoryWorkbookOptions, "data"> = {}): MemoryWorkbook {
    const data = structuredClone(this.data);
    data.deletedSheetIds = [];
    data.reuseDeletedSheetIds = false;
    const ids = new Map<string, string>();
    for (const sheet of data.sheets) {
      ids.set(sheet.id, newSheetId(data));
      sheet.id = ids.get(sheet.id)!;
    }
    data.activeSheetId = data.activeSheetId ? (ids.get(data.activeSheetId) ?? null) : null;
    if (data.selection) data.selection = { ...data.selection, sheetId: ids.get(data.selection.sheetId) ?? data.selection.sheetId };
    return new MemoryWorkbook({
      maxExcelApi: this.maxExcelApi,
      payloadLimitBytes: this.payloadLimitBytes,
      addinId: this.addinId,
      platform: this.platform,
      ...options,
      data,
    });
  }

  /**
   * A co-author's pane on the same workbook: the same data, its own events switch, handlers and
   * counters. enableEvents is per pane ("Toggle JavaScript events in the current task pane or
   * content add-in", Runtime reference): what one pane writes reaches the others' handlers with
   * source "Remote" (WorksheetChangedEventArgs.source, ExcelApi 1.7) even while its own events are off.
   */
  coauthor(options: Pick<MemoryWorkbookOptions, "addinId"> = {}): MemoryWorkbook {
    const other = new MemoryWorkbook({
      maxExcelApi: this.maxExcelApi,
      payloadLimitBytes: this.payloadLimitBytes,
      platform: this.platform,
      ...options,
      data: this.data,
    });
    other.panes = this.panes;
    this.panes.push(other);
    return other;
  }

  /** Makes a coming sync fail (a dropped connection, a host error) after some of its operations applied. */
  failSync(failure: SyncFailure): void {
    this.failures.push({ ...failure });
  }

  /** Called by every sync: the failure planned for it, if any. */
  takeFailure(): SyncFailure | null {
    for (const f of this.failures) f.sync--;
    const due = this.failures.find((f) => f.sync === 0) ?? null;
    this.failures = this.failures.filter((f) => f.sync > 0);
    return due;
  }

  /** Like the requirement-set check of Office's host (isSetSupported), for ExcelApi. */
  isSetSupported(name: string, minVersion = "1.1"): boolean {
    return name === "ExcelApi" && compareVersions(minVersion, this.maxExcelApi) <= 0;
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.requestBytes.length = 0;
    this.stats.responseBytes.length = 0;
    this.stats.operations.length = 0;
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
  simulateUserEdit(
    sheetName: string,
    address: string,
    values: (CellValue | null)[][],
    source: "Local" | "Remote" = "Local",
  ): Promise<void> {
    const sheet = this.sheet(sheetName);
    const { area } = parseAddress(address);
    assertEditable(sheet, area, "contents");
    assertNoPartialMerge(sheet, area);
    writeValues(sheet, area, values, hiddenByMerge(mergesIntersecting(sheet, area)), true);
    this.deliverChanges([{ sheetId: sheet.id, address: areaA1(area), source, triggerSource: "Unknown", toThisPane: this.eventsEnabled }]);
    return Promise.all(this.panes.map((p) => p.eventsDelivered())).then(() => undefined);
  }

  /** Resolves when every onChanged handler scheduled so far has run. */
  eventsDelivered(): Promise<void> {
    return this.delivery;
  }

  /** Changes made through this pane: to its own handlers where its events were on, to every other pane's as Remote. */
  deliverChanges(changes: ChangeRecord[]): void {
    this.deliver(changes.filter((c) => c.toThisPane));
    for (const pane of this.panes) {
      if (pane !== this && pane.eventsEnabled) pane.deliver(changes.map((c) => ({ ...c, source: "Remote", triggerSource: "Unknown" })));
    }
  }

  private deliver(changes: ChangeRecord[]): void {
    if (changes.length === 0) return;
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
