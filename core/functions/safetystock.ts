// SAFETYSTOCK — the seed's 1.5× safety-stock rule: factor × (last stock + last order − current stock).
import { msg } from '../i18n/messages';
import { SheetError } from '../values/errors';
import { lt } from '../values/compare';
import { runElementwise } from './runner';
import { CURRENT_STOCK, FACTOR, LAST_ORDER, LAST_STOCK } from './params';
import type { FunctionDef } from './types';

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

export const SAFETYSTOCK_DEF: FunctionDef = {
  name: 'SAFETYSTOCK',
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
  run: (args) => runElementwise(PARAMS, args, safetyStock),
};
