// T1 安全库存与建议订货表: last-period sales, SAFETYSTOCK, ORDERQTY and a reorder alert per dealer and item.
import { ORDERQTY, SAFETYSTOCK } from '../functions/index';
import { arith } from '../plan/table';
import { bi, field, q } from './fields';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, int, DEALERS, SKUS } from '../../samples/data';

const REORDER = bi('补货', 'Reorder');
const MISSING = bi('缺盘点', 'Count missing');

export const stockOrder: TemplateSpec = {
  id: 'stock-order',
  order: 10,
  name: bi('安全库存与建议订货表', 'Safety stock and suggested order'),
  description: bi('按 1.5 倍安全库存规则，算出每个经销商、每个品项的安全库存和建议订货量。', 'Safety stock (the 1.5× rule) and the suggested order per dealer and item.'),
  period: 'month',
  fields: [
    field('dealer', '经销商', 'Dealer', 'text', { required: true, synonyms: ['客户', '门店', 'customer', 'store', '经销商名称', '客户名称'], width: 16 }),
    field('sku', '品项', 'SKU', 'text', { synonyms: ['产品', '品名', 'product', 'item', '商品'], width: 12 }),
    field('last_stock', '上次库存', 'Last stock', 'number', { required: true, synonyms: ['上期库存', '上次盘点库存'] }),
    field('last_order', '上次订货', 'Last order', 'number', { required: true, synonyms: ['上次定货', '上期进货', '上期订货'] }),
    field('current_stock', '本次库存', 'Current stock', 'number', { required: true, synonyms: ['本期库存', '现有库存', '期末库存', '当前库存'] }),
    field('case_size', '箱规', 'Case size', 'number', { synonyms: ['case', '每箱数量', '包装规格'] }),
    field('min_order', '起订量', 'Minimum order', 'number', { synonyms: ['MOQ', '最小起订量', 'min order'] }),
  ],
  params: [{ id: 'factor', label: bi('安全库存倍数', 'Safety factor'), value: 1.5, numberFormat: '0.0#' }],
  computed: [
    {
      id: 'sales',
      headers: [bi('上期实际销量', 'Last-period sales')],
      numberFormat: '#,##0.##',
      build(t) {
        const [a, b, c] = ['last_stock', 'last_order', 'current_stock'].map((id) => t.values(id));
        t.perRow(
          'sales',
          (i) => `=IF(AND(${t.at('last_stock', i)}="",${t.at('last_order', i)}="",${t.at('current_stock', i)}=""),"",${t.at('last_stock', i)}+${t.at('last_order', i)}-${t.at('current_stock', i)})`,
          a.map((_, i) => {
            if (a[i] === null && b[i] === null && c[i] === null) return '';
            const [x, y, z] = [arith(a[i]), arith(b[i]), arith(c[i])];
            return x === null || y === null || z === null ? { error: '#VALUE!' } : x + y - z;
          }),
        );
      },
    },
    {
      id: 'safety',
      headers: [bi('安全库存', 'Safety stock')],
      numberFormat: '#,##0.#',
      build(t) {
        const args = [t.host('last_stock'), t.host('last_order'), t.host('current_stock'), t.paramValue('factor') as number];
        t.spill('safety', `=SAFETYSTOCK(${t.range('last_stock')},${t.range('last_order')},${t.range('current_stock')},${t.param('factor')})`, SAFETYSTOCK(...args));
      },
    },
    {
      id: 'order',
      headers: [bi('建议订货量', 'Suggested order')],
      numberFormat: '#,##0',
      build(t) {
        const res = ORDERQTY(t.host('last_stock'), t.host('last_order'), t.host('current_stock'), t.paramValue('factor') as number, t.host('case_size'), t.host('min_order'));
        t.spill('order', `=ORDERQTY(${t.range('last_stock')},${t.range('last_order')},${t.range('current_stock')},${t.param('factor')},${t.range('case_size')},${t.range('min_order')})`, res);
      },
    },
    {
      id: 'alert',
      headers: [bi('预警', 'Alert')],
      width: 12,
      build(t) {
        const [a, b, c] = ['last_stock', 'last_order', 'current_stock'].map((id) => t.values(id));
        const ss = t.values('safety');
        const reorder = t.t(REORDER);
        const missing = t.t(MISSING);
        t.perRow(
          'alert',
          (i) => {
            const cs = t.at('current_stock', i);
            return `=IF(AND(${t.at('last_stock', i)}="",${t.at('last_order', i)}="",${cs}=""),"",IF(${cs}="",${q(missing)},IF(AND(ISNUMBER(${t.at('safety', i)}),${cs}<${t.at('safety', i)}),${q(reorder)},"")))`;
          },
          a.map((_, i) => {
            if (a[i] === null && b[i] === null && c[i] === null) return '';
            if (c[i] === null) return missing;
            const s = ss[i];
            return typeof s === 'number' && typeof c[i] === 'number' && (c[i] as number) < s ? reorder : '';
          }),
        );
      },
    },
  ],
  totals: ['sales', 'safety', 'order'],
  finish(t) {
    t.highlightRows(`=$${t.letter('alert')}${t.firstExcelRow}<>""`, '#FDE2E1');
  },
};

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(1);
  const rows: unknown[][] = [];
  DEALERS.forEach((d, i) => {
    const sku = SKUS[i % SKUS.length];
    const last = int(r, 20, 400);
    const order = int(r, 0, 600);
    let current: unknown = Math.max(0, Math.round((last + order) * (0.15 + r() * 0.5)));
    if (i === 7) current = ''; // a dealer not counted this month
    if (i === 23) current = last + order + 30; // returns: stock grew by more than was ordered
    rows.push([d, sku, last, order, current, pick(r, [6, 12, 24]), i % 5 === 0 ? 48 : '']);
  });
  return { headers: ['经销商', '品项', '上次库存', '上次订货', '本次库存', '箱规', '起订量'], rows };
}
