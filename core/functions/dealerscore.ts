// DEALERSCORE — the 批发商评估表: growth and target items scored 100/80/60 plus rated items, weighted mean 0–100.
import { msg } from '../i18n/messages';
import { eps, gt, ge } from '../values/compare';
import { SheetError } from '../values/errors';
import type { HostArg } from '../values/types';
import { GRADE_WORDS, readRating } from './grades';
import { defineFunction, label } from './runner';
import { readWeightList } from './weights';
import { all, any, blankOf, numLit, numOf, PORTABLE_ERROR, rangeCells, readArg, when } from './portable';
import type { FunctionDef, ParamDef, PortableArg, Settings } from './types';

const amount = (name: string, zh: string, helpZh: string, helpEn: string): ParamDef => ({
  name,
  label: { 'zh-CN': zh, 'en-US': name },
  help: { 'zh-CN': helpZh, 'en-US': helpEn },
  kind: 'element',
  type: 'number',
  blank: 'zero',
  check: 'nonNegative',
  shape: 'column',
});

const SALES = amount('sales', '今年销售', '今年销售额（一列，每个经销商一行）', "This year's sales (one column, a row per dealer)");
const LAST_YEAR = amount('last_year_sales', '去年销售', '去年销售额；空白或 0（新客户）时不计第 1 项', "Last year's sales; blank or 0 (a new dealer) skips item 1");
const TARGET = amount('target', '今年指标', '今年销售指标；空白或 0 时不计第 2 项', "This year's target; blank or 0 skips item 2");
const RATINGS: ParamDef = {
  name: 'ratings',
  label: { 'zh-CN': '评分', 'en-US': 'ratings' },
  help: {
    'zh-CN': '其他评分项（每个经销商一行、任意列）：优秀/良好/中等/中下、A–D 或 0–100 分；空白不计',
    'en-US': 'Other rated items (a row per dealer, any number of columns): 优秀/良好/中等/中下, A–D, excellent/good/fair/poor or 0–100; blank is skipped',
  },
  kind: 'element',
  type: 'text',
  optional: true,
  shape: 'items',
  shapeMessage: 'ratingsShape',
  blank: 'skip',
  readCell: (v) => readRating(v, label(RATINGS)),
  check: { min: 0, max: 100, message: 'gradeRange' },
};
const WEIGHTS: ParamDef = {
  name: 'weights',
  label: { 'zh-CN': '权重', 'en-US': 'weights' },
  help: {
    'zh-CN': '权重：一行 2+k 个（第 1、2 项和各评分项），或一个值（等权）；默认全为 1',
    'en-US': 'Weights: one row of 2+k (items 1, 2, then each rated item), or one value (equal); default all 1',
  },
  kind: 'setting',
  type: 'matrix',
  optional: true,
  readSetting: (v, ctx) => readWeights(v, ctx.items('ratings')),
};
const PARAMS = [SALES, LAST_YEAR, TARGET, RATINGS, WEIGHTS];

/** Item 1 and 2 bands: above `hi` → 100; `lo`…`hi` → 80; below `lo` → 60. */
export function bandScore(ratio: number, lo: number, hi: number): number {
  return gt(ratio, hi) ? 100 : ge(ratio, lo) ? 80 : 60;
}

function readWeights(v: HostArg, k: number): number[] | SheetError {
  const expected = 2 + k;
  return readWeightList(v, expected, label(WEIGHTS), (got) => new SheetError('#VALUE!', msg('weightsLength', { expected, k, got })));
}

/** One dealer's score: v is [sales, last year, target, rating points… (NaN: skipped)]; the weights are a setting. */
function score(v: number[], state: Settings): number | SheetError {
  const weights = state.weights as number[];
  const sales = v[0];
  const lastYear = v[1];
  const target = v[2];
  let sum = 0;
  let wsum = 0;
  if (lastYear > 0) {
    sum += weights[0] * bandScore(sales / lastYear, 0.95, 1.1);
    wsum += weights[0];
  }
  if (target > 0) {
    sum += weights[1] * bandScore(sales / target, 0.85, 1.0);
    wsum += weights[1];
  }
  for (let j = 3; j < v.length; j++) {
    const p = v[j];
    if (p === p) {
      sum += weights[j - 1] * p;
      wsum += weights[j - 1];
    }
  }
  if (wsum === 0) return new SheetError('#N/A', msg('nothingToScore'));
  return sum / wsum;
}

/** One row's score as a native formula: items 1–2 from the amounts, then numeric rating points, weighted. */
function portable(args: PortableArg[]): string {
  const amounts = [0, 1, 2].map((i) => readArg(args[i]));
  const [S, LY, T] = amounts.map((a) => numOf(a, '0'));
  const ratingsArg = readArg(args[3]);
  const ratings = ratingsArg.kind === 'ref' ? rangeCells(ratingsArg.ref) : ratingsArg.kind === 'number' ? [numLit(ratingsArg.n)] : [];
  const k = ratings.length;
  const w = readArg(args[4]);
  let weights: string[];
  const wholeChecks: string[] = [];
  // a one-cell range is one value (equal weights), as in the function
  if (w.kind === 'ref' && w.ref.includes(':') && rangeCells(w.ref).length > 1) {
    const cells = rangeCells(w.ref);
    if (cells.length !== 2 + k) return PORTABLE_ERROR.value;
    weights = cells.map((c) => `IF(${c}="",1,${c})`);
    wholeChecks.push(`MIN(${w.ref})<0`);
  } else {
    const one = numOf(w, '1');
    weights = new Array(2 + k).fill(one);
    if (w.kind === 'ref' || w.kind === 'number') wholeChecks.push(`${one}<0`);
  }
  // sales/base > hi is written sales > (hi + ε)·base: a tiny base would overflow the quotient (#NUM! in a
  // spreadsheet, where the function's quotient is Infinity and scores 100)
  const band = (base: string, lo: number, hi: number) => `IF(${S}>${numLit(hi + eps(hi))}*${base},100,IF(${S}>=${numLit(lo - eps(lo))}*${base},80,60))`;
  const items = [
    { use: `${LY}>0`, points: band(LY, 0.95, 1.1) },
    { use: `${T}>0`, points: band(T, 0.85, 1) },
    ...ratings.map((r) => ({ use: `${r}<>""`, points: r })),
  ];
  const sum = items.map((it, i) => `IF(${it.use},${weights[i]}*${it.points},0)`).join('+');
  const wsum = items.map((it, i) => `IF(${it.use},${weights[i]},0)`).join('+');
  const domain = [`${S}<0`, `${LY}<0`, `${T}<0`, ...ratings.map((r) => `OR(${r}<0,${r}>100)`)];
  const row = when(all(amounts.map(blankOf)), '""', when(any(domain), PORTABLE_ERROR.num, `IF((${wsum})=0,${PORTABLE_ERROR.na},(${sum})/(${wsum}))`));
  return when(any(wholeChecks), PORTABLE_ERROR.num, row);
}

export const DEALERSCORE_DEF: FunctionDef = defineFunction({
  name: 'DEALERSCORE',
  order: 40,
  title: { 'zh-CN': '批发商评估得分', 'en-US': 'Dealer evaluation score' },
  description: {
    'zh-CN':
      '批发商评估表得分（0–100，加权平均）：第 1 项 今年较去年 >110% 100 分、95%–110% 80 分、<95% 60 分；第 2 项 完成指标 >100% 100、85%–100% 80、<85% 60；其余为评分项。#NUM!：负数或评分超出 0–100。',
    'en-US':
      'Dealer evaluation score (0–100, weighted mean): item 1 growth on last year >110% 100, 95–110% 80, <95% 60; item 2 sales vs target >100% 100, 85–100% 80, <85% 60; then the rated items. #NUM!: a negative amount or a rating outside 0–100.',
  },
  params: PARAMS,
  result: { dimensionality: 'matrix', help: { 'zh-CN': '得分（每个经销商一行）', 'en-US': 'Score (a row per dealer)' } },
  examples: [
    { args: [120, 100, 110, [['良好', '优秀', '中等', '中下', '良好', '良好', '优秀', '中等']], undefined], result: 80 },
    { args: [100, 100, 100, undefined, undefined], result: 80 },
    { args: [94, 100, 120, undefined, undefined], result: 60 },
    { args: [111, 100, 120, [['A', 'B']], [[2, 1, 1, 1]]], result: 92 },
    { args: [50, 0, undefined, '优', undefined], result: 100 },
    { args: [100, 100, 100, 'A', [[1, 1]]], result: { error: '#VALUE!' } },
    { args: [100, 100, 100, 120, undefined], result: { error: '#NUM!' } },
  ],
  portable: {
    doc: {
      'zh-CN': '今年销售、去年销售、今年指标为单元格引用或数字；ratings 为该行各评分项的分数区域（如 F5:M5，0–100 或空白；报表先在辅助列把 优秀/良好/中等/中下 换成分数）；weights 为 2+k 个单元格的区域、一个数或省略。文本评分为 #VALUE!。',
      'en-US': 'sales, last_year_sales and target are cell references or numbers; ratings is the row of item points (e.g. F5:M5, 0–100 or blank: reports first turn 优秀/良好/中等/中下 into points in helper columns); weights is a range of 2+k cells, one number, or omitted. Text ratings give #VALUE!.',
    },
    formula: portable,
  },
  blankRule: 'all',
  compute: { element: score },
  inputs: {
    corpusBase: [120, 100, 110, undefined, undefined],
    bench: (c) => [c.numbers('sales', 1e6), c.numbers('last_year_sales', 1e6), c.numbers('target', 1e6), c.matrix('ratings', 8, [...GRADE_WORDS, 'A', 'B', ''])],
  },
});
