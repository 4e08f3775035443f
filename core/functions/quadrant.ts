// QUADRANT — the customer strategy quadrant from the customer's market share and our share in the customer.
import { msg } from '../i18n/messages';
import { ge, gt, lt } from '../values/compare';
import { defineFunction, label } from './runner';
import { numLit, PORTABLE_ERROR, population, readArg, strLit, wordSetting } from './portable';
import { wordTable } from '../values/words';
import type { FunctionDef, ParamDef, PortableArg, ReadContext, Settings } from './types';

type Format = 'zh' | 'en' | 'number';
const FORMATS: Readonly<Record<string, Format>> = wordTable({ zh: 'zh', 中文: 'zh', 'zh-cn': 'zh', en: 'en', english: 'en', 英文: 'en', 'en-us': 'en', number: 'number', 数字: 'number', 编号: 'number' });

/** Strategy per quadrant 1–4, as the seed names them. */
export const STRATEGIES: Record<1 | 2 | 3 | 4, { zh: string; en: string }> = {
  1: { zh: '保持并扩大优势', en: 'Keep and extend the lead' },
  2: { zh: '急需改进', en: 'Improve urgently' },
  3: { zh: '一般改进', en: 'Improve steadily' },
  4: { zh: '保持优势', en: 'Hold the lead' },
};

const inUnit = (x: number) => ge(x, 0) && !gt(x, 1);

const share = (name: string, zh: string, helpZh: string, helpEn: string): ParamDef => ({
  name,
  label: { 'zh-CN': zh, 'en-US': name },
  help: { 'zh-CN': helpZh, 'en-US': helpEn },
  kind: 'population',
  type: 'number',
  ratio: true,
  // one blank share of a non-blank customer counts as 0
  blank: 'zero',
  check: (x) => (inUnit(x) ? null : msg('shareRange', { arg: { 'zh-CN': zh, 'en-US': name }, value: x })),
});

/**
 * The default cut: the mean of the column's values that read as numbers within 0–100% (errors, text,
 * blanks and values out of range left out); with none there is nothing to compare, and 0.5 stands in.
 */
const meanOf = (of: string) => (ctx: ReadContext) => {
  const { x, ok } = ctx.column(of);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < x.length; i++) {
    if (ok(i) && inUnit(x[i])) {
      sum += x[i];
      count++;
    }
  }
  return count > 0 ? sum / count : 0.5;
};

const cut = (name: string, zh: string, of: string, ofEn: string, column: string): ParamDef => ({
  name,
  label: { 'zh-CN': zh, 'en-US': name },
  help: { 'zh-CN': `${of}的高低界限（≥ 为高），默认为该列的平均值`, 'en-US': `Cut for ${ofEn} (≥ is high); default: the mean of that column` },
  kind: 'setting',
  type: 'number',
  ratio: true,
  optional: true,
  default: meanOf(column),
  check: (x) => (inUnit(x) ? null : msg('cutRange', { arg: { 'zh-CN': zh, 'en-US': name }, value: x })),
});

const CUSTOMER = share('customer_share', '客户市场占有率', '客户在当地市场的占有率（0–100%）', "The customer's share of its local market (0–100%)");
const OURS = share('our_share', '我方占有率', '我方品牌在该客户销售中的占比（0–100%）', "Our brand's share of the customer's sales (0–100%)");
const CUSTOMER_CUT = cut('customer_cut', '客户占有率界限', '客户市场占有率', 'customer_share', 'customer_share');
const OUR_CUT = cut('our_cut', '我方占有率界限', '我方占有率', 'our_share', 'our_share');
const FORMAT: ParamDef = {
  name: 'format',
  label: { 'zh-CN': '格式', 'en-US': 'format' },
  help: { 'zh-CN': 'zh（中文策略，默认）、en（英文策略）或 number（象限 1–4）', 'en-US': 'zh (strategy in Chinese, default), en (in English) or number (quadrant 1–4)' },
  kind: 'setting',
  type: 'text',
  optional: true,
  default: 'zh',
  words: FORMATS,
  unknownWord: 'unknownFormat',
};
const PARAMS = [CUSTOMER, OURS, CUSTOMER_CUT, OUR_CUT, FORMAT];

/** One customer's quadrant as a native formula; default cuts are the mean of the column's shares within 0–100%. */
function portable(args: PortableArg[]): string {
  const shares = [population(args[0]), population(args[1])];
  const wholeChecks: string[] = [];
  const cuts: string[] = [];
  for (let j = 0; j < 2; j++) {
    const r = shares[j].range;
    const mean = `IF(COUNTIFS(${r},">=0",${r},"<=1")=0,0.5,AVERAGEIFS(${r},${r},">=0",${r},"<=1"))`;
    const c = readArg(args[2 + j]);
    if (c.kind === 'omitted') cuts.push(mean);
    else if (c.kind === 'text') return PORTABLE_ERROR.value;
    else if (c.kind === 'number') {
      if (!inUnit(c.n)) return PORTABLE_ERROR.num;
      cuts.push(numLit(c.n));
    } else {
      cuts.push(`IF(${c.ref}="",${mean},${c.ref})`);
      wholeChecks.push(`AND(${c.ref}<>"",OR(${c.ref}<-1E-12,${c.ref}>1+1E-12))`);
    }
  }
  const [A, B] = shares.map((s) => `IF(${s.cell}="",0,${s.cell})`);
  const outside = (x: string) => `OR(${x}<-1E-12,${x}>1+1E-12)`;
  // share ≥ cut within ε(cut) = 1e-12 × max(1, |cut|), which is 1e-12 for every cut that is used (cuts outside
  // 0–100% are #NUM!): a constant keeps the column mean from being written out twice more per comparison
  const high = (x: string, cut: string) => `${x}>=${cut}-1E-12`;
  const quadrant = (labels: [string, string, string, string]) =>
    `IF(${high(A, cuts[0])},IF(${high(B, cuts[1])},${labels[0]},${labels[1]}),IF(${high(B, cuts[1])},${labels[3]},${labels[2]}))`;
  const text = (lang: 'zh' | 'en') => quadrant([1, 2, 3, 4].map((q) => strLit(STRATEGIES[q as 1 | 2 | 3 | 4][lang])) as [string, string, string, string]);
  const element = (labels: string) =>
    `IF(AND(${shares[0].cell}="",${shares[1].cell}=""),"",IF(OR(${outside(A)},${outside(B)}),${PORTABLE_ERROR.num},${labels}))`;
  const body = wordSetting(readArg(args[4]), FORMATS, 'zh', { zh: element(text('zh')), en: element(text('en')), number: element(quadrant(['1', '2', '3', '4'])) }, PORTABLE_ERROR.value);
  return wholeChecks.length ? `IF(OR(${wholeChecks.join(',')}),${PORTABLE_ERROR.num},${body})` : body;
}

/** One customer's quadrant (1–4) or strategy: high means ≥ the cut. */
function quadrantOf(v: number[], s: Settings): number | string {
  const customerHigh = !lt(v[0], s.customer_cut as number);
  const ourHigh = !lt(v[1], s.our_cut as number);
  const q = customerHigh ? (ourHigh ? 1 : 2) : ourHigh ? 4 : 3;
  const format = s.format as Format;
  return format === 'number' ? q : STRATEGIES[q][format];
}

const col = (xs: (number | string)[]) => xs.map((x) => [x]);

export const QUADRANT_DEF: FunctionDef = defineFunction({
  name: 'QUADRANT',
  order: 60,
  title: { 'zh-CN': '客户发展策略象限', 'en-US': 'Customer strategy quadrant' },
  description: {
    'zh-CN':
      '客户发展策略象限：客户市场占有率高、我方占有率高 → 1 保持并扩大优势；高、低 → 2 急需改进；低、低 → 3 一般改进；低、高 → 4 保持优势。界限默认取平均值。#NUM!：占有率或界限超出 0–100%。',
    'en-US':
      'Customer strategy quadrant: customer share high and our share high → 1 keep and extend the lead; high, low → 2 improve urgently; low, low → 3 improve steadily; low, high → 4 hold the lead. Cuts default to the mean. #NUM!: a share or cut outside 0–100%.',
  },
  params: PARAMS,
  result: { dimensionality: 'matrix', help: { 'zh-CN': '策略或象限编号（与占有率同形）', 'en-US': 'Strategy or quadrant number (same shape as the shares)' } },
  examples: [
    { args: [col(['40%', '30%', '10%', '20%']), col(['50%', '10%', '10%', '60%']), undefined, undefined, 'number'], result: col([1, 2, 3, 4]) },
    { args: [col(['40%', '30%', '10%', '20%']), col(['50%', '10%', '10%', '60%'])], result: col(['保持并扩大优势', '急需改进', '一般改进', '保持优势']) },
    { args: [col([0.1, 0.2, 0.3]), col([0.5, 0.5, 0.5]), undefined, undefined, 'number'], result: col([4, 1, 1]) },
    { args: [0.3, 0.1, 0.2, 0.2, 'en'], result: 'Improve urgently' },
    { args: [1.5, 0.5, 0.2, 0.2, 'number'], result: { error: '#NUM!' } },
  ],
  portable: {
    doc: {
      'zh-CN': '两个占有率各写成 { cell, range }（本行的单元格和整列）；界限为数字、单元格引用或省略（默认为该列 0–100% 之内数值的平均）；格式为带引号的文字（"number"）或单元格引用。数字文本为 #VALUE!。',
      'en-US': 'Each share is { cell, range } (this row\'s cell and the whole column); cuts are numbers, references or omitted (the mean of the column\'s values within 0–100%); format a quoted literal ("number") or a reference. Numeric text gives #VALUE!.',
    },
    formula: portable,
  },
  blankRule: 'all',
  compute: { element: quadrantOf },
  inputs: {
    corpusBase: [0.4, 0.5, undefined, undefined, 'number'],
    bench: (c) => [c.numbers('customer_share', 1), c.numbers('our_share', 1), null, null, 'number'],
  },
});
