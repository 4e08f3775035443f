// T6 意向顾客接触状况表: prospects by class, next follow-up from the last contact and the class interval, overdue flags.
import { COLORS } from '../plan/tableLayout';
import { bi, field, INTENT_LEVELS, intentIntervalsParam, intervalsByIntent, q, SOURCES } from './fields';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, int } from '../samples/names';

const OVERDUE = bi('逾期', 'Overdue');

export const prospectStatus: TemplateSpec = {
  id: 'prospect-status',
  order: 60,
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
    intentIntervalsParam(bi('与来店/来电登记表、展厅统计相同的意向等级；间隔为 DealerKit 默认（教材未给），请按团队做法修改', 'The same intent scale as the register and the showroom statistics; the intervals are DealerKit’s defaults (the seeds give none): change them to your team’s practice')),
  ],
  computed: [
    {
      id: 'next',
      headers: [bi('下次跟进', 'Next follow-up')],
      numberFormat: 'yyyy-mm-dd',
      build(report) {
        const last = report.values('last_contact');
        const cls = report.values('class');
        const days = report.params.value('intervals') as number[][];
        const table = report.params.lookupTable('intervals');
        const fallback = report.params.ref('intervals').split(':')[1];
        const byClass = intervalsByIntent(report);
        report.perRow(
          'next',
          (i) => `=IF(${report.dataCell('last_contact', i)}="","",${report.dataCell('last_contact', i)}+IFERROR(VLOOKUP(${report.dataCell('class', i)},${table},2,FALSE),${fallback}))`,
          last.map((d, i) => (d === null ? '' : typeof d === 'number' ? d + (byClass.get(String(cls[i] ?? '').toUpperCase()) ?? days[days.length - 1][0]) : { error: '#VALUE!' })),
        );
      },
    },
    {
      id: 'overdue',
      headers: [bi('逾期', 'Overdue')],
      width: 8,
      build(report) {
        const next = report.values('next');
        const today = report.today;
        const word = report.text(OVERDUE);
        report.perRow('overdue', (i) => `=IF(ISNUMBER(${report.dataCell('next', i)}),IF(${report.dataCell('next', i)}<TODAY(),${q(word)},""),"")`, next.map((d) => (typeof d === 'number' && d < today ? word : '')));
      },
    },
  ],
  finish(report) {
    report.highlightRows(`=$${report.letter('overdue')}${report.firstExcelRow}<>""`, COLORS.alert);
  },
};

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(6);
  const names = ['赵先生', '钱女士', '孙经理', '周老板', '吴女士', '郑先生', '冯经理', '陈老板', '褚女士', '卫先生', '蒋经理', '沈老板', '韩女士', '杨先生', '朱经理'];
  const rows = names.map((n, i) => {
    const first = new Date(2026, 9, int(r, 1, 28));
    const last = new Date(2026, 10, int(r, 1, 22));
    return [n, `13${int(r, 100000000, 999999999)}`, pick(r, ['来店', '来电', '保有基盘', '展示会', '特定开拓', '内部情报', 'VIP']), pick(r, ['H', 'A', 'B', 'C']), first, last, int(r, 1, 9), pick(r, ['比价中', '待报价', '已试用', '考虑中'])];
  });
  return { headers: ['姓名或客户', '联系方式', '信息来源', '意向等级', '首次接触', '最近接触', '接触次数', '状态'], rows };
}
