// T10 展厅来店/来电统计表: from a T9-shaped register, counts per day × channel and intent, per staff and source, conversion.
import { colLetter } from '../plan/a1';
import type { TableContext } from '../plan/table';
import type { GridCell } from '../plan/builder';
import { countEqF, distinct, sameCell } from './exact';
import { bi, field, INTENT_LEVELS, q, SOURCES, VISIT_CHANNELS } from './fields';
import type { TemplateSpec } from './types';

const CONVERTED = ['H', 'A', 'B'];

export const showroomStats: TemplateSpec = {
  id: 'showroom-stats',
  order: 100,
  name: bi('展厅来店/来电统计表', 'Showroom visit and call statistics'),
  description: bi('由来店/来电登记表统计：每天来店、来电和各意向等级人数，按接待人员和信息来源汇总，及转为意向顾客的比例。', 'From the walk-in/call register: visits, calls and intent levels per day, per staff and per source, and the share converted to prospects.'),
  period: 'month',
  fields: [
    field('date', '日期', 'Date', 'date', { required: true, synonyms: ['来店日期', 'day'], width: 11 }),
    field('channel', '来店/来电', 'Walk-in/Call', 'choice', { required: true, list: VISIT_CHANNELS, synonyms: ['方式', '类型', 'channel', 'type'], width: 9 }),
    field('intent', '意向等级', 'Intent', 'choice', { list: INTENT_LEVELS, synonyms: ['等级', '意向级别', 'level'], width: 8 }),
    field('staff', '接待人员', 'Staff', 'text', { synonyms: ['接待', '销售顾问', 'consultant'] }),
    field('source', '信息来源', 'Source', 'choice', { list: SOURCES, synonyms: ['来源', 'lead source'] }),
    field('customer', '顾客姓名', 'Customer', 'text', { synonyms: ['姓名', '顾客', 'name'], width: 10 }),
  ],
  sort: [{ field: 'date' }],
  params: [],
  computed: [],
  finish(t) {
    const R = (id: string) => t.range(id, 0, true);
    const dates = [...new Set(t.values('date').filter((d): d is number => typeof d === 'number'))].sort((a, b) => a - b);
    const countWhere = (pred: (i: number) => boolean) => t.values('date').reduce<number>((a, _, i) => a + (pred(i) ? 1 : 0), 0);
    const is = (id: string, v: unknown) => (i: number) => sameCell(t.values(id)[i], v);
    const and = (...ps: ((i: number) => boolean)[]) => (i: number) => ps.every((p) => p(i));
    // the month total adds up the days, so it counts only rows whose date is a date
    const dated = (i: number) => typeof t.values('date')[i] === 'number';
    const conv = (i: number) => CONVERTED.some((lv) => sameCell(t.values('intent')[i], lv));

    // per day: one row per date in the data, month totals below
    const dayFirst = t.sideRow + 2;
    const dayRows: GridCell[][] = dates.map((d, j) => {
      const me = `${colLetter(t.sideCol)}${dayFirst + j + 1}`;
      const tot = `${colLetter(t.sideCol + 7)}${dayFirst + j + 1}`;
      const convCell = (k: number) => `${colLetter(t.sideCol + k)}${dayFirst + j + 1}`;
      return [
        d,
        ...VISIT_CHANNELS.map((ch) => ({ f: `=${countEqF([[R('date'), me], [R('channel'), q(ch)]])}`, v: countWhere(and(is('date', d), is('channel', ch))) })),
        ...INTENT_LEVELS.map((lv) => ({ f: `=${countEqF([[R('date'), me], [R('intent'), q(lv)]])}`, v: countWhere(and(is('date', d), is('intent', lv))) })),
        { f: `=${countEqF([[R('date'), me]])}`, v: countWhere(is('date', d)) },
        { f: `=IF(${tot}>0,(${convCell(3)}+${convCell(4)}+${convCell(5)})/${tot},"")`, v: ratio(countWhere(and(is('date', d), conv)), countWhere(is('date', d))) },
      ];
    });
    if (dates.length) {
      const lastRow = dayFirst + dates.length; // A1 row of the last day
      const sumCol = (k: number) => `=SUM(${colLetter(t.sideCol + k)}${dayFirst + 1}:${colLetter(t.sideCol + k)}${lastRow})`;
      const totals = dayRows.reduce<number[]>((acc, r) => acc.map((a, k) => a + ((r[k + 1] as { v: number }).v as number)), Array(7).fill(0));
      const tc = `${colLetter(t.sideCol + 7)}${lastRow + 1}`;
      const cc = (k: number) => `${colLetter(t.sideCol + k)}${lastRow + 1}`;
      dayRows.push([
        t.t(bi('本月合计', 'Month total')),
        ...totals.map((v, k) => ({ f: sumCol(k + 1), v })),
        { f: `=IF(${tc}>0,(${cc(3)}+${cc(4)}+${cc(5)})/${tc},"")`, v: ratio(countWhere(and(dated, conv)), countWhere(dated)) },
      ]);
    }
    const dayBlock = t.sideBlock(
      bi('每日来店/来电统计', 'Visits and calls per day'),
      [t.t(bi('日期', 'Date')), ...VISIT_CHANNELS.map((c) => t.t(bi(c, c === '来店' ? 'Walk-ins' : 'Calls'))), ...INTENT_LEVELS.map((l) => l), t.t(bi('合计', 'Total')), t.t(bi('转为意向', 'Converted'))],
      dayRows,
      ['yyyy-mm-dd', '0', '0', '0', '0', '0', '0', '0', '0%'],
    );
    groupBlock(t, 'staff', bi('按接待人员', 'Per staff'), bi('接待人员', 'Staff'), conv);
    groupBlock(t, 'source', bi('按信息来源', 'Per source'), bi('信息来源', 'Source'), conv);
    if (dates.length) {
      const cats = { row: dayBlock.row, col: dayBlock.col, rows: dates.length, cols: 1 };
      t.chart({
        type: 'line',
        title: t.t(bi('每日来店与来电', 'Walk-ins and calls per day')),
        categories: cats,
        series: [
          { name: t.t(bi('来店', 'Walk-ins')), values: { ...cats, col: cats.col + 1 } },
          { name: t.t(bi('来电', 'Calls')), values: { ...cats, col: cats.col + 2 } },
        ],
      });
    }
  },
};

function ratio(a: number, b: number): number | string {
  return b > 0 ? a / b : '';
}

/** A per-staff or per-source block: walk-ins, calls, total and converted share per distinct value. */
function groupBlock(t: TableContext, id: string, title: ReturnType<typeof bi>, head: ReturnType<typeof bi>, conv: (i: number) => boolean) {
  if (!t.used(id)) return;
  const R = (x: string) => t.range(x, 0, true);
  const keys = distinct(t.values(id), (v): v is string => typeof v === 'string');
  const first = t.sideRow + 2;
  const vals = t.values(id);
  const rows = keys.map((k, j) => {
    const me = `${colLetter(t.sideCol)}${first + j + 1}`;
    const idx = vals.map((v, i) => (sameCell(v, k) ? i : -1)).filter((i) => i >= 0);
    const n = (ch: string) => idx.filter((i) => sameCell(t.values('channel')[i], ch)).length;
    const tot = `${colLetter(t.sideCol + 3)}${first + j + 1}`;
    return [
      k,
      ...VISIT_CHANNELS.map((ch) => ({ f: `=${countEqF([[R(id), me], [R('channel'), q(ch)]])}`, v: n(ch) })),
      { f: `=${countEqF([[R(id), me]])}`, v: idx.length },
      { f: `=IF(${tot}>0,(${CONVERTED.map((lv) => countEqF([[R(id), me], [R('intent'), q(lv)]])).join('+')})/${tot},"")`, v: ratio(idx.filter(conv).length, idx.length) },
    ];
  });
  t.sideBlock(title, [t.t(head), t.t(bi('来店', 'Walk-ins')), t.t(bi('来电', 'Calls')), t.t(bi('合计', 'Total')), t.t(bi('转为意向', 'Converted'))], rows, [undefined, '0', '0', '0', '0%']);
}

/** The bundled sample: the same walk-in and call register the visitor log shows. */
export { sample } from './visitorLog';
