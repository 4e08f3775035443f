// Parameter declarations shared by more than one function (the stock counts of SAFETYSTOCK and ORDERQTY).
import type { ParamDef } from './types';

export const LAST_STOCK: ParamDef = {
  name: 'last_stock',
  label: { 'zh-CN': '上次库存', 'en-US': 'last_stock' },
  help: { 'zh-CN': '上次盘点的库存（空白按 0 计）', 'en-US': 'Stock at the last count (blank counts as 0)' },
  kind: 'element',
  type: 'number',
  blank: 'zero',
  check: 'nonNegative',
};

export const LAST_ORDER: ParamDef = {
  name: 'last_order',
  label: { 'zh-CN': '上次订货', 'en-US': 'last_order' },
  help: { 'zh-CN': '上次盘点后订的货（空白按 0 计）', 'en-US': 'What was ordered after the last count (blank counts as 0)' },
  kind: 'element',
  type: 'number',
  blank: 'zero',
  check: 'nonNegative',
};

export const CURRENT_STOCK: ParamDef = {
  name: 'current_stock',
  label: { 'zh-CN': '本次库存', 'en-US': 'current_stock' },
  help: {
    'zh-CN': '本次盘点的库存（空白为 #N/A：缺盘点不能按 0 计）',
    'en-US': 'Stock at this count (blank gives #N/A: a missing count is not a sell-out)',
  },
  kind: 'element',
  type: 'number',
  blank: 'missing',
  missing: 'currentStockMissing',
  check: 'nonNegative',
};

export const FACTOR: ParamDef = {
  name: 'factor',
  label: { 'zh-CN': '倍数', 'en-US': 'factor' },
  help: { 'zh-CN': '安全库存倍数，默认 1.5（可写 150%）', 'en-US': 'Safety-stock factor, default 1.5 (150% works too)' },
  kind: 'element',
  type: 'number',
  ratio: true,
  optional: true,
  default: 1.5,
  check: 'positive',
};
