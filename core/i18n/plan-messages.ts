// Messages and fixed texts of the report renderer, in zh-CN and en-US.
import type { Bilingual } from './lang';
import { fill } from './messages';

export const PLAN_TEXT = {
  unknownTemplate: { 'zh-CN': '没有名为“{id}”的模板。可用模板：{list}', 'en-US': 'There is no template "{id}". Templates: {list}' },
  noHeaders: { 'zh-CN': '来源区域没有标题行', 'en-US': 'The source has no header row' },
  noRows: { 'zh-CN': '来源区域只有标题、没有数据行', 'en-US': 'The source has a header row but no data rows' },
  tooManyRows: {
    'zh-CN': '来源有 {n} 行，一次最多填写 {max} 行。请按区域或月份拆分后分别生成。',
    'en-US': 'The source has {n} rows; DealerKit fills at most {max} rows at a time. Split it (by region or month) and fill each part.',
  },
  unmapped: {
    'zh-CN': '以下必填字段没有对应的列：{fields}。找到的列标题：{headers}。请在映射中选择对应的列。',
    'en-US': 'These required fields have no matching column: {fields}. Headers found: {headers}. Choose their columns in the mapping.',
  },
  badOverride: { 'zh-CN': '映射“{field}”指向的列“{header}”不存在', 'en-US': 'The mapping for "{field}" points at a column "{header}" that does not exist' },
  unknownField: { 'zh-CN': '模板“{id}”没有字段“{field}”', 'en-US': 'Template "{id}" has no field "{field}"' },
  badRows: { 'zh-CN': '空白表单行数必须是 1 到 {max} 之间的整数', 'en-US': 'Blank form rows must be a whole number from 1 to {max}' },
  droppedBlankRows: { 'zh-CN': '跳过了 {n} 个空行', 'en-US': 'Skipped {n} empty rows' },
  notNumberCells: {
    'zh-CN': '{n} 个数字列单元格不是数字（按原文写入，公式会显示 #VALUE!）：例如 {field} 第 {row} 行“{value}”',
    'en-US': '{n} cells in number columns are not numbers (written as they are; formulas show #VALUE!): e.g. {field} row {row} "{value}"',
  },
  notDateCells: {
    'zh-CN': '{n} 个日期列单元格不是可以确定的日期（按原文写入，请改成 2026-11-05 这样的写法）：例如 {field} 第 {row} 行“{value}”（日期不存在，或 11/04/2026、20261105、序号这类写法无法确定是哪一天）',
    'en-US': '{n} cells in date columns are not dates that can be read without guessing (written as text; write them like 2026-11-05): e.g. {field} row {row} "{value}" (no such day, or 11/04/2026, 20261105 or a serial number could mean more than one day)',
  },
  longNumberCells: {
    'zh-CN': '{n} 个文字列单元格是超过 15 位的数字（Excel 只保留 15 位有效数字，后几位已丢失，按 Excel 显示的写入）：例如 {field} 第 {row} 行“{value}”。身份证号、长编号请在来源中设为文本格式后重新导出',
    'en-US': '{n} cells in text columns are numbers of more than 15 digits (Excel keeps 15 significant digits, so the last ones are lost; written as Excel shows them): e.g. {field} row {row} "{value}". Format ID columns as text in the source and export again',
  },
  period: { 'zh-CN': '期间', 'en-US': 'Period' },
  source: { 'zh-CN': '数据来源', 'en-US': 'Source' },
  generated: { 'zh-CN': '生成于', 'en-US': 'Generated' },
  blankForm: { 'zh-CN': '空白表单', 'en-US': 'Blank form' },
  total: { 'zh-CN': '合计', 'en-US': 'Total' },
  leftOut: { 'zh-CN': '未计入（错误）行数', 'en-US': 'Rows left out (errors)' },
  params: { 'zh-CN': '参数（可修改，公式会引用）', 'en-US': 'Parameters (editable; formulas use them)' },
  settingsUsed: { 'zh-CN': '所用参数：', 'en-US': 'Settings used: ' },
  cardBreaksCapped: {
    'zh-CN': '共 {n} 张卡片：Excel 每张工作表最多 {max} 个分页符，打印时从第 {from} 张起不再每张单独一页',
    'en-US': '{n} cards: Excel keeps at most {max} page breaks a sheet, so from card {from} on the cards no longer print one to a page',
  },
  chartHere: { 'zh-CN': '图表', 'en-US': 'Chart' },
  portableTooManyRows: {
    'zh-CN': '“{header}”一列有 {n} 行，超过 {max} 行时 {name} 的通用公式在其他软件里重算太慢，所以这一列写入的是数值（不会随输入自动更新）',
    'en-US': '"{header}" has {n} rows; above {max} rows the portable {name} formulas recalculate too slowly in other programs, so this column holds values (they do not update when inputs change)',
  },
  fnHelper: { 'zh-CN': '{header}辅助：{label}', 'en-US': '{header} helper: {label}' },
  notes: { 'zh-CN': '说明', 'en-US': 'Notes' },
  unknownContactTypes: {
    'zh-CN': '{n} 条记录的方式无法识别（标为“{unknown}”，未计入汇总）：例如报表第 {row} 行“{value}”。可用：拜访/上门拜访、电话、短信/微信/QQ/邮件、借助第三方',
    'en-US': '{n} rows have a contact type DealerKit does not know (marked "{unknown}", not counted in the summary): e.g. report row {row} "{value}". Known: 拜访/上门拜访 (visit), 电话 (phone), 短信/微信/QQ/邮件 (message), 借助第三方 (third party)',
  },
} as const satisfies Record<string, Bilingual>;

export type PlanTextKey = keyof typeof PLAN_TEXT;

export function planText(key: PlanTextKey, params: Record<string, string | number> = {}): Bilingual {
  const t = PLAN_TEXT[key];
  return { 'zh-CN': fill(t['zh-CN'], params, 'zh-CN'), 'en-US': fill(t['en-US'], params, 'en-US') };
}
