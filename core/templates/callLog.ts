// 来电顾客登记表: the showroom's call-in register on its own (the seed keeps calls and walk-ins apart): inquiry, intent, invited to visit.
import { bi, field, INTENT_LEVELS, SOURCES } from './fields';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { writeIntentSummary } from './registerSummary';
import { FOLLOW_UP_COLUMN, INTERVALS_PARAM, visitorRows } from './visitorLog';
import { rng, pick } from '../samples/names';

const YES_NO = ['是', '否'] as const;

export const callLog: TemplateSpec = {
  id: 'call-log',
  order: 92,
  name: bi('来电顾客登记表', 'Call-in register'),
  description: bi('展厅来电顾客登记：来电时间、咨询内容、信息来源、意向产品和意向等级（H/A/B/C），是否邀约到店，下次跟进日期；按意向等级汇总。', 'Showroom calls: time, what was asked, source, product of interest and intent (H/A/B/C), whether invited to visit, the next follow-up date; totals by intent.'),
  period: 'month',
  fields: [
    field('date', '日期', 'Date', 'date', { required: true, synonyms: ['来电日期', 'day'], width: 11 }),
    field('time', '来电时间', 'Time', 'time', { synonyms: ['时间', 'time', 'call time'], width: 8 }),
    field('customer', '顾客姓名', 'Customer', 'text', { synonyms: ['姓名', '顾客', 'name', 'caller'], width: 10 }),
    field('phone', '电话', 'Phone', 'text', { synonyms: ['来电号码', '联系电话', '手机', 'mobile'], width: 14 }),
    field('source', '信息来源', 'Source', 'choice', { list: SOURCES, synonyms: ['来源', '顾客属性', 'lead source'], width: 10 }),
    field('inquiry', '咨询内容', 'Inquiry', 'text', { synonyms: ['咨询', '来电内容', '内容', 'question'], width: 16 }),
    field('interest', '意向产品', 'Product of interest', 'text', { synonyms: ['意向车型', '意向', 'interest'], width: 12 }),
    field('intent', '意向等级', 'Intent', 'choice', { list: INTENT_LEVELS, synonyms: ['等级', '意向级别', 'level'], width: 8 }),
    field('staff', '接听人员', 'Answered by', 'text', { synonyms: ['接听', '接待人员', '销售顾问', 'staff'] }),
    field('invited', '邀约到店', 'Invited to visit', 'choice', { list: YES_NO, synonyms: ['邀约', '是否邀约', 'invited'], width: 8 }),
    field('next_step', '后续跟进', 'Next step', 'text', { synonyms: ['跟进', '下一步', 'follow-up'], width: 14 }),
    field('notes', '备注', 'Notes', 'text', { synonyms: ['说明', 'remark'], width: 14 }),
  ],
  sort: [{ field: 'date' }, { field: 'time' }],
  params: [INTERVALS_PARAM],
  computed: [FOLLOW_UP_COLUMN],
  finish(report) {
    writeIntentSummary(report, bi('来电汇总（按意向等级）', 'Calls by intent'), { id: 'invited', label: bi('邀约到店', 'Invited to visit') });
    report.side.notes(bi('说明', 'Notes'), [
      bi('教材的来电顾客登记表与来店顾客登记表分开填写：本表只记来电；两表合并的登记可用“来店/来电顾客登记表”和展厅统计表', 'The seed keeps the call-in and the walk-in register apart: this one records calls only; a combined register fills the walk-in/call-in register and the showroom statistics'),
      bi('留下电话并邀约到店是来电接待的目标；下次跟进 = 日期 + 该意向等级的跟进间隔（DealerKit 默认，可改）', 'Getting a number and an invitation to visit is the aim of a call; next follow-up = date + the interval of the intent level (DealerKit default, editable)'),
    ]);
    const c = `$${report.letter('intent')}${report.firstExcelRow}`;
    report.highlightRows(`=${c}="H"`, '#F8CBAD');
    report.highlightRows(`=${c}="A"`, '#FCE4D6');
  },
};

/** The bundled sample: the calls of the shared showroom register, with what they asked and whether they were invited. */
export function sample(): SourceTable {
  const r = rng(22);
  const rows = visitorRows()
    .filter((row) => row[2] === '来电')
    .map((row) => {
      const hot = row[7] === 'H' || row[7] === 'A';
      return [row[0], row[1], row[3], row[4], row[5], pick(r, ['问价格', '问促销活动', '问到货时间', '问经销政策', '问产品规格']), row[6], row[7], row[8], hot || r() < 0.3 ? '是' : '否', row[9], row[10]];
    });
  return { headers: ['日期', '来电时间', '顾客姓名', '电话', '信息来源', '咨询内容', '意向产品', '意向等级', '接听人员', '邀约到店', '后续跟进', '备注'], rows };
}
