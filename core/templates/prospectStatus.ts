// T6 意向顾客接触状况表: prospects by class, next follow-up from the last contact and the class interval, overdue flags.
import { COLORS } from '../plan/table';
import { bi, field, PROSPECT_CLASSES, q } from './fields';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, int } from '../../samples/data';

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
    field('source', '信息来源', 'Source', 'text', { synonyms: ['来源', 'lead source'] }),
    field('class', '客户类别', 'Class', 'choice', { list: PROSPECT_CLASSES, synonyms: ['类别', '类型', 'category'], width: 10 }),
    field('first_contact', '首次接触', 'First contact', 'date', { synonyms: ['首次接触日期', '初次接触'], width: 11 }),
    field('last_contact', '最近接触', 'Last contact', 'date', { required: true, synonyms: ['最近接触日期', '最后接触', '上次接触'], width: 11 }),
    field('contacts', '接触次数', 'Contacts', 'number', { synonyms: ['次数', 'times'] }),
    field('status', '状态', 'Status', 'text', { synonyms: ['进展', '情况'], width: 12 }),
  ],
  params: [
    {
      id: 'intervals',
      label: bi('跟进间隔（天）', 'Follow up every (days)'),
      value: [[3], [7], [30]],
      rowLabels: [...PROSPECT_CLASSES],
      colLabels: [bi('天', 'Days')],
      note: bi('默认值并非来自培训教材，请按团队做法修改', 'Defaults, not from the seeds: change them to your team’s practice'),
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
        const byClass = new Map(PROSPECT_CLASSES.map((c, i) => [c as string, days[i][0]]));
        t.perRow(
          'next',
          (i) => `=IF(${t.at('last_contact', i)}="","",${t.at('last_contact', i)}+IFERROR(VLOOKUP(${t.at('class', i)},${table},2,FALSE),${fallback}))`,
          last.map((d, i) => (d === null ? '' : typeof d === 'number' ? d + (byClass.get(String(cls[i])) ?? days[2][0]) : { error: '#VALUE!' })),
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

/** The bundled sample, in Chinese (seeded: always the same). */
export function sample(): SourceTable {
  const r = rng(6);
  const names = ['赵先生', '钱女士', '孙经理', '周老板', '吴女士', '郑先生', '冯经理', '陈老板', '褚女士', '卫先生', '蒋经理', '沈老板', '韩女士', '杨先生', '朱经理'];
  const rows = names.map((n, i) => {
    const first = new Date(2026, 9, int(r, 1, 28));
    const last = new Date(2026, 10, int(r, 1, 22));
    return [n, `13${int(r, 100000000, 999999999)}`, pick(r, ['展示会', '转介绍', '广告', '网络']), pick(r, ['准客户', '意向客户', '潜在客户']), first, last, int(r, 1, 9), pick(r, ['比价中', '待报价', '已试用', '考虑中'])];
  });
  return { headers: ['姓名或客户', '联系方式', '信息来源', '客户类别', '首次接触', '最近接触', '接触次数', '状态'], rows };
}
