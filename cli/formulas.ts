// Computes the simple formulas an .xlsx saved without their values (ERP exports, scripts): arithmetic over numbers and
// this sheet's cells, and SUM/MIN/MAX/AVERAGE/ABS/ROUND. Anything else is "cannot compute", never a guess.
import { colIndex } from '../core/plan/a1';

/** A cell's value for a formula: a number, text, blank, or a formula of its own. */
export type CellLookup = (row: number, col: number) => { formula: string } | number | string | boolean | null | undefined | 'unknown';

export type Computed = { ok: true; value: number | string } | { ok: false };

const FUNCS = new Set(['SUM', 'MIN', 'MAX', 'AVERAGE', 'ABS', 'ROUND']);
/** Largest range a formula may sum (a whole column would be a million cells). */
const MAX_RANGE_CELLS = 200_000;

class CannotCompute extends Error {}
const fail = (): never => {
  throw new CannotCompute();
};

type Token = { t: 'num'; v: number } | { t: 'ref'; row: number; col: number } | { t: 'name'; v: string } | { t: 'op'; v: string };

function tokens(src: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|\$?([A-Za-z]{1,3})\$?(\d{1,7})(?![A-Za-z0-9_(])|([A-Za-z][A-Za-z0-9.]*)(?=\s*\()|([-+*/^%(),:]))/y;
  let i = 0;
  const s = src.trim().replace(/^=/, '');
  while (i < s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) {
      if (/^\s+$/.test(s.slice(i))) break;
      fail();
    }
    i = re.lastIndex;
    if (m![1] !== undefined) out.push({ t: 'num', v: Number(m![1]) });
    else if (m![2] !== undefined) out.push({ t: 'ref', row: Number(m![3]) - 1, col: colIndex(m![2].toUpperCase()) });
    else if (m![4] !== undefined) out.push({ t: 'name', v: m![4].toUpperCase() });
    else out.push({ t: 'op', v: m![5] });
  }
  return out;
}

/**
 * The value of `formula` (text as ExcelJS gives it, without "=") on the sheet `cell` reads, or { ok: false } when it
 * uses anything beyond arithmetic, this sheet's cells and the few functions above, refers to text, or loops.
 */
export function computeFormula(formula: string, cell: CellLookup, visiting = new Set<string>()): Computed {
  try {
    const v = evaluate(formula, cell, visiting);
    return Number.isFinite(v) ? { ok: true, value: v } : { ok: true, value: '#NUM!' };
  } catch (e) {
    if (e instanceof CannotCompute) return { ok: false };
    if (e instanceof DivZero) return { ok: true, value: '#DIV/0!' };
    throw e;
  }
}

class DivZero extends Error {}

function evaluate(formula: string, cell: CellLookup, visiting: Set<string>): number {
  const ts = tokens(formula);
  let p = 0;
  const peek = () => ts[p];
  const isOp = (v: string) => ts[p]?.t === 'op' && (ts[p] as { v: string }).v === v;
  const expect = (v: string) => (isOp(v) ? p++ : fail());

  /** A referenced cell as a number, as Excel's arithmetic reads it (blank 0, numeric text its number, TRUE 1). */
  const refValue = (row: number, col: number, inRange: boolean): number | null => {
    const key = `${row},${col}`;
    const v = cell(row, col);
    if (v === 'unknown') fail();
    if (v === null || v === undefined || v === '') return inRange ? null : 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return inRange ? null : v ? 1 : 0;
    if (typeof v === 'string') {
      if (inRange) return null; // SUM and friends skip text in ranges
      const n = Number(v.trim());
      return v.trim() !== '' && Number.isFinite(n) ? n : fail();
    }
    if (visiting.has(key)) fail();
    visiting.add(key);
    try {
      return evaluate(v.formula, cell, visiting);
    } finally {
      visiting.delete(key);
    }
  };

  const args = (): number[] => {
    const out: number[] = [];
    expect('(');
    if (isOp(')')) {
      p++;
      return out;
    }
    for (;;) {
      const a = ts[p];
      const b = ts[p + 1];
      const c = ts[p + 2];
      if (a?.t === 'ref' && b?.t === 'op' && b.v === ':' && c?.t === 'ref') {
        p += 3;
        const [r0, r1] = [Math.min(a.row, c.row), Math.max(a.row, c.row)];
        const [c0, c1] = [Math.min(a.col, c.col), Math.max(a.col, c.col)];
        if ((r1 - r0 + 1) * (c1 - c0 + 1) > MAX_RANGE_CELLS) fail();
        for (let r = r0; r <= r1; r++)
          for (let k = c0; k <= c1; k++) {
            const v = refValue(r, k, true);
            if (v !== null) out.push(v);
          }
      } else out.push(expr());
      if (isOp(',')) p++;
      else break;
    }
    expect(')');
    return out;
  };

  const primary = (): number => {
    const t = peek();
    if (!t) return fail();
    if (t.t === 'num') {
      p++;
      return t.v;
    }
    if (t.t === 'ref') {
      p++;
      if (isOp(':')) fail(); // a range outside a function
      return refValue(t.row, t.col, false)!;
    }
    if (t.t === 'name') {
      p++;
      if (!FUNCS.has(t.v)) fail();
      const a = args();
      switch (t.v) {
        case 'SUM':
          return a.reduce((x, y) => x + y, 0);
        case 'MIN':
          return a.length ? Math.min(...a) : 0;
        case 'MAX':
          return a.length ? Math.max(...a) : 0;
        case 'AVERAGE':
          if (!a.length) throw new DivZero();
          return a.reduce((x, y) => x + y, 0) / a.length;
        case 'ABS':
          return a.length === 1 ? Math.abs(a[0]) : fail();
        case 'ROUND': {
          if (a.length !== 2) fail();
          const f = 10 ** Math.trunc(a[1]);
          // Excel rounds half away from zero
          return (Math.sign(a[0]) * Math.round(Math.abs(a[0]) * f + 1e-9)) / f;
        }
      }
      return fail();
    }
    if (isOp('(')) {
      p++;
      const v = expr();
      expect(')');
      return v;
    }
    return fail();
  };
  const unary = (): number => {
    if (isOp('-')) {
      p++;
      return -unary();
    }
    if (isOp('+')) {
      p++;
      return unary();
    }
    let v = primary();
    while (isOp('%')) {
      p++;
      v /= 100;
    }
    return v;
  };
  const power = (): number => {
    let v = unary();
    while (isOp('^')) {
      p++;
      v = v ** unary();
    }
    return v;
  };
  const term = (): number => {
    let v = power();
    while (isOp('*') || isOp('/')) {
      const op = (ts[p++] as { v: string }).v;
      const r = power();
      if (op === '/' && r === 0) throw new DivZero();
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  function expr(): number {
    let v = term();
    while (isOp('+') || isOp('-')) {
      const op = (ts[p++] as { v: string }).v;
      const r = term();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }
  const v = expr();
  if (p !== ts.length) fail();
  return v;
}
