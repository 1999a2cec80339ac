#!/usr/bin/env node
// Draws the add-in's icons (a table with a check mark, in Office blue) at the pixel sizes the manifest declares, and
// writes them as PNG files into assets/. Shapes are described in a unit square and anti-aliased by supersampling, so
// every size comes from the same drawing without an image tool. Run again after changing the drawing:
//   node scripts/make-icons.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.join(__dirname, '..', 'assets');

const OFFICE_BLUE = [0x00, 0x78, 0xd4];
const DARK_BLUE = [0x00, 0x4e, 0x8c];
const WHITE = [0xff, 0xff, 0xff];

const inRect = (x, y, [x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK = [[0.47, 0.7], [0.63, 0.86], [0.93, 0.52]];
const nearCheck = (x, y, halfWidth) =>
  distanceToSegment(x, y, CHECK[0], CHECK[1]) <= halfWidth || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= halfWidth;

// Painter's order, last match wins: the table, its header and grid, then the check mark over a white halo so that it
// stays readable where it crosses the table.
function colourAt(x, y) {
  let colour = null;
  const table = [0.06, 0.1, 0.8, 0.84];
  const border = 0.07;
  if (inRect(x, y, table)) {
    const inner = [table[0] + border, table[1] + border, table[2] - border, table[3] - border];
    colour = inRect(x, y, inner) ? WHITE : OFFICE_BLUE;
    if (inRect(x, y, [inner[0], inner[1], inner[2], 0.34])) colour = OFFICE_BLUE;
    const line = 0.045;
    if (inRect(x, y, inner) && y > 0.34 && (Math.abs(y - 0.56) < line / 2 || Math.abs(x - 0.34) < line / 2)) {
      colour = OFFICE_BLUE;
    }
  }
  if (nearCheck(x, y, 0.13)) colour = WHITE;
  if (nearCheck(x, y, 0.075)) colour = DARK_BLUE;
  return colour;
}

function render(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          covered += 1;
          for (let c = 0; c < 3; c += 1) sum[c] += colour[c];
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) for (let c = 0; c < 3; c += 1) rgba[at + c] = Math.round(sum[c] / covered);
      rgba[at + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)); // filter type 0 per row
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT_DIR, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
