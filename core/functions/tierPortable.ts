// TIER's portable form: one row's tier as a native formula, and the helper cells (two thresholds) a whole column shares.
import { lookupWord, wordTable } from '../values/words';
import type { FunctionResult, HostArg } from '../values/types';
import { all, ceilF, geF, numLit, PORTABLE_ERROR, population, readArg, wordSetting, rangeSize, type ReadArg } from './portable';
import type { PortableArg, PortableHelper } from './types';

export type Method = 'pareto' | 'rank' | 'score';

export const METHODS: Readonly<Record<string, Method>> = wordTable({
  pareto: 'pareto', 帕累托: 'pareto', value: 'pareto', abc: 'pareto',
  rank: 'rank', count: 'rank', 排名: 'rank',
  score: 'score', threshold: 'score', 分数: 'score',
});

export const DEFAULTS: Record<Method, [number, number]> = { pareto: [0.8, 0.95], rank: [0.2, 0.5], score: [85, 70] };

/** A cut for the portable form: its value expression and, for a reference, the blank default. */
function cutOf(a: ReadArg, dflt: number): string | null {
  if (a.kind === 'omitted') return numLit(dflt);
  if (a.kind === 'number') return numLit(a.n);
  if (a.kind === 'text') return null;
  return `IF(${a.ref}="",${numLit(dflt)},${a.ref})`;
}

/** The two cuts of a ratio method (pareto, rank), the order test, and whether literals already decide it. */
function cutsOf(method: Method, args: PortableArg[]) {
  const [da, db] = DEFAULTS[method];
  const a = cutOf(readArg(args[1]), da);
  const b = cutOf(readArg(args[2]), db);
  if (a === null || b === null) return null;
  const literal = [a, b].every((x) => Number.isFinite(Number(x)));
  const ratio = method !== 'score';
  const orderTests = ratio ? [`${a}>0`, `${a}<=${b}`, `${b}<=1`] : [`${a}>${b}`];
  const order = all(orderTests);
  const orderOk = literal ? (ratio ? Number(a) > 0 && Number(a) <= Number(b) && Number(b) <= 1 : Number(a) > Number(b)) : null;
  return { a, b, literal, order, orderTests, orderOk };
}

/**
 * pareto's test of the share before a value `x` against one cut, exactly as a row computes it. With cuts
 * a ≤ b ≤ 1 (ε = 1e-12 for both), q = (share − a + ε) / (b − a) is below 0 for A, in [0, 1) for B and ≥ 1 for
 * C (the 1E-300 floor makes q ±huge instead of a division by zero when b = a). INT is part of the test on
 * purpose: LibreOffice's INT rounds q near an integer first, and a helper must decide as the rows did.
 */
function paretoQ(x: string, r: string, total: string, a: string, b: string, literal: boolean): string {
  const width = literal ? numLit(Math.max(Number(b) - Number(a), 1e-300)) : `MAX(${b}-${a},1E-300)`;
  return `INT((SUMIF(${r},">"&${x})/${total}-${a}+1E-12)/${width})`;
}

/** rank's cut as a count: a value is within it when fewer than this many values are above it. */
const rankCount = (r: string, cut: string) => ceilF(`${cut}*COUNTIF(${r},">=0")-1E-9`);

/**
 * Where a column's helper cells are and what they are:
 * - `search` (pareto, or a method in a cell): the positive total, N (the values above 1E-12, the only ones that
 *   can be A or B; 0 when the cuts are out of order), then for each cut a bitwise binary search for K, the count
 *   of values within it, one cell per bit (its last cell is K), and the threshold LARGE(range, K);
 * - `rank` (a literal rank method): each cut's count K straight from its formula, and its threshold;
 * - none (score: a row compares its own value with the cuts).
 * `ka`, `ta`, `kb`, `tb` index the cells a row reads.
 */
interface Layout {
  kind: 'search' | 'rank';
  bits: number;
  count: number;
  ka: number;
  ta: number;
  kb: number;
  tb: number;
}

function layoutOf(args: PortableArg[]): Layout | null {
  const m = readArg(args[3]);
  const method = m.kind === 'omitted' ? 'pareto' : m.kind === 'text' ? lookupWord(METHODS, textKey(m.s)) : m.kind === 'ref' ? 'search' : undefined;
  if (method === undefined || method === 'score') return null;
  if (method === 'rank') return { kind: 'rank', bits: 0, count: 4, ka: 0, ta: 1, kb: 2, tb: 3 };
  // K ≤ rows: bits enough to write the row count
  const bits = Math.max(1, rangeSize(population(args[0]).range).rows.toString(2).length);
  const ka = 1 + bits;
  return { kind: 'search', bits, count: 2 * bits + 4, ka, ta: ka + 1, kb: ka + 1 + bits, tb: ka + 2 + bits };
}

const textKey = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A row's tier from the thresholds: v ≥ T_A is A (when any value is), then v ≥ T_B is B; O(1) per row. */
function fromThresholds(v: string, at: readonly string[], l: Layout): string {
  const within = (k: number, t: number) => `AND(${at[k]}>0,${v}>=${at[t]})`;
  return `IF(${within(l.ka, l.ta)},"A",IF(${within(l.kb, l.tb)},"B","C"))`;
}

/** One element's tier as a native formula under one method (thresholds from helper cells, or SUMIF/COUNTIF per row). */
function portableMethod(method: Method, args: PortableArg[]): string {
  const { cell: v, range: r, total, helpers } = population(args[0]);
  const cuts = cutsOf(method, args);
  if (cuts === null) return PORTABLE_ERROR.value;
  const { a, b, order, orderOk } = cuts;
  if (orderOk === false) return PORTABLE_ERROR.num;
  const layout = layoutOf(args);
  let grade: string;
  if (method === 'score') grade = `IF(${geF(v, a)},"A",IF(${geF(v, b)},"B","C"))`;
  else {
    let tiers: string;
    if (helpers && layout && helpers.length === layout.count) tiers = fromThresholds(v, helpers, layout);
    else if (method === 'pareto') {
      // equal values get the better tier: sum only the values strictly above this one. The share is written
      // once, so each row runs one SUMIF over the column, not two.
      const q = paretoQ(v, r, total ?? `SUMIF(${r},">0")`, a, b, cuts.literal);
      tiers = `CHOOSE(1+MAX(0,MIN(2,${q}+1)),"A","B","C")`;
    } else tiers = `IF(COUNTIF(${r},">"&${v})<${rankCount(r, a)},"A",IF(COUNTIF(${r},">"&${v})<${rankCount(r, b)},"B","C"))`;
    grade = `IF(${v}<0,${PORTABLE_ERROR.num},IF(${v}<=1E-12,"C",${tiers}))`;
  }
  const element = `IF(${v}="","",IF(ISNUMBER(${v}),${grade},${PORTABLE_ERROR.value}))`;
  return orderOk === true ? element : `IF(${order},${element},${PORTABLE_ERROR.num})`;
}

export function portable(args: PortableArg[]): string {
  const branches = { pareto: portableMethod('pareto', args), rank: portableMethod('rank', args), score: portableMethod('score', args) };
  return wordSetting(readArg(args[3]), METHODS, 'pareto', branches, PORTABLE_ERROR.value);
}

/** The cut of a host argument as a number (blank: the method's default); text is NaN (the helpers' ISNUMBER test fails). */
function hostCut(v: HostArg, dflt: number): number {
  if (v === undefined || v === null || v === '') return dflt;
  return typeof v === 'number' ? v : NaN;
}

/** The method a host argument names, or undefined for an unknown word or a non-text. */
function hostMethod(v: HostArg): Method | undefined {
  if (v === undefined || v === null || v === '') return 'pareto';
  return typeof v === 'string' ? lookupWord(METHODS, textKey(v)) : undefined;
}

/** The numbers of the population column, as LARGE and COUNTIF see them (text, blanks and booleans left out). */
function hostNumbers(v: HostArg): number[] {
  const cells = Array.isArray(v) ? v.flat() : [v];
  return cells.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
}

/** How many elements of the result are within a cut (A; A or B). */
function countWithin(result: FunctionResult, tiers: readonly string[]): number {
  if (!Array.isArray(result)) return 0;
  let k = 0;
  for (const row of result) for (const x of row) if (typeof x === 'string' && tiers.includes(x)) k++;
  return k;
}

const L = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });

/**
 * The helper cells of a pareto or rank column (see Layout), for the arguments of its first row. The rows
 * compare with two thresholds instead of running SUMIF over the column each: pareto's share before a value,
 * SUMIF(range,">"&v)/total, never grows with v, so "A" ⇔ v ≥ T_A and "B" ⇔ v ≥ T_B with T = LARGE(range, K),
 * K the count of values within the cut (counted with ties, as LARGE does). The search finds K from the high
 * bit down: each cell adds its bit when the value LARGE(range, K + bit) is within the cut, judged by the very
 * formula a row uses, so the tiers are the per-row form's. Each cell reads the column once or twice: about
 * 2·log2(rows) column passes in all instead of one per row.
 * Their cached values come from the function's result (K = the A count, or A and B) so that they agree with
 * the rows' cached tiers.
 */
export function helpers(args: PortableArg[]): PortableHelper[] {
  const layout = layoutOf(args);
  if (!layout) return [];
  const { range: r } = population(args[0]);
  const m = readArg(args[3]);
  const out: PortableHelper[] = [];
  // the layout is `search` for pareto or a method in a cell (null: the sheet reads it)
  const method = m.kind === 'ref' ? null : 'pareto';
  // each method's cuts with its own defaults (pareto 80%/95%, rank 20%/50%); with a method in a cell, both are written
  const cutsFor = (meth: Method) => cutsOf(meth, args);
  const valid = (meth: Method) => {
    const c = cutsFor(meth);
    if (!c) return 'FALSE';
    const numeric = c.literal ? [] : [`ISNUMBER(${c.a})`, `ISNUMBER(${c.b})`];
    return c.orderOk === true ? 'TRUE' : c.orderOk === false ? 'FALSE' : all([...numeric, ...c.orderTests]);
  };
  const hostValid = (meth: Method, host: HostArg[]) => {
    const [da, db] = DEFAULTS[meth];
    const a = hostCut(host[1], da);
    const b = hostCut(host[2], db);
    return a > 0 && a <= b && b <= 1;
  };
  /** K of one cut from the result: 0 unless the method is pareto or rank and the cuts are in order */
  const hostK = (which: 'A' | 'AB') => (host: HostArg[], result: FunctionResult) => {
    const meth = hostMethod(host[3]);
    if (meth !== 'pareto' && meth !== 'rank') return 0;
    if (!hostValid(meth, host)) return 0;
    return countWithin(result, which === 'A' ? ['A'] : ['A', 'B']);
  };
  const threshold = (k: number) => (at: readonly string[]) => `IF(${at[k]}>0,LARGE(${r},${at[k]}),0)`;
  const hostThreshold = (kValue: (host: HostArg[], result: FunctionResult) => number) => (host: HostArg[], result: FunctionResult) => {
    const k = kValue(host, result);
    if (k <= 0) return 0;
    return hostNumbers(host[0]).sort((x, y) => y - x)[k - 1] ?? 0;
  };

  if (layout.kind === 'rank') {
    const c = cutsFor('rank')!;
    const guard = valid('rank');
    const rankK = (cut: string, which: 'A' | 'AB') => ({
      formula: () => (guard === 'FALSE' ? '0' : guard === 'TRUE' ? rankCount(r, cut) : `IF(${guard},${rankCount(r, cut)},0)`),
      // the count is the core's own arithmetic (ceil(cut × values ≥ 0 − 1e-9))
      value: (host: HostArg[]) => {
        const [da, db] = DEFAULTS.rank;
        if (hostMethod(host[3]) !== 'rank' || !hostValid('rank', host)) return 0;
        const cutN = which === 'A' ? hostCut(host[1], da) : hostCut(host[2], db);
        return Math.ceil(cutN * hostNumbers(host[0]).filter((x) => x >= 0).length - 1e-9);
      },
    });
    const ka = rankK(c.a, 'A');
    const kb = rankK(c.b, 'AB');
    out.push({ label: L('A 类名次上限', 'A rank count'), formula: ka.formula, value: ka.value });
    out.push({ label: L('A 类下限值', 'A threshold'), formula: threshold(layout.ka), value: hostThreshold(ka.value) });
    out.push({ label: L('A+B 类名次上限', 'A+B rank count'), formula: kb.formula, value: kb.value });
    out.push({ label: L('B 类下限值', 'B threshold'), formula: threshold(layout.kb), value: hostThreshold(kb.value) });
    return out;
  }

  // search: a literal pareto, or a method in a cell (then each test is the method's, chosen as the rows choose it)
  const TOTAL = 0;
  const N = 1;
  out.push({
    label: L('正数合计', 'positive total'),
    formula: () => `SUMIF(${r},">0")`,
    value: (host) => hostNumbers(host[0]).reduce((s, x) => (x > 0 ? s + x : s), 0),
  });
  const guard = method === 'pareto' ? valid('pareto') : wordSetting(m, METHODS, 'pareto', { pareto: valid('pareto'), rank: valid('rank') }, 'FALSE');
  out.push({
    label: L('可分级个数', 'values above 0'),
    formula: () => (guard === 'FALSE' ? '0' : guard === 'TRUE' ? `COUNTIF(${r},">1E-12")` : `IF(${guard},COUNTIF(${r},">1E-12"),0)`),
    value: (host) => {
      const meth = hostMethod(host[3]);
      return (meth === 'pareto' || meth === 'rank') && hostValid(meth, host) ? hostNumbers(host[0]).filter((x) => x > 1e-12).length : 0;
    },
  });
  const within = (which: 'A' | 'AB', x: string, at: readonly string[]) => {
    const test = (meth: Method) => {
      const c = cutsFor(meth);
      if (!c) return 'FALSE';
      const cut = which === 'A' ? c.a : c.b;
      if (meth === 'rank') return `COUNTIF(${r},">"&${x})<${rankCount(r, cut)}`;
      // A: q < 0; B or better: q < 1 (the row's CHOOSE index from the same q)
      return `${paretoQ(x, r, at[TOTAL], c.a, c.b, c.literal)}<${which === 'A' ? 0 : 1}`;
    };
    return method === 'pareto' ? test('pareto') : wordSetting(m, METHODS, 'pareto', { pareto: test('pareto'), rank: test('rank') }, 'FALSE');
  };
  for (const which of ['A', 'AB'] as const) {
    const first = out.length;
    const kValue = hostK(which);
    for (let j = 0; j < layout.bits; j++) {
      const bit = 2 ** (layout.bits - 1 - j);
      const name = which === 'A' ? 'A' : 'A+B';
      out.push({
        label: j === layout.bits - 1 ? L(`${name} 类个数`, `${name} count`) : L(`${name} 类个数（二分第 ${j + 1} 步）`, `${name} count, search step ${j + 1}`),
        formula: (at) => {
          const prev = j === 0 ? '0' : at[first + j - 1];
          const cand = j === 0 ? String(bit) : `${prev}+${bit}`;
          return `IF(${cand}>${at[N]},${prev},IF(${within(which, `LARGE(${r},${cand})`, at)},${cand},${prev}))`;
        },
        // the search keeps K's bits from the high one down to this one
        value: (host, result) => Math.floor(kValue(host, result) / bit) * bit,
      });
    }
    const k = first + layout.bits - 1;
    out.push({ label: L(which === 'A' ? 'A 类下限值' : 'B 类下限值', which === 'A' ? 'A threshold' : 'B threshold'), formula: threshold(k), value: hostThreshold(kValue) });
  }
  return out;
}
