// T6 意向顾客接触状况表: prospects by class, next follow-up from the last contact and the class interval, overdue flags.
import { COLORS } from '../plan/table';
import { bi, field, INTENT_FOLLOW_UP_DAYS, INTENT_LEVELS, q, SOURCES } from './fields';
import type { TemplateSpec } from './types';

const OVERDUE = bi('逾期', 'Overdue');

export const prospectStatus: TemplateSpec = {
  id: 'prospect-status',
  name: bi('意向顾客接触状况表', 'Prospect contact status'),
  description: bi('“三表一卡”之一：意向顾客的类别、接触情况和下次跟进日期，逾期标红。', 'One of the “three forms and a card”: prospects by class, contacts and the next follow-up; overdue ones flagged.'),
  period: 'month',
  fields: [
    field('prospect', '姓名或客户', 'Prospect', 'text', { required: true, synonyms: ['姓名', '客户', '顾客', 'name', 'customer', '客户名称'], width: 14 }),
    field('phone', '联系方式', 'Contact', 'text', { synonyms: ['电话', '手机', 'phone', 'mobile'], width: 14 }),
    field('source', '信息来源', 'Source', 'choice', { list: SOURCES, synonyms: ['来源', '顾客属性', 'lead source'] }),
    field('class', '意向等级', 'Intent', 'choice', { list: INTENT_LEVELS, synonyms: ['客户类别', '类别', '意向级别', '等级', 'class', 'level'], width: 8 }),
    field('first_contact', '首次接触', 'First contact', 'date', { synonyms: ['首次接触日期', '初次接触'], width: 11 }),
    field('last_contact', '最近接触', 'Last contact', 'date', { required: true, synonyms: ['最近接触日期', '最后接触', '上次接触'], width: 11 }),
    field('contacts', '接触次数', 'Contacts', 'number', { synonyms: ['次数', 'times'] }),
    field('status', '状态', 'Status', 'text', { synonyms: ['进展', '情况'], width: 12 }),
  ],
  params: [
    {
      id: 'intervals',
      label: bi('跟进间隔（天）', 'Follow up every (days)'),
      value: INTENT_FOLLOW_UP_DAYS.map((d) => [d]),
      rowLabels: [...INTENT_LEVELS],
      colLabels: [bi('天', 'Days')],
      note: bi('与来店/来电登记表、展厅统计相同的意向等级；间隔为 DealerKit 默认（教材未给），请按团队做法修改', 'The same intent scale as the register and the showroom statistics; the intervals are DealerKit’s defaults (the seeds give none): change them to your team’s practice'),
    },
  ],
  computed: [
    {
      id: 'next',
      headers: [bi('下次跟进', 'Next follow-up')],
      numberFormat: 'yyyy-mm-dd',
      build(t) {
        const last = t.values('last_contact');
        const cls = t.values('class');
        const days = t.paramValue('intervals') as number[][];
        const table = t.paramTable('intervals');
        const fallback = t.param('intervals').split(':')[1];
        const byClass = new Map(INTENT_LEVELS.map((c, i) => [c as string, days[i][0]]));
        t.perRow(
          'next',
          (i) => `=IF(${t.at('last_contact', i)}="","",${t.at('last_contact', i)}+IFERROR(VLOOKUP(${t.at('class', i)},${table},2,FALSE),${fallback}))`,
          last.map((d, i) => (d === null ? '' : typeof d === 'number' ? d + (byClass.get(String(cls[i] ?? '').toUpperCase()) ?? days[days.length - 1][0]) : { error: '#VALUE!' })),
        );
      },
    },
    {
      id: 'overdue',
      headers: [bi('逾期', 'Overdue')],
      width: 8,
      build(t) {
        const next = t.values('next');
        const today = t.today;
        const word = t.t(OVERDUE);
        t.perRow('overdue', (i) => `=IF(ISNUMBER(${t.at('next', i)}),IF(${t.at('next', i)}<TODAY(),${q(word)},""),"")`, next.map((d) => (typeof d === 'number' && d < today ? word : '')));
      },
    },
  ],
  finish(t) {
    t.highlightRows(`=$${t.letter('overdue')}${t.firstExcelRow}<>""`, COLORS.alert);
  },
};
