// T10 展厅来店/来电统计表: from a T9-shaped register, counts per day × channel and intent, per staff and source, conversion.
import { colLetter } from '../plan/a1';
import type { TableReport } from '../plan/tableReport';
import type { GridCell } from '../plan/builder';
import { countEqF, distinct, sameCell } from './exact';
import { bi, field, INTENT_LEVELS, q, SOURCES, VISIT_CHANNELS } from './fields';
import type { TemplateSpec } from './types';

const CONVERTED = ['H', 'A', 'B'];

export const showroomStats: TemplateSpec = {
  id: 'showroom-stats',
  order: 100,
  name: bi('展厅来店/来电统计表', 'Showroom visit and call statistics'),
  description: bi('由来店/来电登记表统计：每天来店、来电和各意向等级人数，按时段、接待人员和信息来源汇总，及转为意向顾客的比例。', 'From the walk-in/call register: visits, calls and intent levels per day, by hour of day, per staff and per source, and the share converted to prospects.'),
  period: 'month',
  fields: [
    field('date', '日期', 'Date', 'date', { required: true, synonyms: ['来店日期', 'day'], width: 11 }),
    field('channel', '来店/来电', 'Walk-in/Call', 'choice', { required: true, list: VISIT_CHANNELS, synonyms: ['方式', '类型', 'channel', 'type'], width: 9 }),
    field('time', '时间', 'Time', 'time', { synonyms: ['来店时间', '来电时间', 'time of day'], width: 7 }),
    field('intent', '意向等级', 'Intent', 'choice', { list: INTENT_LEVELS, synonyms: ['等级', '意向级别', 'level'], width: 8 }),
    field('staff', '接待人员', 'Staff', 'text', { synonyms: ['接待', '销售顾问', 'consultant'] }),
    field('source', '信息来源', 'Source', 'choice', { list: SOURCES, synonyms: ['来源', '顾客属性', 'lead source'], width: 10 }),
    field('customer', '顾客姓名', 'Customer', 'text', { synonyms: ['姓名', '顾客', 'name'], width: 10 }),
  ],
  sort: [{ field: 'date' }],
  params: [],
  computed: [],
  finish(report) {
    const R = (id: string) => report.range(id, 0, true);
    const dates = [...new Set(report.values('date').filter((d): d is number => typeof d === 'number'))].sort((a, b) => a - b);
    const countWhere = (pred: (i: number) => boolean) => report.values('date').reduce<number>((a, _, i) => a + (pred(i) ? 1 : 0), 0);
    const is = (id: string, v: unknown) => (i: number) => sameCell(report.values(id)[i], v);
    const and = (...ps: ((i: number) => boolean)[]) => (i: number) => ps.every((p) => p(i));
    // the month total adds up the days, so it counts only rows whose date is a date
    const dated = (i: number) => typeof report.values('date')[i] === 'number';
    const conv = (i: number) => CONVERTED.some((lv) => sameCell(report.values('intent')[i], lv));

    // per day: one row per date in the data, month totals below
    const dayFirst = report.side.row + 2;
    const dayRows: GridCell[][] = dates.map((d, j) => {
      const me = `${colLetter(report.side.col)}${dayFirst + j + 1}`;
      const tot = `${colLetter(report.side.col + 7)}${dayFirst + j + 1}`;
      const convCell = (k: number) => `${colLetter(report.side.col + k)}${dayFirst + j + 1}`;
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
      const sumCol = (k: number) => `=SUM(${colLetter(report.side.col + k)}${dayFirst + 1}:${colLetter(report.side.col + k)}${lastRow})`;
      const totals = dayRows.reduce<number[]>((acc, r) => acc.map((a, k) => a + ((r[k + 1] as { v: number }).v as number)), Array(7).fill(0));
      const tc = `${colLetter(report.side.col + 7)}${lastRow + 1}`;
      const cc = (k: number) => `${colLetter(report.side.col + k)}${lastRow + 1}`;
      dayRows.push([
        report.text(bi('本月合计', 'Month total')),
        ...totals.map((v, k) => ({ f: sumCol(k + 1), v })),
        { f: `=IF(${tc}>0,(${cc(3)}+${cc(4)}+${cc(5)})/${tc},"")`, v: ratio(countWhere(and(dated, conv)), countWhere(dated)) },
      ]);
    }
    const dayBlock = report.side.block(
      bi('每日来店/来电统计', 'Visits and calls per day'),
      [report.text(bi('日期', 'Date')), ...VISIT_CHANNELS.map((c) => report.text(bi(c, c === '来店' ? 'Walk-ins' : 'Calls'))), ...INTENT_LEVELS.map((l) => l), report.text(bi('合计', 'Total')), report.text(bi('转为意向', 'Converted'))],
      dayRows,
      ['yyyy-mm-dd', '0', '0', '0', '0', '0', '0', '0', '0%'],
    );
    hourBlock(report);
    groupBlock(report, 'staff', bi('按接待人员', 'Per staff'), bi('接待人员', 'Staff'), conv);
    groupBlock(report, 'source', bi('按信息来源', 'Per source'), bi('信息来源', 'Source'), conv);
    if (dates.length) {
      const cats = { row: dayBlock.row, col: dayBlock.col, rows: dates.length, cols: 1 };
      report.chart({
        type: 'line',
        title: report.text(bi('每日来店与来电', 'Walk-ins and calls per day')),
        categories: cats,
        series: [
          { name: report.text(bi('来店', 'Walk-ins')), values: { ...cats, col: cats.col + 1 } },
          { name: report.text(bi('来电', 'Calls')), values: { ...cats, col: cats.col + 2 } },
        ],
      });
    }
  },
};

function ratio(a: number, b: number): number | string {
  return b > 0 ? a / b : '';
}

/** A per-staff or per-source block: walk-ins, calls, total and converted share per distinct value. */
function groupBlock(report: TableReport, id: string, title: ReturnType<typeof bi>, head: ReturnType<typeof bi>, conv: (i: number) => boolean) {
  if (!report.used(id)) return;
  const R = (x: string) => report.range(x, 0, true);
  const keys = distinct(report.values(id), (v): v is string => typeof v === 'string');
  const first = report.side.row + 2;
  const vals = report.values(id);
  const rows = keys.map((k, j) => {
    const me = `${colLetter(report.side.col)}${first + j + 1}`;
    const idx = vals.map((v, i) => (sameCell(v, k) ? i : -1)).filter((i) => i >= 0);
    const n = (ch: string) => idx.filter((i) => sameCell(report.values('channel')[i], ch)).length;
    const tot = `${colLetter(report.side.col + 3)}${first + j + 1}`;
    return [
      k,
      ...VISIT_CHANNELS.map((ch) => ({ f: `=${countEqF([[R(id), me], [R('channel'), q(ch)]])}`, v: n(ch) })),
      { f: `=${countEqF([[R(id), me]])}`, v: idx.length },
      { f: `=IF(${tot}>0,(${CONVERTED.map((lv) => countEqF([[R(id), me], [R('intent'), q(lv)]])).join('+')})/${tot},"")`, v: ratio(idx.filter(conv).length, idx.length) },
    ];
  });
  report.side.block(title, [report.text(head), report.text(bi('来店', 'Walk-ins')), report.text(bi('来电', 'Calls')), report.text(bi('合计', 'Total')), report.text(bi('转为意向', 'Converted'))], rows, [undefined, '0', '0', '0', '0%']);
}

/** Showroom hours (DealerKit default): one row per hour from 8:00 to 20:00, the rest counted apart. */
const HOURS = Array.from({ length: 13 }, (_, k) => 8 + k);

/** The hour a register time shows ("09:15" or "9:15" → 9), as the COUNTIFS patterns below match it. */
function hourOf(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{1,2}):/.exec(v);
  if (!m) return null;
  const h = Number(m[1]);
  // "9:*" and "09:*" for hours below 10; "10:*"… above (a "010:" time matches neither)
  return m[1].length === 2 && m[1][0] === '0' && h >= 10 ? null : h;
}

/** Visits and calls by hour of day, from the register's time column (text "HH:MM", as the register writes it). */
function hourBlock(report: TableReport) {
  if (!report.used('time') && !report.blank) return;
  const R = (x: string) => report.range(x, 0, true);
  const hours = report.values('time').map(hourOf);
  const ch = report.values('channel');
  const first = report.side.row + 2;
  const pattern = (h: number, chv: string) => {
    const one = (p: string) => `COUNTIFS(${R('time')},${q(p)},${R('channel')},${q(chv)})`;
    return h < 10 ? `${one(`${h}:*`)}+${one(`0${h}:*`)}` : one(`${h}:*`);
  };
  const rows: GridCell[][] = HOURS.map((h, j) => {
    const n = (chv: string) => hours.filter((x, i) => x === h && ch[i] === chv).length;
    return [
      `${String(h).padStart(2, '0')}:00–${String(h + 1).padStart(2, '0')}:00`,
      ...VISIT_CHANNELS.map((chv) => ({ f: `=${pattern(h, chv)}`, v: n(chv) })),
      { f: `=${colLetter(report.side.col + 1)}${first + j + 1}+${colLetter(report.side.col + 2)}${first + j + 1}`, v: n('来店') + n('来电') },
    ];
  });
  const last = first + HOURS.length;
  const other = (chv: string, k: number) => ({
    f: `=COUNTIFS(${R('channel')},${q(chv)})-SUM(${colLetter(report.side.col + k)}${first + 1}:${colLetter(report.side.col + k)}${last})`,
    v: ch.filter((c) => c === chv).length - hours.filter((x, i) => x !== null && HOURS.includes(x) && ch[i] === chv).length,
  });
  const o1 = other('来店', 1);
  const o2 = other('来电', 2);
  rows.push([report.text(bi('其他时段或无时间', 'Other hours or no time')), o1, o2, { f: `=${colLetter(report.side.col + 1)}${last + 1}+${colLetter(report.side.col + 2)}${last + 1}`, v: (o1.v as number) + (o2.v as number) }]);
  report.side.block(bi('按时段（来店/来电时间）', 'By hour of day'), [report.text(bi('时段', 'Hour')), report.text(bi('来店', 'Walk-ins')), report.text(bi('来电', 'Calls')), report.text(bi('合计', 'Total'))], rows, [undefined, '0', '0', '0']);
}

/** The bundled sample: the same walk-in and call register the visitor log shows. */
export { sample } from './visitorLog';
