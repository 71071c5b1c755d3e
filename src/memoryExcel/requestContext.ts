/**
 * The request context: queues operations and applies them, in order, at sync(), the way Office.js
 * batches a request to Excel. Errors other than PropertyNotLoaded surface here; a failing operation
 * stops the sync (earlier operations stay applied, later ones never run, nothing loaded arrives).
 */
import { compareVersions, requiredVersion } from "./apiVersions";
import type { Area } from "./data/area";
import { areaA1 } from "./data/address";
import type { SheetData } from "./data/model";
import { located, MemoryExcelError, type MemoryErrorCode } from "./errors";
import type { ChangeRecord, MemoryHost } from "./host";
import { jsonBytes } from "./payload";

export interface OperationResult {
  /** What this operation sends back (loaded values, isNullObject); counted in the response bytes. */
  response?: unknown;
  /** Runs only when the whole sync succeeds: stores loaded values in the proxy. */
  commit?: () => void;
}

export interface Operation {
  objectId: number;
  /** "Range.values", "Worksheet.copy": names the API for requirement sets and error locations. */
  api: string;
  /** The request payload (counted in the request bytes). */
  args: unknown[];
  apply(): OperationResult | void;
}

export interface MemoryRunOptions {
  delayForCellEdit?: boolean;
}

export class MemoryRequestContext {
  private pending: Operation[] = [];
  private lastObjectId = 0;
  private changes: ChangeRecord[] | null = null;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  /** True once its batch has ended (and until it is run again): what is queued then is dropped. */
  ended = false;
  /** Set by the run that creates the context: the proxies for context.workbook and context.runtime. */
  workbook!: Excel.Workbook;
  runtime!: Excel.Runtime;

  constructor(
    readonly host: MemoryHost,
    readonly options: MemoryRunOptions = {},
  ) {}

  newObjectId(): number {
    return ++this.lastObjectId;
  }

  enqueue(op: Operation): void {
    this.pending.push(op);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Called by operations that change cell values, so onChanged fires after the sync. */
  noteChange(sheet: SheetData, area: Area): void {
    this.changes?.push({
      sheetId: sheet.id,
      address: areaA1(area),
      source: "Local",
      triggerSource: "ThisLocalAddin",
      toThisPane: this.host.eventsEnabled,
    });
  }

  /** ClientRequestContext.load(object, properties). */
  load<T extends { load(p?: unknown): unknown }>(object: T, propertyNames?: string | string[]): T {
    object.load(propertyNames);
    return object;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.pending;
    this.pending = [];
    if (ops.length === 0 || this.ended) return passThroughValue as T;
    const { host } = this;
    const requestBytes = jsonBytes(ops.map((o) => [o.objectId, o.api, o.args]));
    host.stats.syncs++;
    host.stats.requestBytes.push(requestBytes);
    host.stats.operations.push(ops.length);
    const responseIndex = host.stats.responseBytes.push(0) - 1;
    await Promise.resolve();
    if (host.syncGate) await host.syncGate();
    if (host.userIsEditingCell) {
      if (!this.options.delayForCellEdit) {
        throw new MemoryExcelError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode and try again.",
        );
      }
      await host.whenNotEditingCell();
    }
    if (requestBytes > host.payloadLimitBytes) {
      throw new MemoryExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${requestBytes} bytes) exceeds the ${host.payloadLimitBytes}-byte limit.`,
      );
    }
    const responses: unknown[] = [];
    const commits: (() => void)[] = [];
    this.changes = [];
    const failure = host.takeFailure();
    try {
      for (const [i, op] of ops.entries()) {
        if (failure && i === failure.afterOperations) {
          throw new MemoryExcelError(
            (failure.code ?? "GeneralException") as MemoryErrorCode,
            `Planned failure of this sync after ${i} operations.`,
            op.api,
          );
        }
        const needed = requiredVersion(op.api);
        if (compareVersions(needed, host.maxExcelApi) > 0) {
          throw new MemoryExcelError(
            "ApiNotFound",
            `${op.api} needs ExcelApi ${needed}; this Excel supports ExcelApi ${host.maxExcelApi}.`,
            op.api,
          );
        }
        let result: OperationResult | void;
        try {
          result = op.apply();
        } catch (e) {
          throw located(e, op.api);
        }
        if (result?.response !== undefined) responses.push(result.response);
        if (result?.commit) commits.push(result.commit);
      }
    } finally {
      const changes = this.changes;
      this.changes = null;
      if (changes.length > 0) host.deliverChanges(changes);
    }
    if (failure)
      throw new MemoryExcelError(
        (failure.code ?? "GeneralException") as MemoryErrorCode,
        `Planned failure of this sync after all ${ops.length} operations.`,
      );
    const responseBytes = jsonBytes(responses);
    host.stats.responseBytes[responseIndex] = responseBytes;
    if (responseBytes > host.payloadLimitBytes) {
      throw new MemoryExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload (${responseBytes} bytes) exceeds the ${host.payloadLimitBytes}-byte limit.`,
      );
    }
    for (const commit of commits) commit();
    return passThroughValue as T;
  }
}
