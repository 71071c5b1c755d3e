/** Excel on the web's cap on one sync's payload, and how we measure a payload: bytes of JSON. */

/** A request or a response over 5 MB is refused (counted as 5,000,000 bytes, the stricter reading). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** Bytes of cell values we put in one sync: under the cap, with room for the batch's other operations. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/** UTF-8 length of JSON.stringify(value), without building the bytes (not every pane host has TextEncoder). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
