// T1 安全库存与建议订货表: last-period sales, SAFETYSTOCK, ORDERQTY and an alert for exceptions only, per dealer and item.
import { col, param } from '../plan/fnColumn';
import { arith } from '../plan/cellValues';
import { bi, field, q } from './fields';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, int, DEALERS, SKUS } from '../samples/names';

const REORDER = bi('补货', 'Reorder');
const MISSING = bi('缺盘点', 'Count missing');
const BAD = bi('数据有误', 'Bad data');
const RETURNS = bi('查退货/到货', 'Check returns/deliveries');
const STOCK = ['last_stock', 'last_order', 'current_stock'];

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
  params: [
    { id: 'factor', label: bi('安全库存倍数', 'Safety factor'), value: 1.5, numberFormat: '0.0#' },
    {
      id: 'alert_share',
      label: bi('补货预警：库存低于安全库存的', 'Reorder alert below this share of safety stock'),
      value: 0.2,
      numberFormat: '0%',
      note: bi('只有例外才预警：缺盘点、数据有误、销量为负（查退货/到货）、库存低于上面比例的安全库存', 'Only exceptions are flagged: a missing count, bad data, negative sales (check returns/deliveries), stock below the share above'),
    },
  ],
  computed: [
    {
      id: 'sales',
      headers: [bi('上期实际销量', 'Last-period sales')],
      numberFormat: '#,##0.##',
      build(report) {
        const [a, b, c] = STOCK.map((id) => report.values(id));
        // blank (not 0) when the current count is missing: the sales are unknown, and the alert says 缺盘点
        report.perRow(
          'sales',
          (i) => {
            const [ls, lo, cs] = STOCK.map((id) => report.dataCell(id, i));
            return `=IF(AND(${ls}="",${lo}="",${cs}=""),"",IF(${cs}="","",${ls}+${lo}-${cs}))`;
          },
          a.map((_, i) => {
            if (a[i] === null && b[i] === null && c[i] === null) return '';
            if (c[i] === null) return '';
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
      build: (report) => report.fn('safety', 'SAFETYSTOCK', [col('last_stock'), col('last_order'), col('current_stock'), param('factor')]),
    },
    {
      id: 'order',
      headers: [bi('建议订货量', 'Suggested order')],
      numberFormat: '#,##0',
      build: (report) => report.fn('order', 'ORDERQTY', [col('last_stock'), col('last_order'), col('current_stock'), param('factor'), col('case_size'), col('min_order')]),
    },
    {
      id: 'alert',
      headers: [bi('预警', 'Alert')],
      width: 14,
      build(report) {
        const [a, b, c] = STOCK.map((id) => report.values(id));
        const [sales, ss, oq] = ['sales', 'safety', 'order'].map((id) => report.values(id));
        const share = report.params.value('alert_share') as number;
        const w = (x: typeof REORDER) => report.text(x);
        report.perRow(
          'alert',
          (i) => {
            const [ls, lo, cs] = STOCK.map((id) => report.dataCell(id, i));
            const [S, SS, O] = ['sales', 'safety', 'order'].map((id) => report.dataCell(id, i));
            // the order of the tests is the order of the cached values below
            return (
              `=IF(AND(${ls}="",${lo}="",${cs}=""),"",IF(${cs}="",${q(w(MISSING))},IF(ISNUMBER(${S}),` +
              `IF(MIN(${ls},${lo},${cs})<0,${q(w(BAD))},IF(${S}<-1E-12,${q(w(RETURNS))},` +
              `IF(ISNUMBER(${O}),IF(${cs}<${report.params.ref('alert_share')}*${SS},${q(w(REORDER))},""),${q(w(BAD))}))),${q(w(BAD))})))`
            );
          },
          a.map((_, i) => {
            if (a[i] === null && b[i] === null && c[i] === null) return '';
            if (c[i] === null) return w(MISSING);
            const s = sales[i];
            if (typeof s !== 'number') return w(BAD);
            const nums = [a[i], b[i], c[i]].filter((x): x is number => typeof x === 'number');
            if (Math.min(...nums) < 0) return w(BAD);
            if (s < -1e-12) return w(RETURNS);
            if (typeof oq[i] !== 'number') return w(BAD);
            return (c[i] as number) < share * (ss[i] as number) ? w(REORDER) : '';
          }),
        );
      },
    },
  ],
  totals: ['sales', 'safety', 'order'],
  // one set of rows for every total: those with a safety stock and an order (complete, sound data)
  totalsOver: ['safety', 'order'],
  finish(report) {
    report.highlightRows(`=$${report.letter('alert')}${report.firstExcelRow}<>""`, '#FDE2E1');
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
