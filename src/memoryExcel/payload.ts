/**
 * Measuring a sync's request and response the way Excel on the web caps them.
 *
 * The cap is 5 MB per request and per response ("Resource limits and performance optimization for
 * Office Add-ins": Excel on the web's payload limit). Unconfirmed: whether the host counts UTF-8 bytes
 * or the JSON text it sends, where every non-ASCII character is escaped as \uXXXX (6 bytes; a character
 * outside the BMP is two of them, 12 bytes). The double takes the stricter side: escaped JSON, which is
 * never shorter than UTF-8.
 */

/** A request or a response over 5 MB is refused (counted as 5,000,000 bytes, the stricter reading). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** Bytes of JSON.stringify(value) with every non-ASCII UTF-16 unit escaped as \uXXXX. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let escapedExtra = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) escapedExtra += 5;
  return text.length + escapedExtra;
}

/** What the workbook counts: one entry per sync that went to the host. */
export interface SyncStats {
  syncs: number;
  /** Bytes of each sync's request (JSON of the queued operations). */
  requestBytes: number[];
  /** Bytes of each sync's response (JSON of what was loaded). */
  responseBytes: number[];
  /** Operations queued in each sync (for failSync at every boundary). */
  operations: number[];
}

export function emptyStats(): SyncStats {
  return { syncs: 0, requestBytes: [], responseBytes: [], operations: [] };
}
