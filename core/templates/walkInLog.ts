// 来店顾客登记表: the showroom's walk-in register on its own (the seed keeps walk-ins and calls apart), time in and out, party size, intent.
import { bi, field, showroomCustomerFields } from './fields';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { writeIntentSummary } from './registerSummary';
import { FOLLOW_UP_COLUMN, INTERVALS_PARAM, visitorRows } from './visitorLog';
import { rng, int } from '../samples/names';

/** "HH:MM" (or "H:MM") → minutes after midnight, as TIMEVALUE reads such text; null otherwise. */
export function clockMinutes(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(v);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

export const walkInLog: TemplateSpec = {
  id: 'walk-in-log',
  order: 91,
  name: bi('来店顾客登记表', 'Walk-in register'),
  description: bi('展厅来店顾客登记：到店与离店时间、来店人数、信息来源、意向产品和意向等级（H/A/B/C），下次跟进日期；按意向等级汇总。', 'Showroom walk-ins: time in and out, party size, source, product of interest and intent (H/A/B/C), the next follow-up date; totals by intent.'),
  period: 'month',
  fields: [
    field('date', '日期', 'Date', 'date', { required: true, synonyms: ['来店日期', 'day'], width: 11 }),
    field('time', '到店时间', 'Time in', 'time', { synonyms: ['来店时间', '时间', 'time', 'arrival'], width: 8 }),
    field('leave', '离店时间', 'Time out', 'time', { synonyms: ['离开时间', 'departure', 'left'], width: 8 }),
    field('party', '来店人数', 'Party size', 'number', { synonyms: ['人数', '同行人数', 'party', 'people'], width: 8 }),
    ...showroomCustomerFields(),
  ],
  sort: [{ field: 'date' }, { field: 'time' }],
  params: [INTERVALS_PARAM],
  computed: [
    {
      id: 'stay',
      headers: [bi('停留（分钟）', 'Stay (min)')],
      numberFormat: '0',
      width: 8,
      after: 'leave',
      build(report) {
        const tin = report.values('time');
        const tout = report.values('leave');
        report.perRow(
          'stay',
          (i) => `=IF(OR(${report.dataCell('time', i)}="",${report.dataCell('leave', i)}=""),"",ROUND((TIMEVALUE(${report.dataCell('leave', i)})-TIMEVALUE(${report.dataCell('time', i)}))*1440,0))`,
          tin.map((a, i) => {
            const b = tout[i];
            if (a === null || a === '' || b === null || b === '') return '';
            const x = clockMinutes(a);
            const y = clockMinutes(b);
            return x === null || y === null ? { error: '#VALUE!' } : y - x;
          }),
        );
      },
    },
    FOLLOW_UP_COLUMN,
  ],
  totals: ['party'],
  finish(report) {
    writeIntentSummary(report, bi('来店汇总（按意向等级）', 'Walk-ins by intent'));
    report.side.notes(bi('说明', 'Notes'), [
      bi('教材的来店顾客登记表与来电顾客登记表分开填写：本表只记来店顾客，来电请用来电顾客登记表；两表合并的登记可用“来店/来电顾客登记表”和展厅统计表', 'The seed keeps the walk-in and the call-in register apart: this one records walk-ins only (calls go in the call-in register); a combined register fills the walk-in/call-in register and the showroom statistics'),
      bi('停留时间 = 离店时间 − 到店时间（时间写作 09:30）；下次跟进 = 日期 + 该意向等级的跟进间隔（DealerKit 默认，可改）', 'Stay = time out − time in (times as 09:30); next follow-up = date + the interval of the intent level (DealerKit default, editable)'),
    ]);
    const c = `$${report.letter('intent')}${report.firstExcelRow}`;
    report.highlightRows(`=${c}="H"`, '#F8CBAD');
    report.highlightRows(`=${c}="A"`, '#FCE4D6');
  },
};

/** The bundled sample: the walk-ins of the shared showroom register, with a time out and a party size. */
export function sample(): SourceTable {
  const r = rng(21);
  const rows = visitorRows()
    .filter((row) => row[2] === '来店')
    .map((row) => {
      const [h, m] = String(row[1]).split(':').map(Number);
      const out = h * 60 + m + int(r, 10, 75);
      const leave = `${String(Math.floor(out / 60)).padStart(2, '0')}:${String(out % 60).padStart(2, '0')}`;
      return [row[0], row[1], leave, int(r, 1, 3), row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10]];
    });
  return { headers: ['日期', '到店时间', '离店时间', '来店人数', '顾客姓名', '电话', '信息来源', '意向产品', '意向等级', '接待人员', '后续跟进', '备注'], rows };
}
