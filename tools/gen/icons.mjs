// Draws the add-in icons (a blue tile with a white bar chart) as PNGs, so no binary assets are committed.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA pixels of the icon at `size`×`size`. */
function pixel(x, y, size) {
  const r = size * 0.18;
  const inX = Math.min(x, size - 1 - x);
  const inY = Math.min(y, size - 1 - y);
  const corner = inX < r && inY < r && Math.hypot(r - inX, r - inY) > r;
  if (corner) return [0, 0, 0, 0];
  // three bars of a chart, rising: the 80/20 picture
  const bars = [
    [0.2, 0.55],
    [0.42, 0.38],
    [0.64, 0.18],
  ];
  const fx = x / size;
  const fy = y / size;
  for (const [left, top] of bars) if (fx >= left && fx < left + 0.16 && fy >= top && fy < 0.82) return [255, 255, 255, 255];
  return [31, 94, 168, 255];
}

export function iconPng(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  let o = 0;
  for (let y = 0; y < size; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < size; x++) for (const v of pixel(x, y, size)) raw[o++] = v;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
