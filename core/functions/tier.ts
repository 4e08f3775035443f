// TIER — A/B/C grading of a whole column: pareto (80/20 by share before the item), rank, or score.
import { msg } from '../i18n/messages';
import { ge, gt, lt, near } from '../values/compare';
import { SheetError } from '../values/errors';
import type { ResultScalar } from '../values/types';
import { defineFunction, label } from './runner';
import { DEFAULTS, helpers, METHODS, portable, type Method } from './tierPortable';
import type { FunctionDef, ParamDef, ReadContext, Settings } from './types';

const VALUES: ParamDef = {
  name: 'values',
  label: { 'zh-CN': '数值', 'en-US': 'values' },
  help: {
    'zh-CN': '要分级的整列数值（如销售额或得分）；请传入整列，单个值自成一组',
    'en-US': 'The whole column to grade (sales or scores); pass the whole column: a single value is its own population',
  },
  kind: 'population',
  type: 'number',
  // pareto and rank grade shares of a total: a negative value has none
  check: (x, s) => (s.method !== 'score' && x < 0 ? msg('negative', { arg: label(VALUES), value: x }) : null),
};
/** Cuts are ratios for pareto and rank, points for score; their defaults follow the method. */
const cutIsRatio = (ctx: ReadContext) => ctx.settings.method !== 'score';
const cutDefault = (which: 0 | 1) => (ctx: ReadContext) => DEFAULTS[ctx.settings.method as Method][which];
const A_CUT: ParamDef = {
  name: 'a_cut',
  label: { 'zh-CN': 'A 类界限', 'en-US': 'a_cut' },
  help: {
    'zh-CN': 'A 类界限：pareto 默认 80%，rank 默认 20%，score 默认 85 分',
    'en-US': 'A cut: pareto default 80%, rank 20%, score 85 points',
  },
  kind: 'setting',
  type: 'number',
  ratio: cutIsRatio,
  optional: true,
  default: cutDefault(0),
};
const B_CUT: ParamDef = {
  name: 'b_cut',
  label: { 'zh-CN': 'B 类界限', 'en-US': 'b_cut' },
  help: {
    'zh-CN': 'B 类界限：pareto 默认 95%，rank 默认 50%，score 默认 70 分',
    'en-US': 'B cut: pareto default 95%, rank 50%, score 70 points',
  },
  kind: 'setting',
  type: 'number',
  ratio: cutIsRatio,
  optional: true,
  default: cutDefault(1),
};
const METHOD: ParamDef = {
  name: 'method',
  label: { 'zh-CN': '方法', 'en-US': 'method' },
  help: {
    'zh-CN': '分级方法：pareto（帕累托，默认）、rank（排名）、score（分数）',
    'en-US': 'Method: pareto (default), rank, or score',
  },
  kind: 'setting',
  type: 'text',
  optional: true,
  default: 'pareto',
  words: METHODS,
  unknownWord: 'unknownMethod',
};
const PARAMS = [VALUES, A_CUT, B_CUT, METHOD];

/** Cut order: pareto and rank need 0 < a_cut ≤ b_cut ≤ 1, score needs a_cut > b_cut (a whole-result #NUM!). */
function checkCuts(s: Settings): SheetError | null {
  const a = s.a_cut as number;
  const b = s.b_cut as number;
  const ratio = s.method !== 'score';
  if (ratio ? a > 0 && a <= b && b <= 1 : a > b) return null;
  return new SheetError('#NUM!', msg(ratio ? 'cutsOrder' : 'cutsOrderScore', { a, b }));
}

/** Grade the graded elements of the population `x[0]`: by score, or by share/rank in descending order. */
function grade(xs: Float64Array[], graded: number[], s: Settings, out: ResultScalar[]): void {
  const nums = xs[0];
  const method = s.method as Method;
  const a = s.a_cut as number;
  const b = s.b_cut as number;
  if (method === 'score') {
    for (const i of graded) out[i] = ge(nums[i], a) ? 'A' : ge(nums[i], b) ? 'B' : 'C';
    return;
  }
  // descending, ties keep row order
  graded.sort((x, y) => nums[y] - nums[x] || x - y);
  const n = graded.length;
  // values near the top of the float range would overflow the total: then shares are taken of scaled values
  let scale = 1;
  let sum = 0;
  for (const i of graded) sum += nums[i];
  if (!Number.isFinite(sum)) {
    scale = nums[graded[0]];
    sum = 0;
    for (const i of graded) sum += nums[i] / scale;
  }
  const aRank = Math.ceil(a * n - 1e-9);
  const bRank = Math.ceil(b * n - 1e-9);
  let before = 0;
  let tier: 'A' | 'B' | 'C' = 'A';
  for (let p = 0; p < n; p++) {
    const i = graded[p];
    const x = nums[i];
    // equal values share the tier of the first of them (the better one)
    const tied = p > 0 && near(x, nums[graded[p - 1]]);
    if (!tied) {
      if (!gt(x, 0)) tier = 'C';
      else if (method === 'pareto') {
        const share = before / sum;
        tier = lt(share, a) ? 'A' : lt(share, b) ? 'B' : 'C';
      } else tier = p < aRank ? 'A' : p < bRank ? 'B' : 'C';
    }
    out[i] = tier;
    before += x / scale;
  }
}

const col = (xs: (number | string)[]) => xs.map((x) => [x]);
const E = (code: '#VALUE!' | '#NUM!') => ({ error: code });

export const TIER_DEF: FunctionDef = defineFunction({
  name: 'TIER',
  order: 50,
  title: { 'zh-CN': '客户分级 A/B/C', 'en-US': 'A/B/C tiers' },
  description: {
    'zh-CN':
      '按 80/20 原则把整列分为 A/B/C：pareto 按该项之前的累计占比（< 80% 为 A，< 95% 为 B）；rank 按排名（前 20% A，前 50% B）；score 按分数（≥85 A，≥70 B）。相同数值同一级。#NUM!：负数，或界限顺序不对。',
    'en-US':
      'Grades a whole column A/B/C by the 80/20 rule: pareto by the cumulative share before the item (< 80% A, < 95% B); rank by position (top 20% A, top 50% B); score by points (≥85 A, ≥70 B). Equal values share a tier. #NUM!: a negative value, or cuts out of order.',
  },
  params: PARAMS,
  result: { dimensionality: 'matrix', help: { 'zh-CN': 'A、B 或 C（与数值同形）', 'en-US': 'A, B or C (same shape as values)' } },
  examples: [
    { args: [col([500, 300, 100, 60, 40])], result: col(['A', 'A', 'B', 'B', 'C']) },
    { args: [col([900, 50, 30, 20])], result: col(['A', 'B', 'C', 'C']) },
    { args: [col([40, 20, 20, 20])], result: col(['A', 'A', 'A', 'A']) },
    { args: [col([30, 30, 30, 10])], result: col(['A', 'A', 'A', 'B']) },
    { args: [col([0.32, 0.06, 0.01, 0.01])], result: col(['A', 'B', 'C', 'C']) },
    { args: [col([50, 0, 30, 20]), undefined, undefined, 'rank'], result: col(['A', 'C', 'B', 'C']) },
    { args: [col([10, 0, 0, 0, 0]), undefined, undefined, 'rank'], result: col(['A', 'C', 'C', 'C', 'C']) },
    { args: [col([92, 85, 84.9, 70, 10]), undefined, undefined, 'score'], result: col(['A', 'A', 'B', 'B', 'C']) },
    { args: [col([60, '', 'abc', 30, 10])], result: [['A'], [''], [E('#VALUE!')], ['A'], ['B']] },
    { args: [col([50, 20]), 0.9, 0.8], result: E('#NUM!') },
  ],
  portable: {
    doc: {
      'zh-CN': 'values 写成 { cell: "C5", range: "$C$5:$C$44" }（本行的单元格和整列）。整列公式应放上辅助单元格：portable.helpers(第一行的参数) 列出它们（每格的名称、公式、缓存值），写好后把地址作为 helpers: [...] 传给每一行；pareto 与 rank 的辅助格算出两个门槛值（pareto 用二分查找，约 2·log2(行数) 格），每行只和门槛比较，不再对整列求 SUMIF。不放辅助格时每行自己求 SUMIF（可另给 total：放着 SUMIF(整列,">0") 的单元格），结果相同但整列为 n² 次读取。界限为数字或单元格引用；方法为带引号的文字（"rank"）或单元格引用（须是 pareto/rank/score 或其中文别名）。并列按严格大于本值的合计/个数判断（与函数一致，只是不再把相差 1e-12 以内的数当作相等）。数字文本为 #VALUE!。',
      'en-US': 'values is { cell: "C5", range: "$C$5:$C$44" } (this row\'s cell and the whole column). A column of these formulas should place the helper cells: portable.helpers(the first row\'s arguments) lists them (label, formula and cached value of each); once written, pass their addresses to every row as helpers: [...]. For pareto and rank they compute two thresholds (pareto by a binary search, about 2·log2(rows) cells) and each row only compares its value with them instead of running SUMIF over the column. Without helpers each row runs its own SUMIF (optionally with total: a cell holding SUMIF(column,">0")): the same tiers, but n² cell reads for a column. Cuts are numbers or references; method a quoted literal ("rank") or a reference holding pareto/rank/score or an alias. Ties are judged by the sum/count of values strictly above this one (as the function does, except that values within 1e-12 are no longer taken as equal). Numeric text gives #VALUE!.',
    },
    formula: portable,
    helpers,
    // pareto with the helper cells (thresholds), as reports write it: LibreOffice 7.4 recalculates 5,000 rows in
    // 0.5–0.8 s and 10,000 within 2 s, 20,000 in about 3.2 s (loading, computing and saving each row's formula:
    // about linear); `npm run bench`, docs/benchmarks.md section 5. (The per-row SUMIF form took 3.7–4.7 s at 5,000.)
    maxRows: 10000,
  },
  checkSettings: checkCuts,
  compute: { population: grade },
  inputs: {
    corpusBase: [300, undefined, undefined, undefined],
    bench: (c) => [c.numbers('sales', 1e6)],
  },
});
