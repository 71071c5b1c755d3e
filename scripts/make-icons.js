#!/usr/bin/env node
/**
 * Draws the add-in's icons (a clipboard with a checklist, in Office blue) and writes them as PNG files
 * to assets/: icon-16/32/80.png for the ribbon, icon-64/128.png for IconUrl/HighResolutionIconUrl.
 * Uses only Node's zlib: the PNG bytes (signature, IHDR, IDAT, IEND, CRC-32) are written here.
 *
 *   node scripts/make-icons.js [outDir]
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4; // samples per pixel along each axis, for anti-aliased edges

const OFFICE_BLUE = [0x00, 0x78, 0xd4];
const DARK_BLUE = [0x00, 0x4e, 0x8c];
const PAPER = [0xff, 0xff, 0xff];
const LINE_GREY = [0x60, 0x5e, 0x5c];

// ---- Shapes in a unit square (0..1, y down); later shapes paint over earlier ones. ----

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function polyline(points, halfWidth) {
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      if (distanceToSegment(x, y, points[i - 1], points[i]) <= halfWidth) return true;
    }
    return false;
  };
}

/** The glyph; small sizes get thicker strokes so the checklist still reads at 16 px. */
function glyph(size) {
  const small = size <= 20;
  const stroke = small ? 0.05 : 0.035;
  const rows = small ? [0.42, 0.7] : [0.38, 0.56, 0.74];
  const layers = [
    { color: OFFICE_BLUE, inside: roundRect(0.12, 0.1, 0.88, 0.97, 0.09) },
    { color: PAPER, inside: roundRect(0.22, 0.2, 0.78, 0.88, 0.03) },
    { color: DARK_BLUE, inside: roundRect(0.33, 0.03, 0.67, 0.2, 0.05) },
  ];
  for (const y of rows) {
    layers.push({
      color: OFFICE_BLUE,
      inside: polyline(
        [
          [0.28, y],
          [0.34, y + 0.06],
          [0.45, y - 0.06],
        ],
        stroke,
      ),
    });
    layers.push({ color: LINE_GREY, inside: roundRect(0.5, y - stroke, 0.72, y + stroke, stroke) });
  }
  return layers;
}

/** RGBA pixels, row by row, anti-aliased by supersampling. */
function render(size) {
  const layers = glyph(size);
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let color = null;
          for (const layer of layers) if (layer.inside(x, y)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            covered++;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        // Straight (not premultiplied) alpha: average colour of the covered samples.
        pixels[o] = Math.round(r / covered);
        pixels[o + 1] = Math.round(g / covered);
        pixels[o + 2] = Math.round(b / covered);
        pixels[o + 3] = Math.round((255 * covered) / n);
      }
    }
  }
  return pixels;
}

// ---- PNG encoding ----

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = encodePng(size, size, render(size));
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)}  ${size}×${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, crc32, render, SIZES };
