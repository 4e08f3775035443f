// SAFETYSTOCKSL — service-level safety stock: z × sqrt(L·σd² + μd²·σL²), z = Φ⁻¹(service level).
import { msg } from '../i18n/messages';
import { ge } from '../values/compare';
import { defineFunction } from './runner';
import { normSInv } from './normsinv';
import { all, any, blankOf, geF, numOf, PORTABLE_ERROR, readArg, when } from './portable';
import type { FunctionDef, ParamDef, PortableArg, Settings } from './types';

function serviceLevelCheck(x: number) {
  if (ge(x, 0.5) && !ge(x, 1)) return null;
  // 95 typed for 95%: say so
  return x >= 50 && x < 100 ? msg('serviceLevelPercentHint', { value: x }) : msg('serviceLevelRange', { value: x });
}

const num = (name: string, zh: string, en: string, helpZh: string, helpEn: string, optional = false): ParamDef => ({
  name,
  label: { 'zh-CN': zh, 'en-US': en },
  help: { 'zh-CN': helpZh, 'en-US': helpEn },
  kind: 'element',
  type: 'number',
  blank: 'zero',
  check: 'nonNegative',
  ...(optional ? { optional: true, default: 0 } : {}),
});

const PARAMS: ParamDef[] = [
  {
    name: 'service_level',
    label: { 'zh-CN': '服务水平', 'en-US': 'service_level' },
    help: { 'zh-CN': '服务水平（不缺货的概率），如 0.95 或 95%', 'en-US': 'Service level (chance of no stock-out), e.g. 0.95 or 95%' },
    kind: 'element',
    type: 'number',
    ratio: true,
    blank: 'zero',
    check: serviceLevelCheck,
  },
  num('demand_sd', '需求标准差', 'demand_sd', '每期需求的标准差', 'Standard deviation of demand per period'),
  num('lead_time', '补货周期', 'lead_time', '补货提前期（与需求同一期间单位）', 'Lead time, in the same periods as demand'),
  num('demand_mean', '平均需求', 'demand_mean', '每期平均需求，默认 0', 'Mean demand per period, default 0', true),
  num('lead_time_sd', '补货周期标准差', 'lead_time_sd', '提前期的标准差，默认 0', 'Standard deviation of the lead time, default 0', true),
];

/** The call's memo: a column usually shares one service level, so the last z is kept (for this call only). */
interface ZMemo extends Settings {
  p: number;
  z: number;
}

function compute(v: number[], state: Settings): number {
  const memo = state as ZMemo;
  if (v[0] !== memo.p) {
    memo.p = v[0];
    memo.z = normSInv(v[0]);
  }
  const z = memo.z;
  const sd = v[1];
  const mean = v[3];
  const ltsd = v[4];
  const ss = (z > 0 ? z : 0) * Math.sqrt(v[2] * sd * sd + mean * mean * ltsd * ltsd);
  return ss === 0 ? 0 : ss;
}

function portable(args: PortableArg[]): string {
  const read = [0, 1, 2, 3, 4].map((i) => readArg(args[i]));
  const [SL, SD, LT, MEAN, LTSD] = read.map((a) => numOf(a, '0'));
  const blank = all(read.slice(0, 3).map(blankOf));
  const domain = [`NOT(AND(${geF(SL, '0.5')},NOT(${geF(SL, '1')})))`, `${SD}<0`, `${LT}<0`, `${MEAN}<0`, `${LTSD}<0`];
  // NORMSINV (not NORM.S.INV) is the name every engine has; z below 0 is held at 0 as in the function
  const value = `MAX(0,NORMSINV(${SL}))*SQRT(${LT}*${SD}*${SD}+${MEAN}*${MEAN}*${LTSD}*${LTSD})`;
  return when(blank, '""', when(any(domain), PORTABLE_ERROR.num, value));
}

export const SAFETYSTOCKSL_DEF: FunctionDef = defineFunction({
  name: 'SAFETYSTOCKSL',
  order: 30,
  title: { 'zh-CN': '按服务水平的安全库存', 'en-US': 'Service-level safety stock' },
  description: {
    'zh-CN':
      '按服务水平计算安全库存：z × √(补货周期 × 需求标准差² + 平均需求² × 补货周期标准差²)，z = NORM.S.INV(服务水平)。#NUM!：服务水平不在 [50%, 100%)，或有负数。',
    'en-US':
      'Safety stock for a service level: z × √(lead_time × demand_sd² + demand_mean² × lead_time_sd²), z = NORM.S.INV(service_level). #NUM!: a service level outside [50%, 100%), or a negative input.',
  },
  params: PARAMS,
  result: {
    dimensionality: 'matrix',
    help: { 'zh-CN': '安全库存（与输入同形）', 'en-US': 'Safety stock (same shape as the inputs)' },
  },
  examples: [
    { args: [0.95, 10, 4, undefined, undefined], result: 32.897072539029 },
    { args: [0.5, 10, 4, undefined, undefined], result: 0 },
    { args: [0.99, 20, 9, 100, 1], result: 271.296450884156 },
    { args: ['95%', 10, 4, undefined, undefined], result: 32.897072539029 },
    { args: [1, 10, 4, undefined, undefined], result: { error: '#NUM!' } },
    { args: [0.3, 10, 4, undefined, undefined], result: { error: '#NUM!' } },
  ],
  portable: {
    doc: {
      'zh-CN': '参数为单元格引用或数字；空白按 0 计，省略的平均需求和补货周期标准差为 0。z 用 NORMSINV（各软件都有，精度与 NORM.S.INV 相同）。文本参数一律为 #VALUE!。',
      'en-US': 'Arguments are cell references or numbers; blanks count as 0, an omitted demand_mean or lead_time_sd is 0. z uses NORMSINV (every program has it; same accuracy as NORM.S.INV). Any text argument gives #VALUE!.',
    },
    formula: portable,
  },
  prepare: (): ZMemo => ({ p: NaN, z: NaN }),
  compute: { element: compute },
  inputs: {
    corpusBase: [0.95, 10, 4, 100, 1],
    bench: (c) => [0.95, c.numbers('demand_sd', 50), c.numbers('lead_time', 8)],
  },
});
