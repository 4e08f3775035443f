// T10 展厅来店/来电统计表: from a T9-shaped register, counts per day × channel and intent, per staff and source, conversion.
import type { TableReport } from '../plan/tableReport';
import { countEqF, distinct, sameCell } from './exact';
import { bi, field, INTENT_LEVELS, q, SOURCES, VISIT_CHANNELS } from './fields';
import { writeGroupSummary } from '../plan/groupSummary';
import type { TemplateSpec } from './types';

const CONVERTED = ['H', 'A', 'B'];
/** The register's two channels as block headers. */
const CHANNEL_HEADERS = VISIT_CHANNELS.map((c) => bi(c, c === '来店' ? 'Walk-ins' : 'Calls'));

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
    const dayBlock = writeGroupSummary(
      report,
      bi('每日来店/来电统计', 'Visits and calls per day'),
      dates,
      ({ group: d, at }) => ({ me: at('date'), onDay: is('date', d) }),
      [
        { id: 'date', header: bi('日期', 'Date'), format: 'yyyy-mm-dd', cell: (row) => row.group },
        { headers: CHANNEL_HEADERS, ids: VISIT_CHANNELS, format: '0', cells: (row) => VISIT_CHANNELS.map((ch) => ({ f: `=${countEqF([[R('date'), row.me], [R('channel'), q(ch)]])}`, v: countWhere(and(row.onDay, is('channel', ch))) })) },
        { headers: INTENT_LEVELS.map((l) => bi(l, l)), ids: INTENT_LEVELS, format: '0', cells: (row) => INTENT_LEVELS.map((lv) => ({ f: `=${countEqF([[R('date'), row.me], [R('intent'), q(lv)]])}`, v: countWhere(and(row.onDay, is('intent', lv))) })) },
        { id: 'total', header: bi('合计', 'Total'), format: '0', cell: (row) => ({ f: `=${countEqF([[R('date'), row.me]])}`, v: countWhere(row.onDay) }) },
        { header: bi('转为意向', 'Converted'), format: '0%', cell: (row) => ({ f: `=IF(${row.at('total')}>0,(${CONVERTED.map((lv) => row.at(lv)).join('+')})/${row.at('total')},"")`, v: ratio(countWhere(and(row.onDay, conv)), countWhere(row.onDay)) }) },
      ],
      dates.length
        ? ({ rows, range, at }) => [
            report.text(bi('本月合计', 'Month total')),
            ...[...VISIT_CHANNELS, ...INTENT_LEVELS, 'total'].map((id, k) => ({ f: `=SUM(${range(id)})`, v: rows.reduce((a, r) => a + ((r[k + 1] as { v: number }).v as number), 0) })),
            { f: `=IF(${at('total')}>0,(${CONVERTED.map((lv) => at(lv)).join('+')})/${at('total')},"")`, v: ratio(countWhere(and(dated, conv)), countWhere(dated)) },
          ]
        : undefined,
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
  const vals = report.values(id);
  writeGroupSummary(
    report,
    title,
    keys,
    ({ group: k, at }) => {
      const idx = vals.map((v, i) => (sameCell(v, k) ? i : -1)).filter((i) => i >= 0);
      const n = (ch: string) => idx.filter((i) => sameCell(report.values('channel')[i], ch)).length;
      return { me: at('key'), idx, n };
    },
    [
      { id: 'key', header: head, cell: (row) => row.group },
      { headers: CHANNEL_HEADERS, format: '0', cells: (row) => VISIT_CHANNELS.map((ch) => ({ f: `=${countEqF([[R(id), row.me], [R('channel'), q(ch)]])}`, v: row.n(ch) })) },
      { id: 'total', header: bi('合计', 'Total'), format: '0', cell: (row) => ({ f: `=${countEqF([[R(id), row.me]])}`, v: row.idx.length }) },
      {
        header: bi('转为意向', 'Converted'),
        format: '0%',
        cell: (row) => ({ f: `=IF(${row.at('total')}>0,(${CONVERTED.map((lv) => countEqF([[R(id), row.me], [R('intent'), q(lv)]])).join('+')})/${row.at('total')},"")`, v: ratio(row.idx.filter(conv).length, row.idx.length) }),
      },
    ],
  );
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
  const pattern = (h: number, chv: string) => {
    const one = (p: string) => `COUNTIFS(${R('time')},${q(p)},${R('channel')},${q(chv)})`;
    return h < 10 ? `${one(`${h}:*`)}+${one(`0${h}:*`)}` : one(`${h}:*`);
  };
  writeGroupSummary(
    report,
    bi('按时段（来店/来电时间）', 'By hour of day'),
    HOURS,
    ({ group: h }) => ({ n: (chv: string) => hours.filter((x, i) => x === h && ch[i] === chv).length }),
    [
      { header: bi('时段', 'Hour'), cell: ({ group: h }) => `${String(h).padStart(2, '0')}:00–${String(h + 1).padStart(2, '0')}:00` },
      { headers: CHANNEL_HEADERS, ids: VISIT_CHANNELS, format: '0', cells: (row) => VISIT_CHANNELS.map((chv) => ({ f: `=${pattern(row.group, chv)}`, v: row.n(chv) })) },
      { header: bi('合计', 'Total'), format: '0', cell: (row) => ({ f: `=${row.at('来店')}+${row.at('来电')}`, v: row.n('来店') + row.n('来电') }) },
    ],
    ({ range, at }) => {
      // what the hour rows leave out: times outside the hours, or none
      const other = (chv: string) => ({
        f: `=COUNTIFS(${R('channel')},${q(chv)})-SUM(${range(chv)})`,
        v: ch.filter((c) => c === chv).length - hours.filter((x, i) => x !== null && HOURS.includes(x) && ch[i] === chv).length,
      });
      const o1 = other('来店');
      const o2 = other('来电');
      return [report.text(bi('其他时段或无时间', 'Other hours or no time')), o1, o2, { f: `=${at('来店')}+${at('来电')}`, v: o1.v + o2.v }];
    },
  );
}

/** The bundled sample: the same walk-in and call register the visitor log shows. */
export { sample } from './visitorLog';
