// Bench 1: each DealerKit function over 1,000,000 host-shaped rows vs a minimal typed loop and a coercing bare loop doing the same arithmetic.
import { benchColumns, stockColumns, ratingsMatrix, tierColumn, shareColumn, column, rng } from './data.mjs';

/** The least coercion a hand-written loop needs for the same arrays: numbers, '' blank, numeric text. */
const num = (v) => (typeof v === 'number' ? v : v === '' || v == null ? null : Number(String(v).replace(/,/g, '').replace('%', '')) / (String(v).endsWith('%') ? 100 : 1));
/** The minimal typed loops' only check: a blank cell. */
const blank = (v) => v === '';

// ---- the arithmetic, on numbers already read: shared by the coercing and the minimal loops ----

const Z95 = 1.6448536269514722;
const safety = (a, b, c, factor) => factor * (a + b - c);
const order = (a, b, c, factor, caseSize) => {
  const need = safety(a, b, c, factor) - c;
  return need <= 0 ? 0 : Math.ceil(need / caseSize - 1e-9) * caseSize;
};
const serviceSafety = (sd, lt) => Z95 * Math.sqrt(lt * sd * sd);
const band = (ratio, lo, hi) => (ratio > hi ? 100 : ratio >= lo ? 80 : 60);
const POINTS = { 优秀: 100, 良好: 80, 中等: 60, 中下: 40, A: 100, B: 80 };
/** items 1–2 from the amounts, then the rated words, equal weights; '' when nothing is scored */
function score(s, l, t, row) {
  let sum = 0;
  let w = 0;
  if (l > 0) (sum += band(s / l, 0.95, 1.1)), w++;
  if (t > 0) (sum += band(s / t, 0.85, 1)), w++;
  for (let j = 0; j < row.length; j++) {
    const p = POINTS[row[j]];
    if (p !== undefined) (sum += p), w++;
  }
  return w ? sum / w : '';
}
/** pareto tiers of the read numbers `nums` at the indexes `idx` (the non-blank ones); '' elsewhere */
function paretoTiers(nums, idx, n) {
  idx.sort((x, y) => nums[y] - nums[x] || x - y);
  let total = 0;
  for (const i of idx) total += nums[i];
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [''];
  let before = 0;
  for (const i of idx) {
    const share = before / total;
    out[i][0] = share < 0.8 ? 'A' : share < 0.95 ? 'B' : 'C';
    before += nums[i];
  }
  return out;
}
const quadrant = (x, y, cx, cy) => (x >= cx ? (y >= cy ? 1 : 2) : y >= cy ? 4 : 3);
const TIERS = { A: 8, B: 4, C: 1, A类: 8, B级客户: 4, c: 1 };

// ---- coercing bare loops: numeric text read with the least coercion that works, none of the error rules ----

function bareSafety(ls, lo, cs, factor = 1.5) {
  const n = ls.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = num(ls[i][0]), b = num(lo[i][0]), c = num(cs[i][0]);
    out[i] = [a === null && b === null && c === null ? '' : safety(a ?? 0, b ?? 0, c, factor)];
  }
  return out;
}

function bareOrder(ls, lo, cs) {
  const n = ls.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = num(ls[i][0]), b = num(lo[i][0]), c = num(cs[i][0]);
    out[i] = [a === null && b === null && c === null ? '' : order(a ?? 0, b ?? 0, c, 1.5, 12)];
  }
  return out;
}

function bareSL(sd, lt) {
  const n = sd.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = num(sd[i][0]), b = num(lt[i][0]);
    out[i] = [a === null && b === null ? '' : serviceSafety(a ?? 0, b ?? 0)];
  }
  return out;
}

function bareScore(sales, ly, target, ratings) {
  const n = sales.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [score(num(sales[i][0]) ?? 0, num(ly[i][0]) ?? 0, num(target[i][0]) ?? 0, ratings[i])];
  return out;
}

function bareTier(values) {
  const n = values.length;
  const nums = new Float64Array(n);
  const idx = [];
  for (let i = 0; i < n; i++) {
    const v = num(values[i][0]);
    if (v !== null) (nums[i] = v), idx.push(i);
  }
  return paretoTiers(nums, idx, n);
}

function bareQuadrant(a, b) {
  const n = a.length;
  const xa = new Float64Array(n);
  const xb = new Float64Array(n);
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < n; i++) {
    sa += xa[i] = num(a[i][0]) ?? 0;
    sb += xb[i] = num(b[i][0]) ?? 0;
  }
  const ca = sa / n, cb = sb / n;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [quadrant(xa[i], xb[i], ca, cb)];
  return out;
}

function bareVisit(t) {
  const n = t.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [t[i][0] === '' ? '' : TIERS[t[i][0]]];
  return out;
}

// ---- minimal typed loops: the same arithmetic over the same arrays as the function gets, no coercion beyond a blank check ----

const MINIMAL = {
  SAFETYSTOCK([ls, lo, cs]) {
    const n = ls.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const a = ls[i][0], b = lo[i][0], c = cs[i][0];
      out[i] = [blank(a) && blank(b) && blank(c) ? '' : safety(blank(a) ? 0 : a, blank(b) ? 0 : b, c, 1.5)];
    }
    return out;
  },
  ORDERQTY([ls, lo, cs, , caseSize]) {
    const n = ls.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const a = ls[i][0], b = lo[i][0], c = cs[i][0];
      out[i] = [blank(a) && blank(b) && blank(c) ? '' : order(blank(a) ? 0 : a, blank(b) ? 0 : b, c, 1.5, caseSize)];
    }
    return out;
  },
  SAFETYSTOCKSL([, sd, lt]) {
    const n = sd.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const a = sd[i][0], b = lt[i][0];
      out[i] = [blank(a) && blank(b) ? '' : serviceSafety(blank(a) ? 0 : a, blank(b) ? 0 : b)];
    }
    return out;
  },
  DEALERSCORE([sales, ly, target, ratings]) {
    const n = sales.length;
    const out = new Array(n);
    const none = [];
    for (let i = 0; i < n; i++) {
      const s = sales[i][0], l = ly[i][0], t = target[i][0];
      out[i] = [blank(s) && blank(l) && blank(t) ? '' : score(blank(s) ? 0 : s, blank(l) ? 0 : l, blank(t) ? 0 : t, ratings ? ratings[i] : none)];
    }
    return out;
  },
  TIER([values]) {
    const n = values.length;
    const nums = new Float64Array(n);
    const idx = [];
    for (let i = 0; i < n; i++) {
      const v = values[i][0];
      if (!blank(v)) (nums[i] = v), idx.push(i);
    }
    return paretoTiers(nums, idx, n);
  },
  QUADRANT([a, b]) {
    const n = a.length;
    let sa = 0, sb = 0, ca = 0, cb = 0;
    for (let i = 0; i < n; i++) {
      const x = a[i][0], y = b[i][0];
      if (!blank(x)) (sa += x), ca++;
      if (!blank(y)) (sb += y), cb++;
    }
    const ma = sa / ca, mb = sb / cb;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const x = a[i][0], y = b[i][0];
      out[i] = [blank(x) && blank(y) ? '' : quadrant(blank(x) ? 0 : x, blank(y) ? 0 : y, ma, mb)];
    }
    return out;
  },
  VISITPLAN([t]) {
    const n = t.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = [blank(t[i][0]) ? '' : TIERS[t[i][0]]];
    return out;
  },
};

/**
 * name → { dk, minimal } over the same 1M-row arrays of plain numbers: each registry function on the
 * arguments its file declares (`inputs.bench`), and the minimal typed loop for it (null when a function
 * has none yet: a new function's file needs no edit here to be benchmarked).
 */
export function typedCases(registry, n = 1_000_000) {
  const cols = benchColumns(n);
  return Object.fromEntries(
    registry.map((d) => {
      const args = d.inputs.bench(cols, n);
      const minimal = MINIMAL[d.name];
      return [d.name, { dk: () => d.run(args), minimal: minimal ? () => minimal(args) : null }];
    }),
  );
}

/** name → { dk: () => result, bare: () => result } over the same 1M-row arrays (with numeric text: the coercing loop). */
export function functionCases(dk, n = 1_000_000) {
  const { lastStock, lastOrder, currentStock } = stockColumns(n);
  const r = rng(7);
  const sd = column(n, () => Math.round(r() * 50), r, null);
  const lt = column(n, () => 1 + Math.floor(r() * 8), r, null);
  const sales = column(n, () => Math.round(r() * 1e6), r, null);
  const ly = column(n, () => Math.round(r() * 1e6), r, null);
  const target = column(n, () => Math.round(r() * 1e6), r, null);
  const ratings = ratingsMatrix(n, 8);
  const tiers = tierColumn(n);
  const ca = shareColumn(n, 11);
  const cb = shareColumn(n, 12);
  return {
    SAFETYSTOCK: { dk: () => dk.SAFETYSTOCK(lastStock, lastOrder, currentStock), bare: () => bareSafety(lastStock, lastOrder, currentStock) },
    ORDERQTY: { dk: () => dk.ORDERQTY(lastStock, lastOrder, currentStock, null, 12), bare: () => bareOrder(lastStock, lastOrder, currentStock) },
    SAFETYSTOCKSL: { dk: () => dk.SAFETYSTOCKSL(0.95, sd, lt), bare: () => bareSL(sd, lt) },
    DEALERSCORE: { dk: () => dk.DEALERSCORE(sales, ly, target, ratings), bare: () => bareScore(sales, ly, target, ratings) },
    TIER: { dk: () => dk.TIER(sales), bare: () => bareTier(sales) },
    QUADRANT: { dk: () => dk.QUADRANT(ca, cb, null, null, 'number'), bare: () => bareQuadrant(ca, cb) },
    VISITPLAN: { dk: () => dk.VISITPLAN(tiers), bare: () => bareVisit(tiers) },
  };
}
