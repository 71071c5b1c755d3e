/**
 * Excel on the web's cap on one sync's payload, and how we budget for it. Whether the host counts
 * UTF-8 bytes or escaped JSON (\uXXXX, 6 bytes for each CJK character) is unconfirmed, so we count
 * the larger: escaped JSON (the in-memory Excel, src/memoryExcel/payload.ts, caps by the same measure).
 */

/** Bytes of cell values we put in one sync: under the 5,000,000-byte cap, with room for the batch's other operations. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/** Bytes of JSON.stringify(value) with every non-ASCII UTF-16 unit escaped as \uXXXX (6 bytes). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let escapedExtra = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) escapedExtra += 5;
  return text.length + escapedExtra;
}
