// T4 营业目标计划与实际比较表: achievement, gap, year on year and status per period and owner, with period totals.
import { arith } from '../plan/cellValues';
import { COLORS } from '../plan/tableLayout';
import { distinct, sameCell, sumEqF, sumEqValue } from './exact';
import { bi, field, q } from './fields';
import { writeGroupSummary } from '../plan/groupSummary';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, int, REPS } from '../samples/names';

const STATUS = { over: bi('超额', 'Exceeded'), met: bi('达成', 'Met'), close: bi('接近', 'Close'), missed: bi('未达成', 'Missed') };

export const targetVsActual: TemplateSpec = {
  id: 'target-vs-actual',
  order: 40,
  name: bi('营业目标计划与实际比较表', 'Target vs actual'),
  description: bi('“三表一卡”之一：每期每个业务员或客户的目标、实际、达成率、差额、同比和状态。', 'One of the “three forms and a card”: target, actual, achievement, gap, year on year and status per period and owner.'),
  period: 'year',
  fields: [
    field('period', '期间', 'Period', 'text', { required: true, synonyms: ['月份', 'month', '月', '日期'], width: 10 }),
    field('owner', '业务员或客户', 'Owner', 'text', { required: true, synonyms: ['业务员', '经销商', '客户', 'rep', 'dealer', 'customer'], width: 14 }),
    field('target', '目标', 'Target', 'number', { required: true, synonyms: ['计划', '指标', 'plan', '目标额'] }),
    field('actual', '实际', 'Actual', 'number', { required: true, synonyms: ['实绩', '销售额', '实际销售', '完成'] }),
    field('last_year', '去年同期', 'Last year', 'number', { synonyms: ['去年', 'last year same period', '上年同期'] }),
  ],
  params: [
    { id: 'close', label: bi('“接近”下限', '“Close” from'), value: 0.85, numberFormat: '0%' },
    { id: 'met', label: bi('“达成”', '“Met” at'), value: 1, numberFormat: '0%' },
  ],
  computed: [
    {
      id: 'achievement',
      headers: [bi('达成率', 'Achievement')],
      numberFormat: '0.0%',
      build(report) {
        const g = report.values('target');
        const a = report.values('actual');
        report.perRow('achievement', (i) => `=IF(N(${report.dataCell('target', i)})>0,${report.dataCell('actual', i)}/${report.dataCell('target', i)},"")`, g.map((x, i) => (typeof x === 'number' && x > 0 ? (arith(a[i]) === null ? { error: '#VALUE!' } : (arith(a[i]) as number) / x) : '')));
      },
    },
    {
      id: 'gap',
      headers: [bi('差额', 'Gap')],
      numberFormat: '#,##0.##;[Red]-#,##0.##',
      build(report) {
        const g = report.values('target');
        const a = report.values('actual');
        report.perRow('gap', (i) => `=IF(AND(${report.dataCell('target', i)}="",${report.dataCell('actual', i)}=""),"",${report.dataCell('actual', i)}-${report.dataCell('target', i)})`, g.map((x, i) => (x === null && a[i] === null ? '' : arith(a[i]) === null || arith(x) === null ? { error: '#VALUE!' } : (arith(a[i]) as number) - (arith(x) as number))));
      },
    },
    {
      id: 'yoy',
      headers: [bi('同比', 'YoY')],
      numberFormat: '0.0%;[Red]-0.0%',
      build(report) {
        const l = report.values('last_year');
        const a = report.values('actual');
        report.perRow('yoy', (i) => `=IF(N(${report.dataCell('last_year', i)})>0,${report.dataCell('actual', i)}/${report.dataCell('last_year', i)}-1,"")`, l.map((x, i) => (typeof x === 'number' && x > 0 ? (arith(a[i]) === null ? { error: '#VALUE!' } : (arith(a[i]) as number) / x - 1) : '')));
      },
    },
    {
      id: 'status',
      headers: [bi('状态', 'Status')],
      width: 10,
      build(report) {
        const ach = report.values('achievement');
        const close = report.params.value('close') as number;
        const met = report.params.value('met') as number;
        const s = (k: keyof typeof STATUS) => report.text(STATUS[k]);
        report.perRow(
          'status',
          (i) => {
            const c = report.dataCell('achievement', i);
            return `=IF(ISNUMBER(${c}),IF(${c}>${report.params.ref('met')},${q(s('over'))},IF(${c}>=${report.params.ref('met')},${q(s('met'))},IF(${c}>=${report.params.ref('close')},${q(s('close'))},${q(s('missed'))}))),"")`;
          },
          ach.map((x) => (typeof x !== 'number' ? '' : x > met ? s('over') : x >= met ? s('met') : x >= close ? s('close') : s('missed'))),
        );
      },
    },
  ],
  totals: ['target', 'actual', 'gap'],
  finish(report) {
    const st = `$${report.letter('status')}${report.firstExcelRow}`;
    report.sheet.conditional({ range: report.rangeRef('status'), formula: `=OR(${st}=${q(report.text(STATUS.over))},${st}=${q(report.text(STATUS.met))})`, style: { fill: COLORS.good } });
    report.sheet.conditional({ range: report.rangeRef('status'), formula: `=${st}=${q(report.text(STATUS.close))}`, style: { fill: COLORS.warn } });
    report.sheet.conditional({ range: report.rangeRef('status'), formula: `=${st}=${q(report.text(STATUS.missed))}`, style: { fill: COLORS.bad } });
    // totals per period, by formula over the table
    // each period once, as written (a number stays a number: `=` does not match 1 with "1"), matched exactly
    const pv = report.values('period');
    const periods = distinct(pv, (p): p is string | number => typeof p === 'string' || typeof p === 'number');
    const per = report.range('period', 0, true);
    writeGroupSummary(
      report,
      bi('按期间合计', 'Totals per period'),
      periods,
      ({ group: p }) => {
        const mine = (i: number) => sameCell(pv[i], p);
        return { target: sumEqValue(report.values('target'), mine), actual: sumEqValue(report.values('actual'), mine) };
      },
      [
        { id: 'period', header: bi('期间', 'Period'), format: '@', cell: (row) => row.group },
        { id: 'target', header: bi('目标', 'Target'), format: '#,##0', cell: (row) => ({ f: `=${sumEqF([[per, row.at('period')]], report.range('target', 0, true))}`, v: row.target }) },
        { id: 'actual', header: bi('实际', 'Actual'), format: '#,##0', cell: (row) => ({ f: `=${sumEqF([[per, row.at('period')]], report.range('actual', 0, true))}`, v: row.actual }) },
        {
          header: bi('达成率', 'Achievement'),
          format: '0.0%',
          cell: ({ target: g, actual: a, at }) => ({ f: `=IF(${at('target')}>0,${at('actual')}/${at('target')},"")`, v: typeof g === 'number' && typeof a === 'number' ? (g > 0 ? a / g : '') : { error: '#VALUE!' } }),
        },
      ],
    );
    report.chart({
      type: 'column',
      title: report.text(bi('目标与实际', 'Target vs actual')),
      categories: report.rangeRef('owner'),
      series: [
        { name: report.text(bi('目标', 'Target')), values: report.rangeRef('target') },
        { name: report.text(bi('实际', 'Actual')), values: report.rangeRef('actual') },
      ],
    });
  },
};

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(4);
  const rows: unknown[][] = [];
  for (let m = 1; m <= 12; m++) {
    for (const rep of REPS) {
      const target = int(r, 80, 160) * 1000;
      const actual = Math.round(target * (0.7 + r() * 0.5));
      rows.push([`2026-${String(m).padStart(2, '0')}`, rep, target, actual, Math.round(actual * (0.8 + r() * 0.3))]);
    }
  }
  return { headers: ['月份', '业务员', '目标', '实际', '去年同期'], rows };
}
