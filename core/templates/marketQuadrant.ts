// T8 客户发展策略象限: QUADRANT by the customer's market share and our share in it; cuts editable, scatter chart.
import { lit, param, pop } from '../plan/fnColumn';
import { bi, field } from './fields';

/** 一至四级市场 (the customer card's market level). */
export const MARKET_LEVELS = ['一级市场', '二级市场', '三级市场', '四级市场'] as const;
import type { TemplateSpec, ParamSpec } from './types';
import type { TableReport } from '../plan/tableReport';
import type { SourceTable } from '../plan/render';
import { rng, int, DEALERS, dealerSales } from '../samples/names';

/** The live default cut: the mean of the valid shares (numbers in 0–100%), as QUADRANT computes it. */
function meanCut(id: string): ParamSpec['compute'] {
  return (report: TableReport) => {
    const r = report.range(id, 0, true);
    const xs = report.values(id).filter((x): x is number => typeof x === 'number' && x >= 0 && x <= 1);
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
    field('market_level', '市场级别', 'Market level', 'choice', { list: MARKET_LEVELS, synonyms: ['市场等级', '市场', '一至四级市场', 'market tier'], width: 10 }),
  ],
  params: [
    { id: 'target_l1', label: bi('我方目标：一级市场', 'Our target: first-tier market'), value: 0.3, numberFormat: '0%', note: bi('教材：一级市场 ≥30%', 'Seeds: ≥ 30% in first-tier markets') },
    { id: 'target_l23', label: bi('我方目标：二、三级市场', 'Our target: second/third tier'), value: 0.5, numberFormat: '0%', note: bi('教材：二、三级市场 ≥50%', 'Seeds: ≥ 50% in second- and third-tier markets') },
    { id: 'target_l4', label: bi('我方目标：四级市场', 'Our target: fourth tier'), value: 0.5, numberFormat: '0%', note: bi('DealerKit 默认（教材未提四级市场）', 'DealerKit default (the seeds do not name the fourth tier)') },
    { id: 'customer_cut', label: bi('客户占有率界限', 'Customer share cut'), value: 0.5, numberFormat: '0.0%', compute: meanCut('customer_share'), note: bi('默认取平均值，可改为固定值', 'Default: the mean; type a fixed value to change it') },
    { id: 'our_cut', label: bi('我方占有率界限', 'Our share cut'), value: 0.5, numberFormat: '0.0%', compute: meanCut('our_share'), note: bi('默认取平均值；每个客户按市场级别的目标（一级 30%，二、三级 50%）见“我方目标占有率”列', 'Default: the mean; each customer’s target by market level (first tier 30%, second and third 50%) is in the “Our share target” column') },
  ],
  computed: [
    {
      id: 'share_target',
      headers: [bi('我方目标占有率', 'Our share target')],
      numberFormat: '0%',
      build(report) {
        const [t1, t23, t4] = ['target_l1', 'target_l23', 'target_l4'].map((id) => report.params.value(id) as number);
        const byLevel: Record<string, number> = { 一级: t1, 二级: t23, 三级: t23, 四级: t4 };
        report.perRow(
          'share_target',
          (i) => {
            const l = `LEFT(${report.dataCell('market_level', i)},2)`;
            return `=IF(${report.dataCell('market_level', i)}="","",IF(${l}="一级",${report.params.ref('target_l1')},IF(OR(${l}="二级",${l}="三级"),${report.params.ref('target_l23')},IF(${l}="四级",${report.params.ref('target_l4')},NA()))))`;
          },
          report.values('market_level').map((v) => (v === null || v === '' ? '' : (byLevel[String(v).slice(0, 2)] ?? { error: '#N/A' }))),
        );
      },
    },
    {
      id: 'target_gap',
      headers: [bi('距目标', 'Gap to target')],
      numberFormat: '+0.0%;-0.0%;0.0%',
      build(report) {
        const target = report.values('share_target');
        const ours = report.values('our_share');
        report.perRow(
          'target_gap',
          (i) => `=IF(AND(ISNUMBER(${report.dataCell('share_target', i)}),ISNUMBER(${report.dataCell('our_share', i)})),${report.dataCell('our_share', i)}-${report.dataCell('share_target', i)},"")`,
          target.map((v, i) => (typeof v === 'number' && typeof ours[i] === 'number' ? (ours[i] as number) - v : '')),
        );
      },
    },
    {
      id: 'quadrant',
      headers: [bi('象限', 'Quadrant')],
      numberFormat: '0',
      width: 8,
      build: (report) => report.fn('quadrant', 'QUADRANT', [pop('customer_share'), pop('our_share'), param('customer_cut'), param('our_cut'), lit('number')]),
    },
    {
      id: 'strategy',
      headers: [bi('策略', 'Strategy')],
      width: 16,
      build: (report) => report.fn('strategy', 'QUADRANT', [pop('customer_share'), pop('our_share'), param('customer_cut'), param('our_cut'), lit(report.lang === 'zh-CN' ? 'zh' : 'en')]),
    },
  ],
  finish(report) {
    report.highlightRows(`=$${report.letter('quadrant')}${report.firstExcelRow}=2`, '#FDE2E1');
    report.chart({
      type: 'scatter',
      title: report.text(bi('客户发展策略象限', 'Customer strategy quadrant')),
      categories: report.rangeRef('our_share'),
      series: [{ name: report.text(bi('客户', 'Customers')), values: report.rangeRef('customer_share') }],
      xTitle: report.text(bi('我方占有率', 'Our share in customer')),
      yTitle: report.text(bi('客户市场占有率', 'Customer market share')),
    });
  },
};

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(8);
  const sales = dealerSales();
  const level = (i: number) => (i < 10 ? '一级市场' : i < 25 ? '二级市场' : i < 35 ? '三级市场' : '四级市场');
  return { headers: ['客户', '客户市场占有率', '我方占有率', '销售额', '市场级别'], rows: DEALERS.map((d, i) => [d, `${int(r, 3, 45)}%`, Number((0.05 + r() * 0.7).toFixed(2)), sales[i], level(i)]) };
}
