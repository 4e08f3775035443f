// T9 来店/来电顾客登记表: the showroom register of walk-ins and calls, coloured by intent; the rows feed T10.
import { bi, field, INTENT_LEVELS, SOURCES, VISIT_CHANNELS } from './fields';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, int, SKUS } from '../../samples/data';

export const VISITOR_FIELDS = [
  field('date', '日期', 'Date', 'date', { required: true, synonyms: ['来店日期', '来电日期', 'day'], width: 11 }),
  field('time', '时间', 'Time', 'time', { synonyms: ['来店时间', 'time of day'], width: 7 }),
  field('channel', '来店/来电', 'Walk-in/Call', 'choice', { required: true, list: VISIT_CHANNELS, synonyms: ['方式', '类型', 'channel', 'type'], width: 9 }),
  field('customer', '顾客姓名', 'Customer', 'text', { synonyms: ['姓名', '顾客', 'name'], width: 10 }),
  field('phone', '电话', 'Phone', 'text', { synonyms: ['联系电话', '手机', 'mobile'], width: 14 }),
  field('source', '信息来源', 'Source', 'choice', { list: SOURCES, synonyms: ['来源', 'lead source'] }),
  field('interest', '意向产品', 'Product of interest', 'text', { synonyms: ['意向车型', '意向', 'interest'], width: 12 }),
  field('intent', '意向等级', 'Intent', 'choice', { list: INTENT_LEVELS, synonyms: ['等级', '意向级别', 'level'], width: 8 }),
  field('staff', '接待人员', 'Staff', 'text', { synonyms: ['接待', '销售顾问', 'consultant'] }),
  field('next_step', '后续跟进', 'Next step', 'text', { synonyms: ['跟进', '下一步', 'follow-up'], width: 14 }),
  field('notes', '备注', 'Notes', 'text', { synonyms: ['说明', 'remark'], width: 14 }),
];

export const visitorLog: TemplateSpec = {
  id: 'visitor-log',
  order: 90,
  name: bi('来店/来电顾客登记表', 'Walk-in and call-in register'),
  description: bi('展厅顾客管理：每位来店、来电顾客的来源、意向产品和意向等级（H/A/B/C），供展厅统计使用。', 'Showroom register: each walk-in and call-in with source, product of interest and intent (H/A/B/C); feeds the showroom statistics.'),
  period: 'month',
  fields: VISITOR_FIELDS,
  sort: [{ field: 'date' }],
  params: [],
  computed: [],
  finish(t) {
    const c = `$${t.letter('intent')}${t.firstExcelRow}`;
    t.highlightRows(`=${c}="H"`, '#F8CBAD');
    t.highlightRows(`=${c}="A"`, '#FCE4D6');
    t.highlightRows(`=${c}="B"`, '#FFF2CC');
  },
};

function visitorRows(): unknown[][] {
  const r = rng(9);
  const names = ['刘先生', '黄女士', '林先生', '何女士', '高先生', '罗女士', '梁先生', '宋女士', '郭先生', '马女士'];
  const rows: unknown[][] = [];
  for (let day = 1; day <= 30; day++) {
    const n = int(r, 1, 5);
    for (let k = 0; k < n; k++) {
      rows.push([
        new Date(2026, 10, day), `${int(r, 9, 18)}:${pick(r, ['00', '15', '30', '45'])}`, pick(r, ['来店', '来店', '来电']), pick(r, names), `139${int(r, 10000000, 99999999)}`,
        pick(r, ['展示会', '转介绍', '广告', '网络', '路过']), pick(r, SKUS), pick(r, ['H', 'A', 'B', 'B', 'C', 'C']), pick(r, ['小周', '小吴', '小郑']), pick(r, ['三天内回访', '寄资料', '邀请试饮', '']), '',
      ]);
    }
  }
  return rows;
}
const VISITOR_HEADERS = ['日期', '时间', '来店/来电', '顾客姓名', '电话', '信息来源', '意向产品', '意向等级', '接待人员', '后续跟进', '备注'];

/** The bundled sample (the showroom statistics read the same register). */
export function sample(): SourceTable {
  return { headers: VISITOR_HEADERS, rows: visitorRows() };
}
