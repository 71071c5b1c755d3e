/** What the request machinery needs from the workbook that holds the data (MemoryWorkbook). */
import type { WorkbookData } from "./data/model";
import type { SyncStats } from "./payload";

/** A value change the workbook reports to onChanged handlers. */
export interface ChangeRecord {
  sheetId: string;
  /** "A1:B2", without the sheet name, as WorksheetChangedEventArgs.address. */
  address: string;
  source: "Local" | "Remote";
  /** "ThisLocalAddin" for our own writes, "Unknown" for a user's edit. */
  triggerSource: "ThisLocalAddin" | "Unknown";
  /** Whether the pane that made the change had its events on at that moment (its own handlers hear it only then). */
  toThisPane: boolean;
}

export type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

export interface HandlerRegistration {
  /** null: every sheet (WorksheetCollection.onChanged). */
  sheetId: string | null;
  handler: ChangedHandler;
}

export interface MemoryHost {
  readonly data: WorkbookData;
  /** The add-in this pane is (settings are per add-in id). */
  readonly addinId: string;
  readonly maxExcelApi: string;
  readonly payloadLimitBytes: number;
  /** office-js#1860: a fit-to-pages zoom is not kept (Excel on Windows without the Page Layout tab shown). */
  readonly zoomFitIgnored: boolean;
  readonly stats: SyncStats;
  /** Runtime.enableEvents. */
  eventsEnabled: boolean;
  readonly userIsEditingCell: boolean;
  whenNotEditingCell(): Promise<void>;
  deliverChanges(changes: ChangeRecord[]): void;
  /** A failure planned for this sync (MemoryWorkbook.failSync), or null. */
  takeFailure(): { afterOperations: number; code?: string } | null;
  readonly handlers: HandlerRegistration[];
  /** Awaited before each sync applies (MemoryWorkbook.syncGate). */
  readonly syncGate: (() => Promise<void>) | null;
}
