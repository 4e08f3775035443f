// VISITPLAN — monthly visit, call and message quotas per A/B/C tier (the seed's 客情维护 rules), plan editable.
import { msg } from '../i18n/messages';
import { asHostError, SheetError } from '../values/errors';
import { isBlank, quote, readNumber, textKey } from '../values/read';
import { cellAt, shapeOf, shapeText } from '../values/shape';
import type { HostArg } from '../values/types';
import { defineFunction, label } from './runner';
import { numLit, PORTABLE_ERROR, rangeSize, readArg, wordSetting } from './portable';
import { lookupWord, wordTable } from '../values/words';
import type { FunctionDef, ParamDef, PortableArg, Settings } from './types';

type Channel = 'visit' | 'phone' | 'message' | 'all';
export const CHANNELS: Readonly<Record<string, Channel>> = wordTable({
  visit: 'visit', 拜访: 'visit', 实地拜访: 'visit', 面对面拜访: 'visit',
  phone: 'phone', 电话: 'phone', 电话拜访: 'phone', call: 'phone',
  message: 'message', 短信: 'message', 信息: 'message', 微信: 'message', qq: 'message', 邮件: 'message', email: 'message',
  all: 'all', 全部: 'all',
});
const CHANNEL_COL: Record<Exclude<Channel, 'all'>, number> = { visit: 0, phone: 1, message: 2 };

/** The seed's monthly quotas: rows A, B, C; columns visit, phone, message. */
export const DEFAULT_PLAN: readonly (readonly number[])[] = [
  [8, 4, 4],
  [4, 2, 2],
  [1, 1, 1],
];

const TIER_WORDS: Readonly<Record<string, number>> = wordTable({ a: 0, b: 1, c: 2, 战略: 0, 重点: 1, 普通: 2 });
const TIER_RE = /^(a|b|c|战略|重点|普通)(?:类|级|门店|客户)*$/;

/** A tier cell → row 0/1/2 of the plan, or null when it is not a tier. */
export function tierIndex(s: string): number | null {
  const m = TIER_RE.exec(textKey(s));
  return m ? (lookupWord(TIER_WORDS, m[1]) ?? null) : null;
}

const TIER_P: ParamDef = {
  name: 'tier',
  label: { 'zh-CN': '等级', 'en-US': 'tier' },
  help: { 'zh-CN': '客户等级 A/B/C（如 A类门店、B级客户、战略/重点/普通）', 'en-US': 'Customer tier A/B/C (also A类门店, B级客户, 战略/重点/普通)' },
  kind: 'element',
  type: 'text',
  readCell: (v) => readTier(v),
};
const CHANNEL_P: ParamDef = {
  name: 'channel',
  label: { 'zh-CN': '方式', 'en-US': 'channel' },
  help: {
    'zh-CN': 'visit（拜访，默认）、phone（电话）、message（短信/微信/QQ/邮件）或 all（三项一行）',
    'en-US': 'visit (default), phone, message (text/WeChat/QQ/email) or all (a row of the three)',
  },
  kind: 'setting',
  type: 'text',
  optional: true,
  default: 'visit',
  words: CHANNELS,
  unknownWord: 'unknownChannel',
};
const PLAN_P: ParamDef = {
  name: 'plan',
  label: { 'zh-CN': '计划', 'en-US': 'plan' },
  help: {
    'zh-CN': '可选的 3×3 区域替代默认频次：行 A、B、C；列 拜访、电话、信息（默认 8/4/4、4/2/2、1/1/1）',
    'en-US': 'Optional 3×3 range replacing the default quotas: rows A, B, C; columns visit, phone, message (default 8/4/4, 4/2/2, 1/1/1)',
  },
  kind: 'setting',
  type: 'matrix',
  optional: true,
  readSetting: (v) => readPlan(v),
};
const PARAMS = [TIER_P, CHANNEL_P, PLAN_P];

function readPlan(v: HostArg): readonly (readonly number[])[] | SheetError {
  if (v === null || v === undefined || v === '') return DEFAULT_PLAN;
  const s = shapeOf(v, label(PLAN_P));
  if (s instanceof SheetError) return s;
  if (s.rows !== 3 || s.cols !== 3) return new SheetError('#VALUE!', msg('planShape', { shape: shapeText(s) }));
  const plan: number[][] = [];
  for (let r = 0; r < 3; r++) {
    const row: number[] = [];
    for (let c = 0; c < 3; c++) {
      const rd = readNumber(cellAt(v, s, r, c), false, label(PLAN_P));
      if (rd instanceof SheetError) return rd;
      row.push(rd ?? 0);
    }
    plan.push(row);
  }
  for (const row of plan) for (const x of row) if (x < 0) return new SheetError('#NUM!', msg('negative', { arg: label(PLAN_P), value: x }));
  return plan;
}

/** One tier cell → plan row index, null for blank, or an error. */
function readTier(v: unknown): number | null | SheetError {
  if (isBlank(v)) return null;
  const err = asHostError(v);
  if (err) return err;
  const idx = typeof v === 'string' ? tierIndex(v) : null;
  return idx ?? new SheetError('#VALUE!', msg('tierUnknown', { value: quote(v) }));
}

/**
 * The tier word as a plan row 1–3: spaces, width and the suffixes 类/级/门店/客户 ignored; a word that is no
 * tier is #VALUE!, which FIND gives when it finds nothing (Excel, LibreOffice, WPS and Sheets alike). The word
 * is written once, so a column of these formulas stays small.
 */
function portableTierRow(t: string): string {
  let x = `UPPER(${t})`;
  for (const [from, to] of [[' ', ''], ['Ａ', 'A'], ['Ｂ', 'B'], ['Ｃ', 'C'], ['ａ', 'A'], ['ｂ', 'B'], ['ｃ', 'C'], ['类', ''], ['级', ''], ['门店', ''], ['客户', '']])
    x = `SUBSTITUTE(${x},"${from}","${to}")`;
  // positions in "|A|战略|B|重点|C|普通|": 1 and 3 are A, 6 and 8 B, 11 and 13 C: INT((p+4)/5) is the row
  return `INT((FIND("|"&${x}&"|","|A|战略|B|重点|C|普通|")+4)/5)`;
}

function portable(args: PortableArg[]): string {
  const tier = readArg(args[0]);
  if (tier.kind === 'omitted') return '""';
  const t = tier.kind === 'ref' ? tier.ref : tier.kind === 'text' ? `"${tier.s.replace(/"/g, '""')}"` : numLit(tier.n);
  const channel = readArg(args[1]);
  if (channel.kind === 'text' && lookupWord(CHANNELS, channel.s.trim().toLowerCase()) === 'all')
    throw new Error('portableFormula: VISITPLAN with channel "all" is three elements: write one formula per channel (visit, phone, message)');
  const plan = readArg(args[2]);
  const wholeChecks: [string, string][] = [];
  let cellOf: (col: number) => string;
  if (plan.kind === 'omitted') cellOf = (col) => `CHOOSE(ROW_,${DEFAULT_PLAN.map((r) => r[col]).join(',')})`;
  else if (plan.kind === 'ref') {
    const size = rangeSize(plan.ref);
    if (size.rows !== 3 || size.cols !== 3) return PORTABLE_ERROR.value;
    wholeChecks.push([`COUNTA(${plan.ref})>COUNT(${plan.ref})`, PORTABLE_ERROR.value], [`COUNTIF(${plan.ref},"<0")>0`, PORTABLE_ERROR.num]);
    cellOf = (col) => `N(INDEX(${plan.ref},ROW_,${col + 1}))`;
  } else return PORTABLE_ERROR.value;
  const row = portableTierRow(t);
  const value = (col: number) => `IF(${t}="","",${cellOf(col).replace('ROW_', () => row)})`;
  const body = wordSetting(channel, CHANNELS, 'visit', { visit: value(0), phone: value(1), message: value(2) }, PORTABLE_ERROR.value);
  return wholeChecks.reduceRight((inner, [test, err]) => `IF(${test},${err},${inner})`, body);
}

/** The call's state: the plan and the plan column of the channel (-1: all three, one per result column). */
interface PlanState extends Settings {
  plan: readonly (readonly number[])[];
  col: number;
}

function quota(v: number[], state: Settings, j: number): number {
  const s = state as PlanState;
  return s.plan[v[0]][s.col < 0 ? j : s.col];
}

export const VISITPLAN_DEF: FunctionDef = defineFunction({
  name: 'VISITPLAN',
  order: 70,
  title: { 'zh-CN': '分级拜访频次', 'en-US': 'Visit plan by tier' },
  description: {
    'zh-CN': '每月拜访频次：A 类 拜访 8、电话 4、信息 4；B 类 4、2、2；C 类 1、1、1（可用 plan 替换）。channel 为 all 时每行返回三项。',
    'en-US': 'Monthly contact quotas: A visits 8, calls 4, messages 4; B 4, 2, 2; C 1, 1, 1 (replace with plan). With channel "all" each row returns the three.',
  },
  params: PARAMS,
  result: { dimensionality: 'matrix', help: { 'zh-CN': '每月次数', 'en-US': 'Contacts per month' } },
  examples: [
    { args: ['A'], result: 8 },
    { args: ['b', 'phone'], result: 2 },
    { args: ['C类', 'message'], result: 1 },
    { args: ['重点', 'all'], result: [[4, 2, 2]] },
    { args: ['战略客户'], result: 8 },
    { args: ['A', 'all', [[10, 5, 5], [5, 3, 3], [2, 1, 1]]], result: [[10, 5, 5]] },
    { args: ['#N/A'], result: { error: '#N/A' } },
    { args: ['D'], result: { error: '#VALUE!' } },
    { args: ['A', 'fax'], result: { error: '#VALUE!' } },
  ],
  portable: {
    doc: {
      'zh-CN': '等级为单元格引用（A/B/C、A类门店、重点客户……）；方式为带引号的文字（"phone"）或单元格引用，每个公式一种方式（all 要写三个公式）；plan 为 3×3 区域或省略（种子的 8/4/4、4/2/2、1/1/1）。',
      'en-US': 'tier is a cell reference (A/B/C, A类门店, 重点客户…); channel a quoted literal ("phone") or a reference, one channel per formula ("all" is three formulas); plan a 3×3 range or omitted (the seed\'s 8/4/4, 4/2/2, 1/1/1).',
    },
    formula: portable,
  },
  checkSettings: (s, shape) => (s.channel === 'all' && shape.cols !== 1 ? new SheetError('#VALUE!', msg('allNeedsColumn', { shape: shapeText(shape) })) : null),
  width: (s) => (s.channel === 'all' ? 3 : 1),
  prepare: (s): PlanState => ({ plan: s.plan as PlanState['plan'], col: s.channel === 'all' ? -1 : CHANNEL_COL[s.channel as Exclude<Channel, 'all'>] }),
  compute: { element: quota },
  inputs: {
    corpusBase: ['A', undefined, undefined],
    bench: (c) => [c.words('tier', ['A', 'B', 'C', 'A类', 'B级客户', 'c', ''])],
  },
});
