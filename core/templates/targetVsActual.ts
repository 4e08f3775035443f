// T4 营业目标计划与实际比较表: achievement, gap, year on year and status per period and owner, with period totals.
import { colLetter } from '../plan/a1';
import { arith, COLORS } from '../plan/table';
import { distinct, sameCell, sumEqF, sumEqValue } from './exact';
import { bi, field, q } from './fields';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, int, REPS } from '../../samples/data';

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
      build(t) {
        const g = t.values('target');
        const a = t.values('actual');
        t.perRow('achievement', (i) => `=IF(N(${t.at('target', i)})>0,${t.at('actual', i)}/${t.at('target', i)},"")`, g.map((x, i) => (typeof x === 'number' && x > 0 ? (arith(a[i]) === null ? { error: '#VALUE!' } : (arith(a[i]) as number) / x) : '')));
      },
    },
    {
      id: 'gap',
      headers: [bi('差额', 'Gap')],
      numberFormat: '#,##0.##;[Red]-#,##0.##',
      build(t) {
        const g = t.values('target');
        const a = t.values('actual');
        t.perRow('gap', (i) => `=IF(AND(${t.at('target', i)}="",${t.at('actual', i)}=""),"",${t.at('actual', i)}-${t.at('target', i)})`, g.map((x, i) => (x === null && a[i] === null ? '' : arith(a[i]) === null || arith(x) === null ? { error: '#VALUE!' } : (arith(a[i]) as number) - (arith(x) as number))));
      },
    },
    {
      id: 'yoy',
      headers: [bi('同比', 'YoY')],
      numberFormat: '0.0%;[Red]-0.0%',
      build(t) {
        const l = t.values('last_year');
        const a = t.values('actual');
        t.perRow('yoy', (i) => `=IF(N(${t.at('last_year', i)})>0,${t.at('actual', i)}/${t.at('last_year', i)}-1,"")`, l.map((x, i) => (typeof x === 'number' && x > 0 ? (arith(a[i]) === null ? { error: '#VALUE!' } : (arith(a[i]) as number) / x - 1) : '')));
      },
    },
    {
      id: 'status',
      headers: [bi('状态', 'Status')],
      width: 10,
      build(t) {
        const ach = t.values('achievement');
        const close = t.paramValue('close') as number;
        const met = t.paramValue('met') as number;
        const s = (k: keyof typeof STATUS) => t.t(STATUS[k]);
        t.perRow(
          'status',
          (i) => {
            const c = t.at('achievement', i);
            return `=IF(ISNUMBER(${c}),IF(${c}>${t.param('met')},${q(s('over'))},IF(${c}>=${t.param('met')},${q(s('met'))},IF(${c}>=${t.param('close')},${q(s('close'))},${q(s('missed'))}))),"")`;
          },
          ach.map((x) => (typeof x !== 'number' ? '' : x > met ? s('over') : x >= met ? s('met') : x >= close ? s('close') : s('missed'))),
        );
      },
    },
  ],
  totals: ['target', 'actual', 'gap'],
  finish(t) {
    const st = `$${t.letter('status')}${t.firstExcelRow}`;
    t.b.conditional({ range: t.rangeRef('status'), formula: `=OR(${st}=${q(t.t(STATUS.over))},${st}=${q(t.t(STATUS.met))})`, style: { fill: COLORS.good } });
    t.b.conditional({ range: t.rangeRef('status'), formula: `=${st}=${q(t.t(STATUS.close))}`, style: { fill: COLORS.warn } });
    t.b.conditional({ range: t.rangeRef('status'), formula: `=${st}=${q(t.t(STATUS.missed))}`, style: { fill: COLORS.bad } });
    // totals per period, by formula over the table
    // each period once, as written (a number stays a number: `=` does not match 1 with "1"), matched exactly
    const pv = t.values('period');
    const periods = distinct(pv, (p): p is string | number => typeof p === 'string' || typeof p === 'number');
    const per = t.range('period', 0, true);
    const first = t.sideRow + 2;
    const rows = periods.map((p, j) => {
      const me = `${colLetter(t.sideCol)}${first + j + 1}`;
      const mine = (i: number) => sameCell(pv[i], p);
      const g = sumEqValue(t.values('target'), mine);
      const a = sumEqValue(t.values('actual'), mine);
      const tc = `${colLetter(t.sideCol + 1)}${first + j + 1}`;
      const ac = `${colLetter(t.sideCol + 2)}${first + j + 1}`;
      const ach = typeof g === 'number' && typeof a === 'number' ? (g > 0 ? a / g : '') : { error: '#VALUE!' };
      return [p, { f: `=${sumEqF([[per, me]], t.range('target', 0, true))}`, v: g }, { f: `=${sumEqF([[per, me]], t.range('actual', 0, true))}`, v: a }, { f: `=IF(${tc}>0,${ac}/${tc},"")`, v: ach }];
    });
    t.sideBlock(bi('按期间合计', 'Totals per period'), [t.t(bi('期间', 'Period')), t.t(bi('目标', 'Target')), t.t(bi('实际', 'Actual')), t.t(bi('达成率', 'Achievement'))], rows, ['@', '#,##0', '#,##0', '0.0%']);
    t.chart({
      type: 'column',
      title: t.t(bi('目标与实际', 'Target vs actual')),
      categories: t.rangeRef('owner'),
      series: [
        { name: t.t(bi('目标', 'Target')), values: t.rangeRef('target') },
        { name: t.t(bi('实际', 'Actual')), values: t.rangeRef('actual') },
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
