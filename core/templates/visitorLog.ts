// T9 来店/来电顾客登记表: the showroom register of walk-ins and calls, coloured by intent; the rows feed T10.
import { rect } from '../plan/a1';
import { FIRST_DATA_ROW } from '../plan/tableLayout';
import { bi, field, intentIntervalsParam, intervalsByIntent, showroomCustomerFields, VISIT_CHANNELS } from './fields';
import type { ComputedSpec, ParamSpec, TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, int, SKUS } from '../samples/names';

export const VISITOR_FIELDS = [
  field('date', '日期', 'Date', 'date', { required: true, synonyms: ['来店日期', '来电日期', 'day'], width: 11 }),
  field('time', '时间', 'Time', 'time', { synonyms: ['来店时间', 'time of day'], width: 7 }),
  field('channel', '来店/来电', 'Walk-in/Call', 'choice', { required: true, list: VISIT_CHANNELS, synonyms: ['方式', '类型', 'channel', 'type'], width: 9 }),
  ...showroomCustomerFields(),
];

/** Days to the next follow-up per intent level (the one intent scale of the showroom forms and the prospect list). */
export const INTERVALS_PARAM: ParamSpec = intentIntervalsParam(bi('意向等级与意向顾客接触状况表相同；间隔为 DealerKit 默认', 'The intent scale of the prospect list; the intervals are DealerKit’s defaults'));

/** 下次跟进: the visit's date plus its intent level's interval (the same in every register). */
export const FOLLOW_UP_COLUMN: ComputedSpec = {
  id: 'follow_up',
  headers: [bi('下次跟进', 'Next follow-up')],
  numberFormat: 'yyyy-mm-dd',
  build(report) {
    const by = intervalsByIntent(report);
    const dates = report.values('date');
    const intent = report.values('intent');
    report.perRow(
      'follow_up',
      (i) => `=IF(OR(${report.dataCell('date', i)}="",${report.dataCell('intent', i)}=""),"",${report.dataCell('date', i)}+VLOOKUP(${report.dataCell('intent', i)},${report.params.lookupTable('intervals')},2,FALSE))`,
      dates.map((d, i) => {
        const lv = intent[i];
        if (d === null || d === '' || lv === null || lv === '') return '';
        const n = by.get(String(lv).toUpperCase());
        if (n === undefined) return { error: '#N/A' };
        return typeof d === 'number' ? d + n : { error: '#VALUE!' };
      }),
    );
  },
};

export const visitorLog: TemplateSpec = {
  id: 'visitor-log',
  order: 90,
  name: bi('来店/来电顾客登记表', 'Walk-in and call-in register'),
  description: bi('展厅顾客管理：每位来店、来电顾客的来源、意向产品和意向等级（H/A/B/C），供展厅统计使用。', 'Showroom register: each walk-in and call-in with source, product of interest and intent (H/A/B/C); feeds the showroom statistics.'),
  period: 'month',
  fields: VISITOR_FIELDS,
  // the seed keeps two registers: walk-ins (来店) first, then calls (来电), each by date and time
  sort: [{ field: 'channel' }, { field: 'date' }, { field: 'time' }],
  params: [INTERVALS_PARAM],
  computed: [FOLLOW_UP_COLUMN],
  finish(report) {
    // the call register stands apart from the walk-ins: its channel cells are shaded
    if (report.n > 0) {
      const ch = rect(FIRST_DATA_ROW, report.columns.col('channel'), report.n, 1);
      report.sheet.conditional({ range: ch, formula: `=$${report.letter('channel')}${report.firstExcelRow}="来电"`, style: { fill: '#DDEBF7', bold: true } });
    }
    report.side.notes(bi('说明', 'Notes'), [
      bi('来店顾客登记表在前、来电顾客登记表在后，各按日期和时间排列（教材的两张登记表）', 'The walk-in register first, then the call-in register, each by date and time (the seed’s two registers)'),
      bi('信息来源按教材的顾客属性分析：来店、来电、保有基盘（自然而来）；展示会、特定开拓（短期关系）；内部情报、VIP', 'Sources as the seed’s customer analysis: walk-in, call, existing base (came by themselves); shows, targeted prospecting (short-term); inside information, VIP'),
    ]);
    const c = `$${report.letter('intent')}${report.firstExcelRow}`;
    report.highlightRows(`=${c}="H"`, '#F8CBAD');
    report.highlightRows(`=${c}="A"`, '#FCE4D6');
    report.highlightRows(`=${c}="B"`, '#FFF2CC');
  },
};

/** The sample register (walk-ins and calls of a month), as the combined register lists them. */
export function visitorRows(): unknown[][] {
  const r = rng(9);
  const names = ['刘先生', '黄女士', '林先生', '何女士', '高先生', '罗女士', '梁先生', '宋女士', '郭先生', '马女士'];
  const rows: unknown[][] = [];
  for (let day = 1; day <= 30; day++) {
    const n = int(r, 1, 5);
    for (let k = 0; k < n; k++) {
      rows.push([
        new Date(2026, 10, day), `${String(int(r, 9, 18)).padStart(2, '0')}:${pick(r, ['00', '15', '30', '45'])}`, pick(r, ['来店', '来店', '来电']), pick(r, names), `139${int(r, 10000000, 99999999)}`,
        pick(r, ['来店', '来电', '保有基盘', '展示会', '特定开拓', '内部情报', 'VIP']), pick(r, SKUS), pick(r, ['H', 'A', 'B', 'B', 'C', 'C']), pick(r, ['小周', '小吴', '小郑']), pick(r, ['三天内回访', '寄资料', '邀请试饮', '']), '',
      ]);
    }
  }
  return rows;
}
export const VISITOR_HEADERS = ['日期', '时间', '来店/来电', '顾客姓名', '电话', '信息来源', '意向产品', '意向等级', '接待人员', '后续跟进', '备注'];

/** The bundled sample (the showroom statistics read the same register). */
export function sample(): SourceTable {
  return { headers: VISITOR_HEADERS, rows: visitorRows() };
}
