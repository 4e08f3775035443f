// Shapes of arguments: a single value or a rectangular 2-D range; what broadcasts and what must match.
import { msg } from '../i18n/messages';
import { SheetError } from './errors';
import type { ArgName } from './read';

export interface Shape {
  rows: number;
  cols: number;
  /** a scalar argument (not a range at all) */
  scalar: boolean;
}

export const SCALAR_SHAPE: Shape = { rows: 1, cols: 1, scalar: true };

export function shapeText(s: Shape): string {
  return `${s.rows}×${s.cols}`;
}

/** The shape of an argument, or an error for a ragged or empty range. */
export function shapeOf(v: unknown, arg: ArgName): Shape | SheetError {
  if (!Array.isArray(v)) return SCALAR_SHAPE;
  const rows = v.length;
  if (rows === 0) return new SheetError('#VALUE!', msg('emptyRange', { arg }));
  const first = v[0];
  if (!Array.isArray(first)) {
    // a 1-D array: treat as one column (hosts never pass these, but callers of the core may)
    return { rows, cols: 1, scalar: false };
  }
  const cols = first.length;
  if (cols === 0) return new SheetError('#VALUE!', msg('emptyRange', { arg }));
  for (let r = 1; r < rows; r++) {
    const row = v[r];
    if (!Array.isArray(row) || row.length !== cols) return new SheetError('#VALUE!', msg('raggedRange', { arg }));
  }
  return { rows, cols, scalar: false };
}

/** A 1×1 range or a scalar: broadcast to any shape. */
export function isSingle(s: Shape): boolean {
  return s.rows === 1 && s.cols === 1;
}

/** Cell accessor that hides scalar / 1-D / 2-D differences. */
export function cellAt(v: unknown, s: Shape, r: number, c: number): unknown {
  if (s.scalar) return v;
  const row = (v as unknown[])[s.rows === 1 ? 0 : r];
  if (!Array.isArray(row)) return row; // 1-D column
  return row[s.cols === 1 ? 0 : c];
}

/** The common shape of several arguments: singles broadcast, any two other shapes must be equal. */
export function commonShape(shapes: Shape[]): Shape | SheetError {
  let out: Shape | null = null;
  for (const s of shapes) {
    if (isSingle(s)) continue;
    if (out === null) out = s;
    else if (out.rows !== s.rows || out.cols !== s.cols) {
      return new SheetError('#VALUE!', msg('shapeMismatch', { a: shapeText(out), b: shapeText(s) }));
    }
  }
  if (out) return out;
  // all single: scalar result unless some argument was a (1×1) range
  return shapes.some((s) => !s.scalar) ? { rows: 1, cols: 1, scalar: false } : SCALAR_SHAPE;
}
