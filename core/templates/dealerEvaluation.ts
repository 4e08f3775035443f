// T2 批发商评估表: items 1–2 from sales, eight rated items, DEALERSCORE, TIER by score and the action per tier.
import { bandScore } from '../functions/dealerscore';
import { GRADE_POINTS, gradePoints } from '../functions/grades';
import { PORTABLE_ERROR } from '../functions/portable';
import { col, cols, lit, param, pop } from '../plan/fnColumn';
import { arith } from '../plan/table';
import { bi, field, GRADES, q } from './fields';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, DEALERS, dealerSales } from '../../samples/data';

/** The seed's items 7–10 and the default items 3–6 (an assumption the parameter block lets users rename). */
export const RATED_ITEMS = [
  { id: 'network', zh: '网络覆盖', en: 'Distribution network' },
  { id: 'stock_mgmt', zh: '库存管理', en: 'Keeps safety stock' },
  { id: 'price_order', zh: '价格秩序', en: 'No cross-selling or price cuts' },
  { id: 'delivery', zh: '配送服务', en: 'Delivery and service' },
  { id: 'payment', zh: '收款情况', en: 'Pays per policy' },
  { id: 'local_promo', zh: '当地促销', en: 'Own promotions' },
  { id: 'cooperation', zh: '合作', en: 'Cooperates in our promotions' },
  { id: 'coordination', zh: '协调', en: 'Supports new launches' },
];

const ITEM1 = bi('今年销售较之去年', 'Growth on last year');
const ITEM2 = bi('销售较之今年指标', 'Sales vs target');

export const dealerEvaluation: TemplateSpec = {
  id: 'dealer-evaluation',
  order: 20,
  name: bi('批发商评估表', 'Dealer evaluation'),
  description: bi('年度批发商评估：销售增长、指标完成和八个评分项加权得分，按得分分 A/B/C 并给出措施。', 'Yearly dealer evaluation: growth, target and eight rated items, a weighted score, A/B/C by score and the action.'),
  period: 'year',
  fields: [
    field('dealer', '经销商', 'Dealer', 'text', { required: true, synonyms: ['批发商', '客户', 'wholesaler', 'customer', '经销商名称'], width: 16 }),
    field('sales', '今年销售', 'Sales this year', 'number', { required: true, synonyms: ['销售额', '今年销售额', '本年销售', 'sales'] }),
    field('last_year_sales', '去年销售', 'Sales last year', 'number', { synonyms: ['去年销售额', '上年销售', 'last year'] }),
    field('target', '今年指标', 'Target', 'number', { synonyms: ['指标', '目标', '销售指标', 'target this year'] }),
    ...RATED_ITEMS.map((it) => field(it.id, it.zh, it.en, 'choice', { list: GRADES, width: 8 })),
  ],
  params: [
    {
      id: 'weights',
      label: bi('权重', 'Weights'),
      value: [Array(2 + RATED_ITEMS.length).fill(1)],
      rowLabels: [''],
      colLabels: [ITEM1, ITEM2, ...RATED_ITEMS.map((it) => bi(it.zh, it.en))],
      note: bi('评分：优秀 100、良好 80、中等 60、中下 40；也可直接填 0–100 分', 'Grades: 优秀 100, 良好 80, 中等 60, 中下 40; or a score 0–100'),
    },
    { id: 'a_cut', label: bi('A 级最低分', 'A from score'), value: 85 },
    { id: 'b_cut', label: bi('B 级最低分', 'B from score'), value: 70 },
    { id: 'action_a', label: bi('A 级措施', 'Action for A'), value: '激励' },
    { id: 'action_b', label: bi('B 级措施', 'Action for B'), value: '重点帮助' },
    { id: 'action_c', label: bi('C 级措施', 'Action for C'), value: '调整' },
  ],
  computed: [
    {
      // the portable DEALERSCORE reads numbers: each rated item's grade as points, in a helper column named for it
      id: 'points',
      modes: ['portable'],
      headers: RATED_ITEMS.map((it) => bi(`${it.zh}（分）`, `${it.en} (points)`)),
      numberFormat: '0',
      width: 9,
      build(t) {
        RATED_ITEMS.forEach((it, k) => {
          const v = t.values(it.id);
          t.perRow('points', (i) => `=${pointsFormula(t.at(it.id, i))}`, v.map(pointsOf), k);
        });
      },
    },
    {
      id: 'item1',
      headers: [ITEM1],
      numberFormat: '0',
      build(t) {
        const s = t.values('sales');
        const l = t.values('last_year_sales');
        t.perRow(
          'item1',
          (i) => `=IF(N(${t.at('last_year_sales', i)})>0,IF(${t.at('sales', i)}/${t.at('last_year_sales', i)}>1.1,100,IF(${t.at('sales', i)}/${t.at('last_year_sales', i)}>=0.95,80,60)),"")`,
          s.map((_, i) => itemScore(s[i], l[i], 0.95, 1.1)),
        );
      },
    },
    {
      id: 'item2',
      headers: [ITEM2],
      numberFormat: '0',
      build(t) {
        const s = t.values('sales');
        const g = t.values('target');
        t.perRow(
          'item2',
          (i) => `=IF(N(${t.at('target', i)})>0,IF(${t.at('sales', i)}/${t.at('target', i)}>1,100,IF(${t.at('sales', i)}/${t.at('target', i)}>=0.85,80,60)),"")`,
          s.map((_, i) => itemScore(s[i], g[i], 0.85, 1)),
        );
      },
    },
    {
      id: 'score',
      headers: [bi('总分', 'Score')],
      numberFormat: '0.0',
      build: (t) =>
        t.fn('score', 'DEALERSCORE', [col('sales'), col('last_year_sales'), col('target'), cols(RATED_ITEMS.map((it) => it.id), { portable: { id: 'points', width: RATED_ITEMS.length } }), param('weights')]),
    },
    {
      id: 'tier',
      headers: [bi('等级', 'Tier')],
      width: 8,
      build: (t) => t.fn('tier', 'TIER', [pop('score'), param('a_cut'), param('b_cut'), lit('score')]),
    },
    {
      id: 'action',
      headers: [bi('措施', 'Action')],
      width: 12,
      build(t) {
        const tiers = t.values('tier');
        const act: Record<string, string> = { A: t.paramValue('action_a') as string, B: t.paramValue('action_b') as string, C: t.paramValue('action_c') as string };
        t.perRow(
          'action',
          (i) => `=IF(${t.at('tier', i)}="A",${t.param('action_a')},IF(${t.at('tier', i)}="B",${t.param('action_b')},IF(${t.at('tier', i)}="C",${t.param('action_c')},"")))`,
          tiers.map((x) => (typeof x === 'string' && act[x] !== undefined ? act[x] : '')),
        );
      },
    },
  ],
  finish(t) {
    t.highlightRows(`=$${t.letter('tier')}${t.firstExcelRow}="C"`, '#FDE2E1');
    t.highlightRows(`=$${t.letter('tier')}${t.firstExcelRow}="A"`, '#E3F4E1');
    t.chart({
      type: 'bar',
      title: t.t(bi('经销商评估得分', 'Dealer scores')),
      categories: t.rangeRef('dealer'),
      series: [{ name: t.t(bi('总分', 'Score')), values: t.rangeRef('score') }],
    });
  },
};

/** A grade cell as points in a native formula: blank → "", a number as it is, the grade words → 100/80/60/40, else #VALUE!. */
function pointsFormula(c: string): string {
  const byPoints = new Map<number, string[]>();
  // each spelling a user types (a, A, Good, GOOD), in case a program compares text case-sensitively
  const spellings = (w: string) => [...new Set([w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)])];
  for (const [w, p] of Object.entries(GRADE_POINTS)) byPoints.set(p, [...(byPoints.get(p) ?? []), ...spellings(w)]);
  let f: string = PORTABLE_ERROR.value;
  for (const [p, words] of [...byPoints].sort((a, b) => a[0] - b[0])) f = `IF(OR(${words.map((w) => `${c}=${q(w)}`).join(',')}),${p},${f})`;
  return `IF(${c}="","",IF(ISNUMBER(${c}),${c},${f}))`;
}

/** The cached value of pointsFormula (formulas compare text ignoring case, as textKey does). */
function pointsOf(v: unknown) {
  if (v === null || v === '') return '';
  if (typeof v === 'number') return v;
  const p = typeof v === 'string' ? gradePoints(v) : undefined;
  return p === undefined ? { error: '#VALUE!' } : p;
}

/** Items 1–2 as the native formula computes them (blank or 0 base → blank; text → #VALUE!). */
function itemScore(sales: unknown, base: unknown, lo: number, hi: number) {
  const b = typeof base === 'number' ? base : 0;
  if (!(b > 0)) return '';
  const s = arith(sales as never);
  if (s === null) return { error: '#VALUE!' };
  return bandScore(s / b, lo, hi);
}

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(2);
  const sales = dealerSales();
  const rows = DEALERS.map((d, i) => {
    const s = sales[i];
    const ly = i === 39 ? 0 : Math.round(s / (0.8 + r() * 0.45));
    const target = Math.round(s / (0.78 + r() * 0.35));
    return [d, s, ly, target, ...Array.from({ length: 8 }, () => pick(r, GRADES))];
  });
  return { headers: ['经销商', '今年销售', '去年销售', '今年指标', '网络覆盖', '库存管理', '价格秩序', '配送服务', '收款情况', '当地促销', '合作', '协调'], rows };
}
