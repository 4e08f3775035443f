// T3 客户分级与拜访计划: customers by sales, share and cumulative share, TIER (80/20), monthly visits/calls/messages, per-rep load.
import { DEFAULT_PLAN } from '../functions/visitplan';
import { col, lit, param, pop } from '../plan/fnColumn';
import { COLORS } from '../plan/tableLayout';
import { countEqF, distinct, sameCell, sumEqF, sumEqValue } from './exact';
import { bi, field } from './fields';
import { writeGroupSummary } from '../plan/groupSummary';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { DEALERS, REGIONS, REPS, dealerSales } from '../samples/names';

export const tierVisitPlan: TemplateSpec = {
  id: 'tier-visit-plan',
  order: 30,
  name: bi('客户分级与拜访计划', 'Customer tiers and visit plan'),
  description: bi('按 80/20 原则把客户分为 A/B/C，并按等级排出每月拜访、电话、信息次数和业务员工作量。', 'A/B/C customers by the 80/20 rule, with monthly visits, calls and messages per tier and each rep’s load.'),
  period: 'month',
  fields: [
    field('customer', '客户', 'Customer', 'text', { required: true, synonyms: ['客户名称', '经销商', '门店', 'dealer', 'store'], width: 16 }),
    field('sales', '销售额', 'Sales', 'number', { required: true, synonyms: ['销量', '销售', 'amount', 'revenue', '年销售额'] }),
    field('rep', '业务员', 'Rep', 'text', { synonyms: ['销售代表', '负责人', 'salesperson', 'sales rep', '业务代表'] }),
    field('region', '区域', 'Region', 'text', { synonyms: ['地区', '片区', 'area'] }),
  ],
  sort: [{ field: 'sales', desc: true }],
  params: [
    { id: 'a_cut', label: bi('A 类累计占比', 'A up to share'), value: 0.8, numberFormat: '0%' },
    { id: 'b_cut', label: bi('B 类累计占比', 'B up to share'), value: 0.95, numberFormat: '0%' },
    {
      id: 'plan',
      label: bi('每月频次', 'Per month'),
      value: DEFAULT_PLAN.map((r) => [...r]),
      rowLabels: ['A', 'B', 'C'],
      colLabels: [bi('拜访', 'Visits'), bi('电话', 'Calls'), bi('信息', 'Messages')],
    },
  ],
  computed: [
    {
      id: 'share',
      headers: [bi('占比', 'Share')],
      numberFormat: '0.0%',
      build(report) {
        const s = report.values('sales');
        const total = s.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
        const all = report.range('sales', 0, true);
        report.perRow('share', (i) => `=IF(ISNUMBER(${report.dataCell('sales', i)}),${report.dataCell('sales', i)}/SUM(${all}),"")`, s.map((v) => (typeof v === 'number' ? (total ? v / total : { error: '#DIV/0!' }) : '')));
      },
    },
    {
      id: 'cumulative',
      headers: [bi('累计占比', 'Cumulative share')],
      numberFormat: '0.0%',
      build(report) {
        const s = report.values('sales');
        const total = s.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
        const all = report.range('sales', 0, true);
        const top = all.split(':')[0];
        let run = 0;
        report.perRow(
          'cumulative',
          (i) => `=IF(ISNUMBER(${report.dataCell('sales', i)}),SUM(${top}:${report.dataCell('sales', i)})/SUM(${all}),"")`,
          s.map((v) => {
            if (typeof v !== 'number') return '';
            run += v;
            return total ? run / total : { error: '#DIV/0!' };
          }),
        );
      },
    },
    {
      id: 'tier',
      headers: [bi('等级', 'Tier')],
      width: 8,
      // portable pareto: the rows compare with two thresholds in helper cells under the parameters (TIER's portable.helpers)
      build: (report) => report.fn('tier', 'TIER', [pop('sales'), param('a_cut'), param('b_cut')]),
    },
    {
      id: 'contacts',
      headers: [bi('拜访/月', 'Visits/month'), bi('电话/月', 'Calls/month'), bi('信息/月', 'Messages/month')],
      numberFormat: '0',
      // "all" fills three columns; the portable form is one channel per column
      build: (report) => report.fn('contacts', 'VISITPLAN', [col('tier'), lit('all', ['visit', 'phone', 'message']), param('plan')]),
    },
  ],
  totals: ['sales', 'contacts:0', 'contacts:1', 'contacts:2'],
  finish(report) {
    report.highlightRows(`=$${report.letter('tier')}${report.firstExcelRow}="A"`, COLORS.good);
    if (report.used('rep')) {
      const repV = report.values('rep');
      const reps = distinct(repV, (r): r is string => typeof r === 'string');
      const repR = report.range('rep', 0, true);
      const sales = report.values('sales');
      const contacts = [0, 1, 2].map((k) => report.values('contacts', k));
      // formulas match on the block's own label cell (at('rep')), so no source text is ever put inside a formula; matched exactly (no wildcards)
      writeGroupSummary(report, bi('业务员工作量（每月）', 'Rep workload (per month)'), reps, ({ group: rep }) => ({ mine: (i: number) => sameCell(repV[i], rep) }), [
        { id: 'rep', header: bi('业务员', 'Rep'), cell: (row) => row.group },
        { header: bi('客户数', 'Customers'), format: '0', cell: (row) => ({ f: `=${countEqF([[repR, row.at('rep')]])}`, v: repV.filter((_, i) => row.mine(i)).length }) },
        { header: bi('销售额', 'Sales'), format: '#,##0', cell: (row) => ({ f: `=${sumEqF([[repR, row.at('rep')]], report.range('sales', 0, true))}`, v: sumEqValue(sales, row.mine) }) },
        {
          headers: [bi('拜访', 'Visits'), bi('电话', 'Calls'), bi('信息', 'Messages')],
          format: '0',
          cells: (row) => [0, 1, 2].map((k) => ({ f: `=${sumEqF([[repR, row.at('rep')]], report.range('contacts', k, true))}`, v: sumEqValue(contacts[k], row.mine) })),
        },
      ]);
    }
    report.side.notes(bi('客情维护要求（每月）', 'Customer-care rules (each month)'), [
      bi('为客户解决问题：A 类至少 2 个，B、C 类至少 1 个', 'Problems solved for the customer: A at least 2, B and C at least 1'),
      bi('每个业务员每月给 1 家 A 类门店做一次正式培训（产品知识或门店营销知识）', 'Each rep gives one A store a month a formal training (product or store-marketing knowledge)'),
      bi('客户重大纪念日（结婚、得子等）：业务员亲自登门拜访祝贺', 'A customer’s big day (a wedding, a birth): the rep visits in person to congratulate'),
      bi('客户遭遇不幸（亲人去世、重病或意外）：业务员亲自登门慰问', 'A customer’s misfortune (a death in the family, grave illness, an accident): the rep visits in person'),
      bi('每月至少 5 次请客户帮忙', 'Ask customers for help at least 5 times a month'),
      bi('端午、中秋：A 类带礼品拜访，B、C 类电话问候，全部发信息', 'Dragon Boat and Mid-Autumn: visit A stores with a gift, phone B and C, message all'),
      bi('春节：所有门店都要拜访并送上祝福', 'Spring Festival: visit every store and send greetings'),
    ]);
    report.chart({
      type: 'pareto',
      title: report.text(bi('客户销售帕累托图', 'Customer sales Pareto')),
      categories: report.rangeRef('customer'),
      series: [
        { name: report.text(bi('销售额', 'Sales')), values: report.rangeRef('sales'), drawAs: 'column' },
        { name: report.text(bi('累计占比', 'Cumulative share')), values: report.rangeRef('cumulative'), drawAs: 'line', secondaryAxis: true },
      ],
    });
  },
};

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const sales = dealerSales();
  return { headers: ['客户', '销售额', '业务员', '区域'], rows: DEALERS.map((d, i) => [d, sales[i], REPS[i % REPS.length], REGIONS[i % REGIONS.length]]) };
}
