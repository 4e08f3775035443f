// Copied-down formulas: one formula per column written for the first row, moved down as a spreadsheet moves a copied formula.
import type { Block, CachedColumn, CopiedDownBlock, FormulaBlock, PlanCached, ValueBlock } from './types';

/**
 * A1 references outside string literals and quoted sheet names, and not function names (LOG10( or a name's
 * letters). Group 1/3 are the `$` anchors, 2 the column, 4 the row. A quoted sheet name is matched whole (with
 * its `!`) so the reference after it is matched on its own: 'Q1 2026'!B5 moves like B5. A new expression per use:
 * a /g expression carries its position from one use to the next.
 */
const a1Refs = () => /"(?:[^"]|"")*"|'(?:[^']|'')*'!|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

/** A formula moved down `d` rows, as Excel moves a copied formula: relative rows shift, $-anchored ones stay. */
export function slideRows(formula: string, d: number): string {
  if (d === 0) return formula;
  return formula.replace(a1Refs(), (m, c1: string | undefined, col: string | undefined, r1: string | undefined, row: string | undefined) => (col === undefined ? m : `${c1}${col}${r1}${r1 ? row : Number(row) + d}`));
}

/** A formula cut at its relative row numbers, once, so that moving it down is joining texts and numbers. */
export interface RowPattern {
  texts: string[];
  rows: number[];
}

export function rowPattern(formula: string): RowPattern {
  const texts: string[] = [];
  const rows: number[] = [];
  let last = 0;
  for (const m of formula.matchAll(a1Refs())) {
    if (m[2] === undefined || m[3]) continue;
    const at = m.index! + m[0].length - m[4].length;
    texts.push(formula.slice(last, at));
    rows.push(Number(m[4]));
    last = m.index! + m[0].length;
  }
  texts.push(formula.slice(last));
  return { texts, rows };
}

/** The pattern's formula moved down `d` rows (the same text slideRows gives, without a regular expression). */
export function slidPattern(p: RowPattern, d: number): string {
  let s = p.texts[0];
  for (let i = 0; i < p.rows.length; i++) s += String(p.rows[i] + d) + p.texts[i + 1];
  return s;
}

/** Whether `f` is the pattern's formula moved down `d` rows: a walk over the text, no regular expression, no copy. */
export function isSlid(p: RowPattern, f: string, d: number): boolean {
  let at = 0;
  for (let i = 0; i < p.rows.length; i++) {
    const t = p.texts[i];
    if (!f.startsWith(t, at)) return false;
    at += t.length;
    const n = String(p.rows[i] + d);
    if (!f.startsWith(n, at)) return false;
    at += n.length;
    // the number must end here (row 5 moved by 1 is 6, not the 6 of 60)
    const next = f.charCodeAt(at);
    if (next >= 48 && next <= 57) return false;
  }
  const tail = p.texts[p.rows.length];
  return f.length === at + tail.length && f.startsWith(tail, at);
}

/** Cached results of one column as a compact column: numbers in a typed array, anything else by index. */
export function cachedColumn(values: readonly PlanCached[]): CachedColumn {
  const n = values.length;
  const numbers = new Float64Array(n);
  const codes = new Int32Array(n);
  const others: PlanCached[] = [];
  // text, blank, true/false share one entry each; errors one per code and message
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v === 'number') {
      numbers[i] = v;
      codes[i] = -1;
      continue;
    }
    const key = v === null ? 'n' : typeof v === 'string' ? 's' + v : typeof v === 'boolean' ? 'b' + v : 'e' + v.error + '\u0000' + (v.message ?? '');
    let at = seen.get(key);
    if (at === undefined) {
      at = others.length;
      others.push(v);
      seen.set(key, at);
    }
    codes[i] = at;
  }
  return { numbers, codes, others };
}

/** Row i's cached result. */
export function cachedAt(c: CachedColumn, i: number): PlanCached {
  const k = c.codes[i];
  return k < 0 ? c.numbers[i] : c.others[k];
}

/** Row r's (0-based within the block) formula of column c. */
export function copiedDownFormula(b: CopiedDownBlock, r: number, c: number): string {
  return slideRows(b.formulas[c], r);
}

/**
 * The block as per-row formulas (what a renderer writing every row's text would have made). For tests and for
 * small blocks; appliers expand a request-sized slice at a time (`expandRows`).
 */
export function expandCopiedDown(b: CopiedDownBlock): FormulaBlock {
  return { kind: 'formulas', row: b.row, col: b.col, formulas: expandRows(b, 0, b.rows), cached: Array.from({ length: b.rows }, (_, r) => b.cached.map((c) => cachedAt(c, r))) };
}

/** Rows [from, to) of the block's formulas, every column (for a host that takes one 2-D array per request). */
export function expandRows(b: CopiedDownBlock, from: number, to: number, map: (f: string) => string = (f) => f): string[][] {
  const patterns = b.formulas.map((f) => rowPattern(map(f)));
  const out: string[][] = new Array(Math.max(0, to - from));
  for (let r = from; r < to; r++) out[r - from] = patterns.map((p) => slidPattern(p, r));
  return out;
}

/** Every block of a plan with copied-down blocks expanded to per-row formula blocks (tests compare cell by cell). */
export function expandedBlocks(blocks: readonly Block[]): (ValueBlock | FormulaBlock)[] {
  return blocks.map((b) => (b.kind === 'copiedDown' ? expandCopiedDown(b) : b));
}

/**
 * The formulas of `n` rows × `k` columns that `at(i, j)` writes, in the smaller form that says the same: the first
 * row's formulas when every row is the first moved down (the usual per-row formula of a computed column), else every
 * row's text. Every row is checked (the texts are made and dropped one at a time), so a formula that is not one
 * formula shifted — a reference that moves differently, a literal that depends on the row — is written out.
 */
export function copiedDownForm(n: number, k: number, at: (i: number, j: number) => string): { first: string[] } | { rows: string[][] } {
  const first = Array.from({ length: k }, (_, j) => at(0, j));
  const patterns = first.map(rowPattern);
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < k; j++) {
      if (at(i, j) !== slidPattern(patterns[j], i)) return { rows: Array.from({ length: n }, (_, r) => Array.from({ length: k }, (_, c) => at(r, c))) };
    }
  }
  return { first };
}
