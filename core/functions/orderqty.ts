// ORDERQTY — what to order now to get back to the safety stock, in whole cases and at least the minimum order.
import { gt } from '../values/compare';
import { defineFunction } from './runner';
import { CURRENT_STOCK, FACTOR, LAST_ORDER, LAST_STOCK } from './params';
import { ceilF, gtF, numOf, readArg } from './portable';
import { portableStock, portableStockOrder, safetyStock } from './safetystock';
import type { FunctionDef, ParamDef } from './types';

const CASE_SIZE: ParamDef = {
  name: 'case_size',
  label: { 'zh-CN': '箱规', 'en-US': 'case_size' },
  help: { 'zh-CN': '箱规：订货量取整到它的倍数，默认 1', 'en-US': 'Case size: the order is rounded up to a multiple of it, default 1' },
  kind: 'element',
  type: 'number',
  optional: true,
  default: 1,
  check: 'positive',
};

const MIN_ORDER: ParamDef = {
  name: 'min_order',
  label: { 'zh-CN': '起订量', 'en-US': 'min_order' },
  help: { 'zh-CN': '起订量：需要订货时至少订这么多，默认 0', 'en-US': 'Minimum order when anything is ordered, default 0' },
  kind: 'element',
  type: 'number',
  optional: true,
  default: 0,
  check: 'nonNegative',
};

const PARAMS = [LAST_STOCK, LAST_ORDER, CURRENT_STOCK, FACTOR, CASE_SIZE, MIN_ORDER];

/** Round up to a whole number of cases (1e-9 keeps 24.000000001 cases at 24). */
function wholeCases(q: number, caseSize: number): number {
  return Math.ceil(q / caseSize - 1e-9) * caseSize;
}

function orderQty(v: number[]) {
  const ss = safetyStock(v);
  if (typeof ss !== 'number') return ss;
  const need = ss - v[2];
  if (!gt(need, 0)) return 0;
  const caseSize = v[4];
  const q = wholeCases(need, caseSize);
  return q < v[5] ? wholeCases(v[5], caseSize) : q;
}

export const ORDERQTY_DEF: FunctionDef = defineFunction({
  name: 'ORDERQTY',
  order: 20,
  title: { 'zh-CN': '建议订货量', 'en-US': 'Suggested order' },
  description: {
    'zh-CN':
      '建议订货量 = 安全库存 − 本次库存，不足 0 为 0；按箱规向上取整，低于起订量时取起订量。#NUM!：同 SAFETYSTOCK，或箱规 ≤ 0、起订量为负。',
    'en-US':
      'Suggested order = safety stock − current stock (0 if not positive), rounded up to whole cases and at least the minimum order. #NUM!: as SAFETYSTOCK, or case_size ≤ 0, or a negative min_order.',
  },
  params: PARAMS,
  result: {
    dimensionality: 'matrix',
    help: { 'zh-CN': '建议订货量（与输入同形）', 'en-US': 'Suggested order (same shape as the inputs)' },
  },
  examples: [
    { args: [100, 200, 60, undefined, undefined, undefined], result: 300 },
    { args: [100, 200, 60, undefined, 24, undefined], result: 312 },
    { args: [10, 0, 4, undefined, undefined, undefined], result: 5 },
    { args: [10, 0, 4, undefined, 6, 12], result: 12 },
    { args: [80, 40, 73, undefined, undefined, undefined], result: 0 },
    { args: [80, 40, 20, undefined, undefined, undefined], result: 130 },
    { args: [80, 40, 20, undefined, 0, undefined], result: { error: '#NUM!' } },
  ],
  portable: {
    doc: {
      'zh-CN': '参数同 SAFETYSTOCK，另加箱规（省略或空白为 1）和起订量（省略或空白为 0）。文本参数一律为 #VALUE!。',
      'en-US': 'Arguments as SAFETYSTOCK, plus case_size (omitted or blank: 1) and min_order (omitted or blank: 0). Any text argument gives #VALUE!.',
    },
    formula: (args) => {
      const p = portableStock(args);
      const K = numOf(readArg(args[4]), '1');
      const M = numOf(readArg(args[5]), '0');
      const need = `(${p.safety}-${p.current})`;
      const cases = (q: string) => `${ceilF(`${q}/${K}-1E-9`)}*${K}`;
      // an order is whole cases and at least the minimum order, rounded up to whole cases
      const order = M === '0' ? cases(need) : `MAX(${cases(need)},${cases(M)})`;
      return portableStockOrder(p, [`${K}<=0`, `${M}<0`], `IF(${gtF(need, '0')},${order},0)`);
    },
  },
  compute: { element: orderQty },
  inputs: {
    corpusBase: [100, 200, 60, 1.5, 6, 12],
    bench: (c) => [c.numbers('last_stock', 2000), c.numbers('last_order', 3000), c.numbers('current_stock', 1000), null, 12],
  },
});
