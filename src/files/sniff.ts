/**
 * What a file's first bytes say it is: an .xlsx is a zip ("PK"); a password-protected .xlsx and an
 * old .xls are both OLE compound files, told apart by the "EncryptedPackage" stream name.
 */
export type FileKind = "xlsx" | "encrypted" | "xls" | "other";

export function sniffWorkbook(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx";
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && ole.every((b, i) => bytes[i] === b)) {
    const marker = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);
    return indexOf(bytes, marker) >= 0 ? "encrypted" : "xls";
  }
  return "other";
}

function indexOf(hay: Uint8Array, needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
