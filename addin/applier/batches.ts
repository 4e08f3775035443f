// Splits a plan's cell writes into request-sized batches: one batch (one sync) below Excel's 5 MB limit, row bands above it.
import { rowPattern, slidPattern, slideRows } from '../../core/plan/copiedDown';
import type { RangeRef, SheetPlan } from '../../core/plan/types';

export type WriteOp =
  | { kind: 'values'; row: number; col: number; values: unknown[][] }
  | { kind: 'formulas'; row: number; col: number; formulas: unknown[][] }
  /** a copied-down block (or a band of one): `formulas` are the band's first row; expanded only when it is run */
  | { kind: 'copiedDown'; row: number; col: number; rows: number; formulas: string[] }
  | { kind: 'numberFormat'; range: RangeRef; format: string };

/** Excel on the web rejects requests over 5 MB; stay well under it (the JSON envelope adds some). */
export const MAX_REQUEST_BYTES = 4_000_000;

/** UTF-8 size of a value's JSON (escapes aside), walked rather than stringified so big grids cost no copy. */
export function jsonBytes(x: unknown): number {
  if (x === null || x === undefined) return 4;
  if (typeof x === 'number') return x === (x | 0) ? String(x).length : 18;
  if (typeof x === 'boolean') return 5;
  if (typeof x === 'string') {
    let n = x.length + 2;
    for (let i = 0; i < x.length; i++) {
      const c = x.charCodeAt(i);
      if (c > 0x7f) n += c > 0x7ff ? 2 : 1;
      else if (c === 34 || c === 92) n++;
    }
    return n;
  }
  if (Array.isArray(x)) {
    let n = 2 + Math.max(0, x.length - 1);
    for (const v of x) n += jsonBytes(v);
    return n;
  }
  return (JSON.stringify(x) ?? '').length;
}

function opRows(op: WriteOp): number {
  return op.kind === 'numberFormat' ? op.range.rows : op.kind === 'values' ? op.values.length : op.kind === 'copiedDown' ? op.rows : op.formulas.length;
}

function opBytes(op: WriteOp): number {
  if (op.kind === 'numberFormat') return op.range.rows * op.range.cols * (jsonBytes(op.format) + 3) + 64;
  // every row at most as long as the last (row numbers only grow): a bound without expanding the rows
  if (op.kind === 'copiedDown') return op.rows * (jsonBytes(op.formulas.map((f) => slidPattern(rowPattern(f), op.rows - 1))) + 1) + 66;
  return jsonBytes(op.kind === 'values' ? op.values : op.formulas) + 64;
}

function slice(op: WriteOp, from: number, to: number): WriteOp {
  if (op.kind === 'numberFormat') return { ...op, range: { ...op.range, row: op.range.row + from, rows: to - from } };
  if (op.kind === 'values') return { ...op, row: op.row + from, values: op.values.slice(from, to) };
  // a band of a copied-down block is the block's formulas moved down to the band's first row
  if (op.kind === 'copiedDown') return { ...op, row: op.row + from, rows: to - from, formulas: op.formulas.map((f) => slideRows(f, from)) };
  return { ...op, row: op.row + from, formulas: op.formulas.slice(from, to) };
}

/** The plan's cell writes in order, each with its size, sliced so no piece exceeds `limit`. */
export function writeOps(plan: SheetPlan, toExcel: (op: WriteOp) => WriteOp, limit: number): { op: WriteOp; bytes: number }[] {
  const ops: WriteOp[] = [];
  for (const b of plan.blocks) {
    if (b.kind === 'values') ops.push({ kind: 'values', row: b.row, col: b.col, values: b.values });
    else if (b.kind === 'copiedDown') ops.push({ kind: 'copiedDown', row: b.row, col: b.col, rows: b.rows, formulas: b.formulas });
    else ops.push({ kind: 'formulas', row: b.row, col: b.col, formulas: b.formulas });
  }
  for (const f of plan.formats) if (f.numberFormat) ops.push({ kind: 'numberFormat', range: f.range, format: f.numberFormat });
  const out: { op: WriteOp; bytes: number }[] = [];
  for (const raw of ops) {
    const op = toExcel(raw);
    const bytes = opBytes(op);
    const rows = opRows(op);
    if (bytes <= limit || rows <= 1) {
      out.push({ op, bytes });
      continue;
    }
    const per = Math.max(1, Math.floor((rows * limit) / bytes));
    for (let r = 0; r < rows; r += per) {
      const piece = slice(op, r, Math.min(rows, r + per));
      out.push({ op: piece, bytes: opBytes(piece) });
    }
  }
  return out;
}

/** Greedy packing of ops into batches of at most `limit` bytes, in write order. */
export function packBatches(ops: { op: WriteOp; bytes: number }[], limit: number): WriteOp[][] {
  const batches: WriteOp[][] = [[]];
  let size = 0;
  for (const { op, bytes } of ops) {
    if (size + bytes > limit && batches[batches.length - 1].length) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1].push(op);
    size += bytes;
  }
  return batches;
}
