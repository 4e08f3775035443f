// The pane's and sidebar's own texts, in zh-CN and en-US.
import type { Lang } from '../core/i18n/lang';

const S = {
  reports: ['报表', 'Reports'],
  functions: ['函数', 'Functions'],
  language: ['界面语言', 'Language'],
  fill: ['填写报表', 'Fill a report'],
  blank: ['空白表单', 'Blank form'],
  template: ['模板', 'Template'],
  source: ['数据来源', 'Source'],
  useSelection: ['用选中区域', 'Use the selection'],
  useRegion: ['活动单元格所在区域', 'Region around the active cell'],
  useTable: ['表格', 'Table'],
  noSource: ['还没有读取数据：先在表格中选中含标题行的数据。', 'No data yet: select your data with its header row.'],
  rowsFound: ['行数据', 'data rows'],
  mapping: ['字段对应', 'Column mapping'],
  none: ['（不用）', '(none)'],
  required: ['必填', 'required'],
  unmapped: ['请为标红的必填字段选择列', 'Choose columns for the required fields in red'],
  options: ['选项', 'Options'],
  title: ['标题', 'Title'],
  period: ['期间', 'Period'],
  headerLang: ['报表语言', 'Report language'],
  formulas: ['公式', 'Formulas'],
  modePortable: ['通用公式（推荐）', 'Portable formulas (recommended)'],
  modePortableHint: [
    '没有 DealerKit 的同事用 Excel、WPS、LibreOffice 或 Google 表格打开，也能照常重算。',
    'Colleagues without DealerKit can open it in Excel, WPS, LibreOffice or Google Sheets and it still recalculates.',
  ],
  modePortablePlain: ['通用公式', 'Portable formulas'],
  modeDk: ['DealerKit 函数（DK.*）', 'DealerKit functions (DK.*)'],
  modeDkHint: [
    '每列一个 DK.* 公式；没有 DealerKit 的同事那里重算后会显示 #NAME?。',
    'One DK.* formula per column; for colleagues without DealerKit it shows #NAME? once recalculated.',
  ],
  modeValues: ['只写数值', 'Values only'],
  modeValuesHint: ['没有公式：谁打开都看到同样的数字，但改输入不会更新。', 'No formulas: everyone sees the same numbers, but they do not update when inputs change.'],
  blankRows: ['空白行数', 'Blank rows'],
  generate: ['生成', 'Generate'],
  insertBlank: ['插入空白表单', 'Insert blank form'],
  working: ['正在生成…', 'Generating…'],
  done: ['已生成新工作表', 'New sheet written'],
  rows: ['行', 'rows'],
  failed: ['未能生成', 'Could not generate'],
  examples: ['示例', 'Examples'],
  params: ['参数', 'Parameters'],
  optional: ['可选', 'optional'],
  loadOnOpen: ['打开此工作簿时自动加载 DealerKit（不打开窗格也能计算函数）', 'Load DealerKit when this workbook opens (functions compute without opening the pane)'],
} as const;

export type StringKey = keyof typeof S;
export const t = (lang: Lang, k: StringKey): string => S[k][lang === 'zh-CN' ? 0 : 1];
