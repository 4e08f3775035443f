// SCORECARD — any scorecard of rated items (the 经销商选择 standards, a user's own): DEALERSCORE's scale, weighted mean 0–100.
import { msg } from '../i18n/messages';
import { SheetError } from '../values/errors';
import type { HostArg } from '../values/types';
import { GRADE_POINTS, GRADE_WORDS, readRating } from './grades';
import { defineFunction, label } from './runner';
import { readWeightList } from './weights';
import { all, any, numLit, numOf, PORTABLE_ERROR, rangeCells, rangeSize, readArg, strLit, when, type ReadArg } from './portable';
import type { FunctionDef, ParamDef, PortableArg, Settings } from './types';

const RATINGS: ParamDef = {
  name: 'ratings',
  label: { 'zh-CN': '评分', 'en-US': 'ratings' },
  help: {
    'zh-CN': '评分项（每个对象一行、每项一列）：优秀/良好/中等/中下、A–D 或 0–100 分；空白不计，整行空白结果为空',
    'en-US': 'Rated items (a row per candidate, a column per item): 优秀/良好/中等/中下, A–D, excellent/good/fair/poor or 0–100; a blank is skipped, an all-blank row gives blank',
  },
  kind: 'element',
  type: 'text',
  shape: 'items',
  blank: 'skip',
  readCell: (v) => readRating(v, label(RATINGS)),
  check: { min: 0, max: 100, message: 'gradeRange' },
};
const WEIGHTS: ParamDef = {
  name: 'weights',
  label: { 'zh-CN': '权重', 'en-US': 'weights' },
  help: {
    'zh-CN': '权重：一行或一列，每个评分项一个；或一个值（等权）；默认全为 1，空白权重按 1',
    'en-US': 'Weights: one row or one column, one per rated item, or one value (equal); default all 1, a blank weight is 1',
  },
  kind: 'setting',
  type: 'matrix',
  optional: true,
  readSetting: (v, ctx) => readWeights(v, ctx.items('ratings')),
};

/** k weights from a row, a column or one value (a whole-result error otherwise), as DEALERSCORE reads its own. */
function readWeights(v: HostArg, k: number): number[] | SheetError {
  return readWeightList(v, k, label(WEIGHTS), (got) => new SheetError('#VALUE!', msg('scorecardWeightsLength', { expected: k, got })));
}

/** One row's score: v holds the item points (NaN: a blank item, skipped); Σ w·points / Σ w over the rated items. */
function score(v: number[], state: Settings): number | SheetError {
  const weights = state.weights as number[];
  let sum = 0;
  let wsum = 0;
  for (let j = 0; j < v.length; j++) {
    const p = v[j];
    if (p === p) {
      sum += weights[j] * p;
      wsum += weights[j];
    }
  }
  if (wsum === 0) return new SheetError('#N/A', msg('scorecardNothing'));
  return sum / wsum;
}

/**
 * The grade words a portable formula reads, as one "|"-separated text grouped by points (best first): a cell's word
 * is found with FIND("|"&LOWER(cell)&"|", …) (no wildcards; not found is #VALUE! in every engine) and its points
 * with LOOKUP on where its group starts. Shorter than a MATCH over an array of the words, written once per item.
 */
const PORTABLE_GROUPS = (() => {
  const byPoints = new Map<number, string[]>();
  for (const [w, p] of Object.entries(GRADE_POINTS)) byPoints.set(p, [...(byPoints.get(p) ?? []), w]);
  const groups = [...byPoints].sort((a, b) => b[0] - a[0]);
  const words = groups.flatMap(([, ws]) => ws);
  const text = `|${words.join('|')}|`;
  return { words, text, starts: groups.map(([, ws]) => text.indexOf(`|${ws[0]}|`) + 1), points: groups.map(([p]) => p) };
})();
/** The words the portable form reads as grades, as typed (any case): the grade table's keys. */
export const PORTABLE_GRADE_WORDS: readonly string[] = PORTABLE_GROUPS.words;

const WORDS_TEXT = strLit(PORTABLE_GROUPS.text);
const STARTS = `{${PORTABLE_GROUPS.starts.join(',')}}`;
const POINTS = `{${PORTABLE_GROUPS.points.join(',')}}`;

/** One rating cell as points: blank → 0 (its weight is left out too), a number as it is, a grade word → its points, other text → #VALUE!. */
function cellPoints(c: string): string {
  // an error in the cell itself passes through c=""
  return `IF(${c}="",0,IF(ISTEXT(${c}),LOOKUP(FIND("|"&LOWER(${c})&"|",${WORDS_TEXT}),${STARTS},${POINTS}),${c}))`;
}

/** An item of the formula: a cell, or a literal read at generation as the function reads it. */
interface Item {
  /** the tests that the item is blank and that it is not */
  blank: string;
  filled: string;
  points: string;
  /** a literal outside 0–100 */
  outOfRange: boolean;
}

function literalItem(a: ReadArg & { kind: 'number' | 'text' }): Item {
  const r = readRating(a.kind === 'number' ? a.n : a.s, label(RATINGS));
  if (r === null) return { blank: 'TRUE', filled: 'FALSE', points: '0', outOfRange: false };
  const points = r instanceof SheetError ? (r.code === '#NUM!' ? PORTABLE_ERROR.num : r.code === '#N/A' ? PORTABLE_ERROR.na : PORTABLE_ERROR.value) : numLit(r);
  return { blank: 'FALSE', filled: 'TRUE', points, outOfRange: typeof r === 'number' && (r < 0 || r > 100) };
}

const sameSize = (a: string, b: string) => {
  const x = rangeSize(a);
  const y = rangeSize(b);
  return x.rows === y.rows && x.cols === y.cols;
};

/** One row's score as a native formula: the item points weighted; blank row → ""; reading errors, then #NUM!, then #N/A. */
function portable(args: PortableArg[]): string {
  const ratings = readArg(args[0]);
  if (ratings.kind === 'omitted') return '""';
  const R = ratings.kind === 'ref' ? ratings.ref : null;
  const cells = R ? rangeCells(R) : [];
  const items: Item[] = R ? cells.map((c) => ({ blank: `${c}=""`, filled: `(${c}<>"")`, points: cellPoints(c), outOfRange: false })) : [literalItem(ratings as ReadArg & { kind: 'number' | 'text' })];
  const k = items.length;
  // how many items are rated, over a range (the blank test too)
  const rated = R && k > 1 ? `SUMPRODUCT(--(${R}<>""))` : null;
  // the weights: a range of k cells (row or column), one value, or omitted; their own checks are whole-result
  const w = readArg(args[1]);
  let weights: string[];
  let den: string;
  let whole = (row: string) => row;
  if (w.kind === 'ref' && rangeCells(w.ref).length > 1) {
    const W = w.ref;
    const wc = rangeCells(W);
    const size = rangeSize(W);
    if (wc.length !== k || (size.rows > 1 && size.cols > 1)) return PORTABLE_ERROR.value;
    weights = wc.map((c) => `IF(${c}="",1,${c})`);
    // a blank weight is 1: (W="")+W is 1 there and W elsewhere; a range of the ratings' shape multiplies cell by cell
    den = R && sameSize(R, W) ? `SUMPRODUCT((${R}<>"")*((${W}="")+${W}))` : items.map((it, j) => (it.filled === 'TRUE' ? weights[j] : `${it.filled}*${weights[j]}`)).join('+');
    // an error cell passes through SUM, text is #VALUE!, a negative weight #NUM!: for every row, blank ones too
    whole = (row) => `IF(COUNTA(${W})>COUNT(${W}),SUM(${W})+${PORTABLE_ERROR.value},IF(MIN(${W})<0,${PORTABLE_ERROR.num},${row}))`;
  } else {
    const one = numOf(w, '1');
    if (w.kind === 'number' && w.n < 0) return PORTABLE_ERROR.num;
    weights = new Array(k).fill(one);
    const count = rated ?? (items[0].filled === 'TRUE' ? '1' : items[0].filled === 'FALSE' ? '0' : `${items[0].filled}*1`);
    den = one === '1' ? count : `${one}*${count}`;
    if (w.kind === 'ref') whole = (row) => `IF(${one}<0,${PORTABLE_ERROR.num},${row})`;
  }
  const times = (wt: string, x: string) => (wt === '1' ? x : `${wt}*${x}`);
  const num = items.map((it, j) => times(weights[j], it.points)).join('+');
  // numbers outside 0–100 (MIN and MAX skip text and blanks); a word is always inside
  const domain = any([...(R ? [`MIN(${R})<0`, `MAX(${R})>100`] : []), ...items.map((it) => (it.outOfRange ? 'TRUE' : 'FALSE'))]);
  // (num)/… evaluates the points first, so a reading error wins over #NUM! and #N/A, as in the function
  const divisor = when(domain, PORTABLE_ERROR.num, `IF((${den})=0,${PORTABLE_ERROR.na},${den})`);
  const blank = rated ? `${rated}=0` : all(items.map((it) => it.blank));
  return whole(when(blank, '""', `(${num})/${divisor}`));
}

export const SCORECARD_DEF: FunctionDef = defineFunction({
  name: 'SCORECARD',
  order: 45,
  title: { 'zh-CN': '评分卡得分', 'en-US': 'Scorecard score' },
  description: {
    'zh-CN':
      '评分卡得分（0–100，加权平均）：每行若干评分项，评分标准与 DEALERSCORE 相同（优秀 100、良好 80、中等 60、中下 40，A–D 同，或直接填 0–100 分），空白项不计。用于经销商选择评估和自定义评分表。#NUM!：评分超出 0–100 或权重为负。',
    'en-US':
      'Scorecard score (0–100, weighted mean): any number of rated items per row, on DEALERSCORE’s scale (优秀 100, 良好 80, 中等 60, 中下 40, A–D alike, or a score 0–100); blank items are skipped. For dealer selection and your own scorecards. #NUM!: a rating outside 0–100 or a negative weight.',
  },
  params: [RATINGS, WEIGHTS],
  result: { dimensionality: 'matrix', help: { 'zh-CN': '得分（每行一个；只有一行时为一个值）', 'en-US': 'Score (one per row; a single row gives one value)' } },
  examples: [
    { args: [[['良好', '优秀', '中等']], undefined], result: 80 },
    { args: [[['A', 'B', 'C'], ['中下', '', 100]], [[2, 1, 1]]], result: [[85], [60]] },
    { args: [[['优秀', '中等']], [[3], [1]]], result: 90 },
    { args: [[['', ''], [85, '良好']], undefined], result: [[''], [82.5]] },
    { args: ['excellent', undefined], result: 100 },
    { args: [[['好', 120]], undefined], result: { error: '#VALUE!' } },
    { args: [[[120, 'A']], undefined], result: { error: '#NUM!' } },
    { args: [[['A', 'B']], [[1, 2, 3]]], result: { error: '#VALUE!' } },
    { args: [[['A', '']], [[0, 1]]], result: { error: '#N/A' } },
  ],
  portable: {
    doc: {
      'zh-CN':
        'ratings 为该行评分项的区域（如 C5:H5）或一个值：空白、0–100 的数字或评分词（优秀/良好/中等/中下、A–D 等，不分大小写）；weights 为 k 个单元格的一行或一列、一个数或省略。与函数不同：全角字母或带空格的评分词、以文本存储的数字为 #VALUE!；含“|”的评分可能被当作评分词。',
      'en-US':
        'ratings is the row of the items (e.g. C5:H5) or one value: blanks, numbers 0–100 or grade words (优秀/良好/中等/中下, A–D, …, any case); weights is a row or a column of k cells, one number, or omitted. Unlike the function: full-width or padded grade words and numbers stored as text give #VALUE!; a rating holding “|” may read as a grade.',
    },
    formula: portable,
  },
  compute: { element: score },
  inputs: {
    corpusBase: [[['良好', '优秀']], undefined],
    bench: (c) => [c.matrix('ratings', 6, [...GRADE_WORDS, 'A', 'B', '']), [[3, 2, 1, 1, 2, 1]]],
  },
});
