// Bench 1: each DealerKit function over 1,000,000 host-shaped rows vs a minimal typed loop and a coercing bare loop doing the same arithmetic.
import { benchColumns, stockColumns, ratingsMatrix, tierColumn, shareColumn, column, rng } from './data.mjs';

/** The least coercion a hand-written loop needs for the same arrays: numbers, '' blank, numeric text. */
const num = (v) => (typeof v === 'number' ? v : v === '' || v == null ? null : Number(String(v).replace(/,/g, '').replace('%', '')) / (String(v).endsWith('%') ? 100 : 1));

function bareSafety(ls, lo, cs, factor = 1.5) {
  const n = ls.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = num(ls[i][0]);
    const b = num(lo[i][0]);
    const c = num(cs[i][0]);
    out[i] = [a === null && b === null && c === null ? '' : factor * ((a ?? 0) + (b ?? 0) - c)];
  }
  return out;
}

function bareOrder(ls, lo, cs) {
  const n = ls.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = num(ls[i][0]);
    const b = num(lo[i][0]);
    const c = num(cs[i][0]);
    if (a === null && b === null && c === null) out[i] = [''];
    else {
      const need = 1.5 * ((a ?? 0) + (b ?? 0) - c) - c;
      out[i] = [need <= 0 ? 0 : Math.ceil(need / 12 - 1e-9) * 12];
    }
  }
  return out;
}

function bareSL(sd, lt) {
  const z = 1.6448536269514722;
  const n = sd.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = num(sd[i][0]);
    const b = num(lt[i][0]);
    out[i] = [a === null && b === null ? '' : z * Math.sqrt((b ?? 0) * (a ?? 0) * (a ?? 0))];
  }
  return out;
}

const POINTS = { 优秀: 100, 良好: 80, 中等: 60, 中下: 40, A: 100, B: 80 };
function bareScore(sales, ly, target, ratings) {
  const n = sales.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = num(sales[i][0]) ?? 0;
    const l = num(ly[i][0]) ?? 0;
    const t = num(target[i][0]) ?? 0;
    let sum = 0;
    let w = 0;
    if (l > 0) {
      const g = s / l;
      sum += g > 1.1 ? 100 : g >= 0.95 ? 80 : 60;
      w++;
    }
    if (t > 0) {
      const a = s / t;
      sum += a > 1 ? 100 : a >= 0.85 ? 80 : 60;
      w++;
    }
    const row = ratings[i];
    for (let j = 0; j < row.length; j++) {
      const p = POINTS[row[j]];
      if (p !== undefined) {
        sum += p;
        w++;
      }
    }
    out[i] = [w ? sum / w : ''];
  }
  return out;
}

function bareTier(values) {
  const n = values.length;
  const nums = new Float64Array(n);
  const idx = [];
  for (let i = 0; i < n; i++) {
    const v = num(values[i][0]);
    if (v !== null) {
      nums[i] = v;
      idx.push(i);
    }
  }
  idx.sort((x, y) => nums[y] - nums[x] || x - y);
  let total = 0;
  for (const i of idx) total += nums[i];
  const out = values.map(() => ['']);
  let before = 0;
  for (const i of idx) {
    const share = before / total;
    out[i] = [share < 0.8 ? 'A' : share < 0.95 ? 'B' : 'C'];
    before += nums[i];
  }
  return out;
}

function bareQuadrant(a, b) {
  const n = a.length;
  const xa = new Float64Array(n);
  const xb = new Float64Array(n);
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < n; i++) {
    xa[i] = num(a[i][0]) ?? 0;
    xb[i] = num(b[i][0]) ?? 0;
    sa += xa[i];
    sb += xb[i];
  }
  const ca = sa / n;
  const cb = sb / n;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [xa[i] >= ca ? (xb[i] >= cb ? 1 : 2) : xb[i] >= cb ? 4 : 3];
  return out;
}

const TIERS = { A: 8, B: 4, C: 1, A类: 8, B级客户: 4, c: 1 };
function bareVisit(t) {
  const n = t.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [t[i][0] === '' ? '' : TIERS[t[i][0]]];
  return out;
}

// ---- minimal typed loops: the same arithmetic over the same arrays as the function gets, no coercion beyond a blank check ----

const blank = (v) => v === '';

const MINIMAL = {
  SAFETYSTOCK([ls, lo, cs]) {
    const n = ls.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const a = ls[i][0];
      const b = lo[i][0];
      const c = cs[i][0];
      out[i] = [blank(a) && blank(b) && blank(c) ? '' : 1.5 * ((blank(a) ? 0 : a) + (blank(b) ? 0 : b) - c)];
    }
    return out;
  },
  ORDERQTY([ls, lo, cs, , caseSize]) {
    const n = ls.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const a = ls[i][0];
      const b = lo[i][0];
      const c = cs[i][0];
      if (blank(a) && blank(b) && blank(c)) out[i] = [''];
      else {
        const need = 1.5 * ((blank(a) ? 0 : a) + (blank(b) ? 0 : b) - c) - c;
        out[i] = [need <= 0 ? 0 : Math.ceil(need / caseSize - 1e-9) * caseSize];
      }
    }
    return out;
  },
  SAFETYSTOCKSL([, sd, lt]) {
    const z = 1.6448536269514722;
    const n = sd.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const a = sd[i][0];
      const b = lt[i][0];
      out[i] = [blank(a) && blank(b) ? '' : z * Math.sqrt((blank(b) ? 0 : b) * (blank(a) ? 0 : a) * (blank(a) ? 0 : a))];
    }
    return out;
  },
  DEALERSCORE([sales, ly, target, ratings]) {
    const POINTS = { 优秀: 100, 良好: 80, 中等: 60, 中下: 40, A: 100, B: 80 };
    const n = sales.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const s0 = sales[i][0];
      const l0 = ly[i][0];
      const t0 = target[i][0];
      if (blank(s0) && blank(l0) && blank(t0)) {
        out[i] = [''];
        continue;
      }
      const s = blank(s0) ? 0 : s0;
      const l = blank(l0) ? 0 : l0;
      const t = blank(t0) ? 0 : t0;
      let sum = 0;
      let w = 0;
      if (l > 0) {
        const g = s / l;
        sum += g > 1.1 ? 100 : g >= 0.95 ? 80 : 60;
        w++;
      }
      if (t > 0) {
        const a = s / t;
        sum += a > 1 ? 100 : a >= 0.85 ? 80 : 60;
        w++;
      }
      const row = ratings ? ratings[i] : [];
      for (let j = 0; j < row.length; j++) {
        const p = POINTS[row[j]];
        if (p !== undefined) {
          sum += p;
          w++;
        }
      }
      out[i] = [w ? sum / w : ''];
    }
    return out;
  },
  TIER([values]) {
    const n = values.length;
    const nums = new Float64Array(n);
    const idx = [];
    for (let i = 0; i < n; i++) {
      const v = values[i][0];
      if (!blank(v)) {
        nums[i] = v;
        idx.push(i);
      }
    }
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
  },
  QUADRANT([a, b]) {
    const n = a.length;
    let sa = 0;
    let sb = 0;
    let ca = 0;
    let cb = 0;
    for (let i = 0; i < n; i++) {
      const x = a[i][0];
      const y = b[i][0];
      if (!blank(x)) (sa += x), ca++;
      if (!blank(y)) (sb += y), cb++;
    }
    const ma = sa / ca;
    const mb = sb / cb;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const x = a[i][0];
      const y = b[i][0];
      if (blank(x) && blank(y)) out[i] = [''];
      else {
        const xa = blank(x) ? 0 : x;
        const xb = blank(y) ? 0 : y;
        out[i] = [xa >= ma ? (xb >= mb ? 1 : 2) : xb >= mb ? 4 : 3];
      }
    }
    return out;
  },
  VISITPLAN([t]) {
    const TIERS = { A: 8, B: 4, C: 1, A类: 8, B级客户: 4, c: 1 };
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
