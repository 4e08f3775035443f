// T11 销售促成失败分析表: each lost sale's stage and reason; counts and shares by reason and by stage, bars by reason.
import type { TableReport } from '../plan/tableReport';
import { countEqF, sameCell } from './exact';
import { bi, field, LOST_REASONS, LOST_STAGES, q } from './fields';
import { writeGroupSummary } from '../plan/groupSummary';
import type { TemplateSpec } from './types';
import type { SourceTable } from '../plan/render';
import { rng, pick, SKUS } from '../samples/names';

export const lostSaleAnalysis: TemplateSpec = {
  id: 'lost-sale-analysis',
  order: 110,
  name: bi('销售促成失败分析表', 'Lost-sale analysis'),
  description: bi('展厅销售促成失败的阶段、原因和竞品，按原因和阶段统计次数与占比。', 'Lost sales by stage, reason and competitor, counted and shared by reason and by stage.'),
  period: 'month',
  fields: [
    field('customer', '顾客', 'Customer', 'text', { required: true, synonyms: ['顾客姓名', '客户', '姓名', 'name'], width: 12 }),
    field('date', '日期', 'Date', 'date', { synonyms: ['day'], width: 11 }),
    field('staff', '接待人员', 'Staff', 'text', { synonyms: ['销售顾问', '接待', 'consultant'] }),
    field('product', '产品', 'Product', 'text', { synonyms: ['意向产品', '车型', 'model'], width: 12 }),
    field('stage', '失控阶段', 'Stage lost', 'choice', { list: LOST_STAGES, synonyms: ['阶段', '流失阶段', 'stage'], width: 10 }),
    field('reason', '原因', 'Reason', 'choice', { required: true, list: LOST_REASONS, synonyms: ['失败原因', '流失原因', 'reason lost'], width: 8 }),
    field('competitor', '竞品', 'Competitor', 'text', { synonyms: ['竞争品牌', '竞争对手'], width: 12 }),
    field('lesson', '改进措施', 'Lesson', 'text', { synonyms: ['措施', '教训', 'action'], width: 18 }),
  ],
  sort: [{ field: 'date' }],
  params: [],
  computed: [],
  finish(report) {
    const reasons = countBlock(report, 'reason', LOST_REASONS, bi('按原因', 'By reason'), bi('原因', 'Reason'));
    countBlock(report, 'stage', LOST_STAGES, bi('按失控阶段', 'By stage'), bi('阶段', 'Stage'));
    report.chart({
      type: 'bar',
      title: report.text(bi('失败原因', 'Reasons for lost sales')),
      categories: { row: reasons.row, col: reasons.col, rows: LOST_REASONS.length, cols: 1 },
      series: [{ name: report.text(bi('次数', 'Count')), values: { row: reasons.row, col: reasons.col + 1, rows: LOST_REASONS.length, cols: 1 } }],
    });
  },
};

function countBlock(report: TableReport, id: string, words: readonly string[], title: ReturnType<typeof bi>, head: ReturnType<typeof bi>) {
  const r = report.range(id, 0, true);
  const key = report.range('customer', 0, true);
  const vals = report.values(id);
  const total = report.values('customer').filter((v) => v !== null).length;
  return writeGroupSummary(report, title, words, ({ group: w }) => ({ n: vals.filter((v) => sameCell(v, w)).length }), [
    { header: head, cell: (row) => row.group },
    { id: 'count', header: bi('次数', 'Count'), format: '0', cell: (row) => ({ f: `=${countEqF([[r, q(row.group)]])}`, v: row.n }) },
    { header: bi('占比', 'Share'), format: '0.0%', cell: (row) => ({ f: `=IF(COUNTA(${key})>0,${row.at('count')}/COUNTA(${key}),"")`, v: total ? row.n / total : '' }) },
  ]);
}

/** The bundled sample: lost sales in Chinese (seeded). */
export function sample(): SourceTable {
  const r = rng(10);
  const rows = Array.from({ length: 24 }, (_, i) => [
    pick(r, ['刘先生', '黄女士', '林先生', '何女士', '高先生']), new Date(2026, 10, 1 + i), pick(r, ['小周', '小吴', '小郑']), pick(r, SKUS),
    pick(r, ['接待', '需求分析', '报价', '谈判', '成交前']), pick(r, ['价格', '价格', '产品', '竞品', '服务', '时机', '其他']), pick(r, ['农夫山泉', '怡宝', '康师傅', '']), pick(r, ['提前准备价格政策', '加强产品讲解', '及时回访', '']),
  ]);
  return { headers: ['顾客', '日期', '接待人员', '产品', '失控阶段', '原因', '竞品', '改进措施'], rows };
}
