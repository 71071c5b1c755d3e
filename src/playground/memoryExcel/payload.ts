/** Measuring a sync's request and response the way Excel on the web caps them: bytes of JSON. */

/** Excel on the web refuses a request or a response over 5 MB (counted here as 5,000,000 bytes, the stricter reading). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** UTF-8 length of JSON.stringify(value), without building the bytes. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

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
