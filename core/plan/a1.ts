// A1 notation for plan coordinates (0-based row/col → "C5", "C5:C44", "$B$3").
import type { RangeRef } from './types';

export function colLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5" (relative) or "$C$5" (absolute). */
export function cell(row: number, col: number, abs = false): string {
  return abs ? `$${colLetter(col)}$${row + 1}` : `${colLetter(col)}${row + 1}`;
}

/** "C5:C44" for a column segment of `rows` rows (a single cell when rows = 1 stays a range C5:C5). */
export function colRange(col: number, row: number, rows: number, abs = false): string {
  return `${cell(row, col, abs)}:${cell(row + rows - 1, col, abs)}`;
}

export function rangeA1(r: RangeRef, abs = false): string {
  return `${cell(r.row, r.col, abs)}:${cell(r.row + r.rows - 1, r.col + r.cols - 1, abs)}`;
}

export function rect(row: number, col: number, rows = 1, cols = 1): RangeRef {
  return { row, col, rows, cols };
}

/** Parse "C5" / "$C$5" → 0-based coordinates. */
export function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`not an A1 cell: ${a1}`);
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

/** A sheet name as a reference prefix: always quoted, apostrophes doubled ('O''Brien''s 2026-12-01'!). */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** Absolute ranges, comma-separated, optionally on a named sheet: "'S'!$A$1:$K$46,'S'!$N$4:$S$20". */
export function absoluteRanges(ranges: RangeRef[], sheet?: string): string {
  const p = sheet === undefined ? '' : sheetPrefix(sheet);
  return ranges.map((r) => p + rangeA1(r, true)).join(',');
}
