/** Measuring a sync's request and response the way Excel on the web caps them: bytes of JSON. */

// The cap and the measure are the add-in's own (src/excel/payload.ts): the double counts what the add-in budgets for.
export { PAYLOAD_LIMIT_BYTES, jsonBytes } from "../../excel/payload";

/** What the workbook counts: one entry per sync that went to the host. */
export interface SyncStats {
  syncs: number;
  /** Bytes of each sync's request (JSON of the queued operations). */
  requestBytes: number[];
  /** Bytes of each sync's response (JSON of what was loaded). */
  responseBytes: number[];
}

export function emptyStats(): SyncStats {
  return { syncs: 0, requestBytes: [], responseBytes: [] };
}
