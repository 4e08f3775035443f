// T2 批发商评估表: items 1–2 from sales, eight rated items, DEALERSCORE, TIER by score and the action per tier.
import { bandScore } from '../functions/dealerscore';
import { GRADE_POINTS, gradePoints } from '../functions/grades';
import { PORTABLE_ERROR } from '../functions/portable';
import { col, cols, lit, param, pop } from '../plan/fnColumn';
import { arith } from '../plan/cellValues';
import { bi, field, GRADES, q } from './fields';
import type { TemplateSpec } from './types';
import type { Bilingual } from '../i18n/lang';
import type { SourceTable } from '../plan/render';
import { rng, pick, DEALERS, dealerSales } from '../samples/names';

/** The seed's items 7–10 and the default items 3–6 (an assumption the parameter block lets users rename). */
/** The form's items 1→10 as the seed prints them (项目 / 内容 / 请选其一); items 3–6 are DealerKit's, the seed's slide lost them. */
const GRADE_OPTIONS = bi('优秀 100 / 良好 80 / 中等 60 / 中下 40', '优秀 100 / 良好 80 / 中等 60 / 中下 40');
export const FORM_ITEMS: { item: Bilingual; question: Bilingual; options: Bilingual; ours: boolean }[] = [
  { item: bi('1 今年销售较之去年', '1 Growth on last year'), question: bi('今年销售较之去年如何？', 'This year’s sales against last year’s?'), options: bi('>110% 100 / 95–110% 80 / <95% 60', '>110% 100 / 95–110% 80 / <95% 60'), ours: false },
  { item: bi('2 销售较之今年指标', '2 Sales vs target'), question: bi('销售较之今年指标如何？', 'Sales against this year’s target?'), options: bi('>100% 100 / 85–100% 80 / <85% 60', '>100% 100 / 85–100% 80 / <85% 60'), ours: false },
  { item: bi('3 网络覆盖', '3 Distribution network'), question: bi('下线网络是否覆盖我方的目标终端？', 'Does his downstream network reach our target outlets?'), options: GRADE_OPTIONS, ours: true },
  { item: bi('4 库存管理', '4 Keeps safety stock'), question: bi('是否按 1.5 倍安全库存备货、先进先出？', 'Does he keep 1.5× safety stock, first in first out?'), options: GRADE_OPTIONS, ours: true },
  { item: bi('5 价格秩序', '5 No cross-selling or price cuts'), question: bi('是否不窜货、不砸价？', 'Does he stay out of other areas and keep our prices?'), options: GRADE_OPTIONS, ours: true },
  { item: bi('6 配送服务', '6 Delivery and service'), question: bi('给零售商的配送和服务是否及时？', 'Are his deliveries and service to retailers on time?'), options: GRADE_OPTIONS, ours: true },
  { item: bi('7 收款情况', '7 Pays per policy'), question: bi('批发商按公司政策付款的情况怎样？', 'How does he pay, against company policy?'), options: GRADE_OPTIONS, ours: false },
  { item: bi('8 当地的促销', '8 Own promotions'), question: bi('批发商是否自行组织在零售商中进行促销？', 'Does he run promotions among his retailers himself?'), options: GRADE_OPTIONS, ours: false },
  { item: bi('9 合作', '9 Cooperates in our promotions'), question: bi('批发商是否在各种促销活动中都很合作？', 'Does he cooperate in all our promotions?'), options: GRADE_OPTIONS, ours: false },
  { item: bi('10 协调', '10 Supports new launches'), question: bi('批发商在新产品上市时都很积极有效地配合我们吗？', 'Does he back our new product launches actively and well?'), options: GRADE_OPTIONS, ours: false },
];

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
      // helpers, not part of the form: hidden so the 31-column evaluation still prints one page wide at ≥ 7 pt
      hidden: true,
      headers: RATED_ITEMS.map((it) => bi(`${it.zh}（分）`, `${it.en} (points)`)),
      numberFormat: '0',
      width: 9,
      build(report) {
        RATED_ITEMS.forEach((it, k) => {
          const v = report.values(it.id);
          report.perRow('points', (i) => `=${pointsFormula(report.dataCell(it.id, i))}`, v.map(pointsOf), k);
        });
      },
    },
    {
      id: 'item1',
      headers: [ITEM1],
      // the form's order: items 1 and 2 right after the amounts they score, before the rated items 3–10
      after: 'target',
      numberFormat: '0',
      build(report) {
        const s = report.values('sales');
        const l = report.values('last_year_sales');
        report.perRow(
          'item1',
          (i) => `=IF(N(${report.dataCell('last_year_sales', i)})>0,IF(${report.dataCell('sales', i)}/${report.dataCell('last_year_sales', i)}>1.1,100,IF(${report.dataCell('sales', i)}/${report.dataCell('last_year_sales', i)}>=0.95,80,60)),"")`,
          s.map((_, i) => itemScore(s[i], l[i], 0.95, 1.1)),
        );
      },
    },
    {
      id: 'item2',
      headers: [ITEM2],
      after: 'target',
      numberFormat: '0',
      build(report) {
        const s = report.values('sales');
        const g = report.values('target');
        report.perRow(
          'item2',
          (i) => `=IF(N(${report.dataCell('target', i)})>0,IF(${report.dataCell('sales', i)}/${report.dataCell('target', i)}>1,100,IF(${report.dataCell('sales', i)}/${report.dataCell('target', i)}>=0.85,80,60)),"")`,
          s.map((_, i) => itemScore(s[i], g[i], 0.85, 1)),
        );
      },
    },
    {
      id: 'score',
      headers: [bi('总分', 'Score')],
      numberFormat: '0.0',
      build: (report) =>
        report.fn('score', 'DEALERSCORE', [col('sales'), col('last_year_sales'), col('target'), cols(RATED_ITEMS.map((it) => it.id), { portable: { id: 'points', width: RATED_ITEMS.length } }), param('weights')]),
    },
    {
      id: 'tier',
      headers: [bi('等级', 'Tier')],
      width: 8,
      build: (report) => report.fn('tier', 'TIER', [pop('score'), param('a_cut'), param('b_cut'), lit('score')]),
    },
    {
      id: 'action',
      headers: [bi('措施', 'Action')],
      width: 12,
      build(report) {
        const tiers = report.values('tier');
        const act: Record<string, string> = { A: report.params.value('action_a') as string, B: report.params.value('action_b') as string, C: report.params.value('action_c') as string };
        report.perRow(
          'action',
          (i) => `=IF(${report.dataCell('tier', i)}="A",${report.params.ref('action_a')},IF(${report.dataCell('tier', i)}="B",${report.params.ref('action_b')},IF(${report.dataCell('tier', i)}="C",${report.params.ref('action_c')},"")))`,
          tiers.map((x) => (typeof x === 'string' && act[x] !== undefined ? act[x] : '')),
        );
      },
    },
  ],
  finish(report) {
    const source = (ours: boolean) => report.text(ours ? bi('DealerKit 补充', 'DealerKit’s addition') : bi('教材', 'Seeds'));
    report.side.block(
      bi('评估项目（1–10）与评分标准', 'Items 1–10 and how they score'),
      [report.text(bi('项目', 'Item')), report.text(bi('内容', 'Question')), report.text(bi('请选其一', 'Choose one')), report.text(bi('来源', 'Source'))],
      FORM_ITEMS.map((it) => [report.text(it.item), report.text(it.question), report.text(it.options), source(it.ours)]),
    );
    report.side.notes(bi('说明', 'Notes'), [
      bi('教材的评估表第 3–6 项在原文中缺失，这四项（网络覆盖、库存管理、价格秩序、配送服务）是 DealerKit 的默认补充，可在权重行改名或把权重设为 0', 'The seed’s items 3–6 are lost from the source; these four (network, safety stock, price order, delivery) are DealerKit’s defaults: rename them in the weights row or set their weight to 0'),
      bi('通常按年度评估，根据结果采取调整、激励、重点帮助等措施（教材）；哪个等级对应哪项措施是 DealerKit 的默认，可在参数区修改', 'Usually once a year, then adjust, reward or give focused help (seeds); which tier gets which measure is DealerKit’s default, editable above'),
    ]);
    report.highlightRows(`=$${report.letter('tier')}${report.firstExcelRow}="C"`, '#FDE2E1');
    report.highlightRows(`=$${report.letter('tier')}${report.firstExcelRow}="A"`, '#E3F4E1');
    report.chart({
      type: 'bar',
      title: report.text(bi('经销商评估得分', 'Dealer scores')),
      categories: report.rangeRef('dealer'),
      series: [{ name: report.text(bi('总分', 'Score')), values: report.rangeRef('score') }],
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
    // the leading dealers rate well (激励), the tail badly (调整), the rest in between (重点帮助)
    const grades: readonly string[] = i < 6 ? ['优秀', '优秀', '良好'] : i >= 32 ? ['中等', '中下', '中下'] : GRADES;
    return [d, s, ly, target, ...Array.from({ length: 8 }, () => pick(r, grades))];
  });
  return { headers: ['经销商', '今年销售', '去年销售', '今年指标', '网络覆盖', '库存管理', '价格秩序', '配送服务', '收款情况', '当地促销', '合作', '协调'], rows };
}
