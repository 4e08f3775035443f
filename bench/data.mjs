// Host-shaped benchmark inputs: 2-D columns as Excel/Sheets pass them, with some blanks and numeric text.

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
export function rng(seed = 42) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n×1 column: ~3% blank rows, ~5% numeric text (some with thousands separators), the rest numbers. */
export function column(n, gen, r, blanks) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    if (blanks && blanks[i]) out[i] = [''];
    else {
      const x = gen(i);
      const u = r();
      out[i] = [u < 0.03 ? x.toLocaleString('en-US') : u < 0.05 ? String(x) : x];
    }
  }
  return out;
}

export function blankMask(n, r, share = 0.03) {
  const m = new Uint8Array(n);
  for (let i = 0; i < n; i++) m[i] = r() < share ? 1 : 0;
  return m;
}

export function stockColumns(n, seed = 1) {
  const r = rng(seed);
  const blanks = blankMask(n, r);
  const lastStock = column(n, () => Math.floor(r() * 2000), r, blanks);
  const lastOrder = column(n, () => Math.floor(r() * 3000), r, blanks);
  // current stock never above last + order, so sales are non-negative
  const currentStock = lastStock.map((row, i) => {
    if (blanks[i]) return [''];
    const a = Number(String(row[0]).replace(/,/g, ''));
    const b = Number(String(lastOrder[i][0]).replace(/,/g, ''));
    return [Math.floor(r() * (a + b))];
  });
  return { lastStock, lastOrder, currentStock };
}

const GRADES = ['优秀', '良好', '中等', '中下', 'A', 'B', ''];
export function ratingsMatrix(n, k, seed = 3) {
  const r = rng(seed);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array(k);
    for (let j = 0; j < k; j++) row[j] = GRADES[Math.floor(r() * GRADES.length)];
    out[i] = row;
  }
  return out;
}

export function tierColumn(n, seed = 4) {
  const r = rng(seed);
  const words = ['A', 'B', 'C', 'A类', 'B级客户', 'c', ''];
  return Array.from({ length: n }, () => [words[Math.floor(r() * words.length)]]);
}

export function shareColumn(n, seed) {
  const r = rng(seed);
  return Array.from({ length: n }, () => [r() < 0.03 ? '' : r() < 0.05 ? `${Math.round(r() * 100)}%` : r()]);
}

/** A seed from a column's key, so each column of a run is its own deterministic sequence. */
function seedOf(key) {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The columns a function's `inputs.bench` asks for (core/functions/types.ts, BenchColumns): host-shaped
 * n×1 columns of plain numbers (no numeric text), blank ('') on the same ~3% of rows in every column,
 * built once per key.
 */
export function benchColumns(n, blankShare = 0.03) {
  const blanks = blankMask(n, rng(99), blankShare);
  const made = new Map();
  const once = (key, make) => {
    if (!made.has(key)) made.set(key, make(rng(seedOf(key))));
    return made.get(key);
  };
  return {
    /** numbers 0…max: whole numbers when max > 1, fractions of max otherwise */
    numbers: (key, max) =>
      once(`n:${key}:${max}`, (r) => Array.from({ length: n }, (_, i) => [blanks[i] ? '' : max > 1 ? Math.floor(r() * (max + 1)) : r() * max])),
    words: (key, words) => once(`w:${key}`, (r) => Array.from({ length: n }, (_, i) => [blanks[i] ? '' : words[Math.floor(r() * words.length)]])),
    matrix: (key, k, words) =>
      once(`m:${key}:${k}`, (r) => Array.from({ length: n }, () => Array.from({ length: k }, () => words[Math.floor(r() * words.length)]))),
  };
}
