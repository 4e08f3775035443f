// SAFETYSTOCK — the seed's 1.5× safety-stock rule: factor × (last stock + last order − current stock).
import { msg } from '../i18n/messages';
import { SheetError } from '../values/errors';
import { lt } from '../values/compare';
import { defineFunction } from './runner';
import { CURRENT_STOCK, FACTOR, LAST_ORDER, LAST_STOCK } from './params';
import { all, any, blankOf, ltF, numOf, PORTABLE_ERROR, readArg, when } from './portable';
import type { FunctionDef, PortableArg } from './types';

const PARAMS = [LAST_STOCK, LAST_ORDER, CURRENT_STOCK, FACTOR];

/** Last-period sales, or the computed #NUM! when stock grew by more than was ordered. */
export function lastPeriodSales(lastStock: number, lastOrder: number, current: number): number | SheetError {
  const sales = lastStock + lastOrder - current;
  if (lt(sales, 0)) return new SheetError('#NUM!', msg('salesNegative', { value: sales }));
  return sales < 0 ? 0 : sales;
}

export function safetyStock(v: number[]): number | SheetError {
  const sales = lastPeriodSales(v[0], v[1], v[2]);
  return typeof sales === 'number' ? v[3] * sales : sales;
}

/**
 * The portable pieces SAFETYSTOCK and ORDERQTY share, for one row: the blank rule, the missing current
 * stock, the domain checks of the four stock arguments, last-period sales and the safety stock.
 */
export function portableStock(args: PortableArg[]) {
  const [ls, lo, cs, f] = [0, 1, 2, 3].map((i) => readArg(args[i]));
  const [L, O, C] = [ls, lo, cs].map((a) => numOf(a, '0'));
  const F = numOf(f, '1.5');
  const sales = `(${L}+${O}-${C})`;
  return {
    blank: all([blankOf(ls), blankOf(lo), blankOf(cs)]),
    missing: blankOf(cs),
    domain: [`${L}<0`, `${O}<0`, `${C}<0`, `${F}<=0`],
    current: C,
    /** the computed #NUM!: stock grew by more than was ordered */
    salesNegative: ltF(sales, '0'),
    safety: `${F}*MAX(0,${sales})`,
  };
}

/** Blank row → "", missing count → #N/A, domain → #NUM!, negative sales → #NUM!, else `value`. */
export function portableStockOrder(p: ReturnType<typeof portableStock>, extraDomain: string[], value: string): string {
  return when(p.blank, '""', when(p.missing, PORTABLE_ERROR.na, when(any([...p.domain, ...extraDomain]), PORTABLE_ERROR.num, when(p.salesNegative, PORTABLE_ERROR.num, value))));
}

export const SAFETYSTOCK_DEF: FunctionDef = defineFunction({
  name: 'SAFETYSTOCK',
  order: 10,
  title: { 'zh-CN': '安全库存', 'en-US': 'Safety stock' },
  description: {
    'zh-CN':
      '1.5 倍安全库存 = 倍数 × [(上次库存 + 上次订货) − 本次库存]。#NUM!：库存或订货为负、倍数 ≤ 0、上期销量为负（请查退货或未登记到货）。',
    'en-US':
      'Safety stock = factor × (last stock + last order − current stock), the 1.5× rule. #NUM!: a negative stock or order, factor ≤ 0, or negative sales (check returns or an unrecorded delivery).',
  },
  params: PARAMS,
  result: {
    dimensionality: 'matrix',
    help: { 'zh-CN': '安全库存（与输入同形）', 'en-US': 'Safety stock (same shape as the inputs)' },
  },
  examples: [
    { args: [100, 200, 60, undefined], result: 360 },
    { args: [50, 0, 50, undefined], result: 0 },
    { args: [0, 120, 0, 1.2], result: 144 },
    { args: [80, 40, 73, undefined], result: 70.5 },
    { args: [30, 10, 50, undefined], result: { error: '#NUM!' } },
    { args: [undefined, 50, 20, undefined], result: 45 },
    { args: [100, 200, undefined, undefined], result: { error: '#N/A' } },
    { args: [100, 200, 60, '150%'], result: 360 },
    { args: ['50%', 200, 60, undefined], result: { error: '#VALUE!' } },
  ],
  portable: {
    doc: {
      'zh-CN': '参数为单元格引用（如 C5、$N$5）或数字；省略的倍数为 1.5。与函数相同：整行空白为 ""，缺本次库存为 #N/A，负数或销量为负为 #NUM!。文本参数一律为 #VALUE!（函数会读取“1,234”这样的数字文本）。',
      'en-US': 'Arguments are cell references (C5, $N$5) or numbers; an omitted factor is 1.5. As the function: a blank row is "", a missing current stock #N/A, a negative input or negative sales #NUM!. Any text argument gives #VALUE! (the function also reads numeric text such as "1,234").',
    },
    formula: (args) => {
      const p = portableStock(args);
      return portableStockOrder(p, [], p.safety);
    },
  },
  compute: { element: safetyStock },
  inputs: {
    corpusBase: [100, 200, 60, 1.5],
    bench: (c) => [c.numbers('last_stock', 2000), c.numbers('last_order', 3000), c.numbers('current_stock', 1000)],
  },
});
