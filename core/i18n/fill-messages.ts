// Messages of the fill service and the appliers (reading the source, writing the new sheet, rollback), in zh-CN and en-US.
import type { Bilingual } from './lang';
import { fill } from './messages';

export const FILL_TEXT = {
  chooseSource: { 'zh-CN': '请先选择数据来源', 'en-US': 'Choose the source first' },
  selectFirst: { 'zh-CN': '请先选中数据区域（含标题行）', 'en-US': 'Select your data (with its header row) first' },
  noTable: { 'zh-CN': '找不到名为“{name}”的表格', 'en-US': 'No table named "{name}"' },
  sourceGone: { 'zh-CN': '找不到数据区域', 'en-US': 'The source range is gone' },
  sourceChanged: { 'zh-CN': '数据区域在读取过程中发生了变化（行被删除或移动）：请重新选择后再生成', 'en-US': 'The source changed while it was being read (rows deleted or moved): select it again and generate again' },
  cannotRead: { 'zh-CN': '无法读取选中区域：{why}', 'en-US': 'Cannot read the selection: {why}' },
  generateFailed: { 'zh-CN': '生成失败：{why}', 'en-US': 'Could not generate the report: {why}' },
  nameTaken: { 'zh-CN': '已有名为“{name}”的工作表：请重新生成', 'en-US': 'A sheet named "{name}" already exists: generate again' },
  addFailed: { 'zh-CN': '无法新建工作表，表格未改动。原因：{why}', 'en-US': 'Could not add the new sheet; the spreadsheet did not change. Reason: {why}' },
  writeFailed: {
    'zh-CN': '写入失败，已删除未完成的新工作表，其他工作表未改动。原因：{why}',
    'en-US': 'Writing failed; the half-written new sheet was removed and no other sheet changed. Reason: {why}',
  },
  chartFailed: { 'zh-CN': '图表“{title}”未能在 WPS 中生成（表格已写好）。原因：{why}', 'en-US': 'WPS did not draw the chart "{title}" (the table is written). Reason: {why}' },
  noWorkbook: { 'zh-CN': '没有打开的工作簿：请先打开或新建一个表格', 'en-US': 'No workbook is open: open or create one first' },
} as const satisfies Record<string, Bilingual>;

export type FillTextKey = keyof typeof FILL_TEXT;

export function fillText(key: FillTextKey, params: Record<string, string | number> = {}): Bilingual {
  const t = FILL_TEXT[key];
  return { 'zh-CN': fill(t['zh-CN'], params, 'zh-CN'), 'en-US': fill(t['en-US'], params, 'en-US') };
}

/** The message of whatever was thrown: an Error's message, else its text. */
export const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));
