// T8 客户发展策略象限: QUADRANT by the customer's market share and our share in it; cuts editable, scatter chart.
import { lit, param, pop } from '../plan/fnColumn';
import { bi, field } from './fields';
import type { TemplateSpec, ParamSpec } from './types';
import type { TableContext } from '../plan/table';
import type { SourceTable } from '../plan/render';
import { rng, int, DEALERS, dealerSales } from '../../samples/data';

/** The live default cut: the mean of the valid shares (numbers in 0–100%), as QUADRANT computes it. */
function meanCut(id: string): ParamSpec['compute'] {
  return (t: TableContext) => {
    const r = t.range(id, 0, true);
    const xs = t.values(id).filter((x): x is number => typeof x === 'number' && x >= 0 && x <= 1);
    return { f: `=IFERROR(SUMIFS(${r},${r},">=0",${r},"<=1")/COUNTIFS(${r},">=0",${r},"<=1"),0.5)`, v: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0.5 };
  };
}

export const marketQuadrant: TemplateSpec = {
  id: 'market-quadrant',
  order: 80,
  name: bi('客户发展策略象限', 'Customer strategy quadrant'),
  description: bi('按客户市场占有率与我方在客户的占有率分四个象限，给出每个客户的发展策略。', 'Four quadrants by the customer’s market share and our share in the customer, with each customer’s strategy.'),
  period: 'year',
  fields: [
    field('customer', '客户', 'Customer', 'text', { required: true, synonyms: ['客户名称', '经销商', 'dealer'], width: 16 }),
    field('customer_share', '客户市场占有率', 'Customer market share', 'percent', { required: true, synonyms: ['市场占有率', '客户占有率', 'market share'] }),
    field('our_share', '我方占有率', 'Our share in customer', 'percent', { required: true, synonyms: ['我方在客户的占有率', '我方份额', 'our share', '本品占比'] }),
    field('sales', '销售额', 'Sales', 'number', { synonyms: ['我方销售额', 'amount'] }),
  ],
  params: [
    { id: 'customer_cut', label: bi('客户占有率界限', 'Customer share cut'), value: 0.5, numberFormat: '0.0%', compute: meanCut('customer_share'), note: bi('默认取平均值，可改为固定值', 'Default: the mean; type a fixed value to change it') },
    { id: 'our_cut', label: bi('我方占有率界限', 'Our share cut'), value: 0.5, numberFormat: '0.0%', compute: meanCut('our_share'), note: bi('参考：一级市场 ≥30%，二、三级市场 ≥50%', 'Presets: ≥30% in first-tier markets, ≥50% in second- and third-tier markets') },
  ],
  computed: [
    {
      id: 'quadrant',
      headers: [bi('象限', 'Quadrant')],
      numberFormat: '0',
      width: 8,
      build: (t) => t.fn('quadrant', 'QUADRANT', [pop('customer_share'), pop('our_share'), param('customer_cut'), param('our_cut'), lit('number')]),
    },
    {
      id: 'strategy',
      headers: [bi('策略', 'Strategy')],
      width: 16,
      build: (t) => t.fn('strategy', 'QUADRANT', [pop('customer_share'), pop('our_share'), param('customer_cut'), param('our_cut'), lit(t.lang === 'zh-CN' ? 'zh' : 'en')]),
    },
  ],
  finish(t) {
    t.highlightRows(`=$${t.letter('quadrant')}${t.firstExcelRow}=2`, '#FDE2E1');
    t.chart({
      type: 'scatter',
      title: t.t(bi('客户发展策略象限', 'Customer strategy quadrant')),
      categories: t.rangeRef('our_share'),
      series: [{ name: t.t(bi('客户', 'Customers')), values: t.rangeRef('customer_share') }],
      xTitle: t.t(bi('我方占有率', 'Our share in customer')),
      yTitle: t.t(bi('客户市场占有率', 'Customer market share')),
    });
  },
};

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(8);
  const sales = dealerSales();
  return { headers: ['客户', '客户市场占有率', '我方占有率', '销售额'], rows: DEALERS.map((d, i) => [d, `${int(r, 3, 45)}%`, Number((0.05 + r() * 0.7).toFixed(2)), sales[i]]) };
}
