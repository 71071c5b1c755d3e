/**
 * Which characters a TrueType/OpenType font draws, read from its `cmap` table (OpenType spec, "cmap —
 * Character to Glyph Index Mapping Table": formats 4 and 12). The PDF export asks before rendering, so
 * a character the embedded font lacks is reported and marked in the text, never drawn as the font's
 * empty box (glyph 0, .notdef), which a reader would take for a character.
 */

/** A font's coverage: true when it maps the code point to a real glyph. */
export type Coverage = (codePoint: number) => boolean;

const u16 = (b: DataView, at: number) => b.getUint16(at);
const u32 = (b: DataView, at: number) => b.getUint32(at);

export class FontFileError extends Error {}

/** The coverage of a single font file (.ttf/.otf; not a collection). */
export function fontCoverage(font: Uint8Array): Coverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (font.byteLength < 12) throw new FontFileError("Not a font file: too short.");
  const tag = u32(view, 0);
  if (tag !== 0x00010000 && tag !== 0x4f54544f /* OTTO */ && tag !== 0x74727565 /* true */)
    throw new FontFileError("Not a TrueType/OpenType font (a collection or a web font).");
  const cmap = tableOffset(view, "cmap");
  if (cmap === null) throw new FontFileError("The font has no cmap table.");
  // The Unicode subtables, the full repertoire first: (3,10) and (0,4) are format 12; (3,1) and (0,3) format 4.
  const records = new Map<string, number>();
  const count = u16(view, cmap + 2);
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + i * 8;
    records.set(`${u16(view, at)},${u16(view, at + 2)}`, cmap + u32(view, at + 4));
  }
  for (const key of ["3,10", "0,4", "0,6", "3,1", "0,3"]) {
    const sub = records.get(key);
    if (sub === undefined) continue;
    const format = u16(view, sub);
    if (format === 12) return format12(view, sub);
    if (format === 4) return format4(view, sub);
  }
  throw new FontFileError("The font has no Unicode cmap subtable of format 4 or 12.");
}

function tableOffset(view: DataView, name: string): number | null {
  const tables = u16(view, 4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    if (tag === name) return u32(view, at + 8);
  }
  return null;
}

/** Ranges of covered code points, sorted, searched by halves. */
function rangeCoverage(ranges: [number, number][]): Coverage {
  ranges.sort((a, b) => a[0] - b[0]);
  return (cp) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < ranges[mid][0]) hi = mid - 1;
      else if (cp > ranges[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Format 12: groups of consecutive code points mapped to consecutive glyphs. */
function format12(view: DataView, at: number): Coverage {
  const groups = u32(view, at + 12);
  const ranges: [number, number][] = [];
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12;
    const start = u32(view, g);
    const end = u32(view, g + 4);
    // A group starting at glyph 0 maps its first code point to .notdef.
    const first = u32(view, g + 8) === 0 ? start + 1 : start;
    if (first <= end) ranges.push([first, end]);
  }
  return rangeCoverage(ranges);
}

/** Format 4: segments of the Basic Multilingual Plane, each by a delta or through the glyph id array. */
function format4(view: DataView, at: number): Coverage {
  const segments = u16(view, at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: [number, number][] = [];
  for (let s = 0; s < segments; s++) {
    const start = u16(view, starts + s * 2);
    const end = u16(view, ends + s * 2);
    const delta = u16(view, deltas + s * 2);
    const offsetAt = rangeOffsets + s * 2;
    const rangeOffset = u16(view, offsetAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const index = u16(view, offsetAt + rangeOffset + (cp - start) * 2);
        glyph = index === 0 ? 0 : (index + delta) & 0xffff;
      }
      if (glyph === 0) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === cp - 1) last[1] = cp;
      else ranges.push([cp, cp]);
    }
  }
  return rangeCoverage(ranges);
}
