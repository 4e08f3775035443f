// The Excel side of the UI bridge: reads the source with Office.js, renders with the core, writes with the Office.js applier.
import { functionHelp } from '../../core/functions/help';
import { langFromLocale, type Lang } from '../../core/i18n/lang';
import { matchHeaders } from '../../core/plan/matchHeaders';
import { findTemplate, renderTemplate } from '../../core/renderTemplate';
import { listTemplates } from '../../core/templates/index';
import { applyPlanExcel, ApplyError, listSheetNamesExcel, type ExcelApi } from '../applier/applyPlan';
import { readSourceBanded, readSourceHead } from './readSource';
import type { FillOptions, FillResult, HostBridge, SourceInfo, SourceKind } from '../../ui/protocol';

const excelApi = (): ExcelApi => Excel;

const safe = (v: unknown) => (v === undefined ? null : (v as string | number | boolean | null));

export const excelBridge: HostBridge = {
  host: 'excel',
  async uiLanguage(): Promise<Lang> {
    return langFromLocale(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
  },
  async listTemplates(lang) {
    return listTemplates(lang);
  },
  async listTables() {
    return excelApi().run(async (ctx) => {
      ctx.workbook.tables.load('items/name');
      await ctx.sync();
      return ctx.workbook.tables.items.map((t) => t.name);
    });
  },
  async detectSource(kind, templateId, tableName): Promise<SourceInfo> {
    try {
      // only the header, PREVIEW_ROWS rows and the size cross: a 100,000-row source stays far under 5 MB
      const { top, address, rowCount } = await readSourceHead(excelApi(), kind, tableName);
      const headers = (top[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
      const spec = findTemplate(templateId);
      const m = spec ? matchHeaders(headers, spec) : { mapping: {}, missing: [] };
      return { ok: true, label: address, a1: address, headers, rowCount: Math.max(0, rowCount - 1), preview: top.slice(1).map((r) => r.map(safe)), mapping: m.mapping, missing: m.missing };
    } catch (e) {
      return { ok: false, error: { 'zh-CN': `无法读取选中区域：${(e as Error).message}`, 'en-US': `Cannot read the selection: ${(e as Error).message}` } };
    }
  },
  async fill(templateId, options: FillOptions, onProgress): Promise<FillResult> {
    if (!options.sourceA1) return { ok: false, error: { 'zh-CN': '请先选择数据来源', 'en-US': 'Choose the source first' } };
    const { values, address } = await readSourceBanded(excelApi(), options.sourceA1);
    const names = await listSheetNamesExcel(excelApi());
    const res = renderTemplate(templateId, { headers: values[0] ?? [], rows: values.slice(1) }, { lang: options.lang, formulas: options.formulas, live: options.live, title: options.title, period: options.period, mapping: options.mapping, existingSheetNames: names, sourceLabel: address });
    if (!res.ok) return { ok: false, error: res.error.message };
    return write(res.plan, onProgress);
  },
  async insertBlank(templateId, options) {
    const names = await listSheetNamesExcel(excelApi());
    const res = renderTemplate(templateId, null, { lang: options.lang, formulas: options.formulas, live: options.live, title: options.title, period: options.period, rows: options.rows, existingSheetNames: names });
    if (!res.ok) return { ok: false, error: res.error.message };
    return write(res.plan);
  },
  async functionHelp(lang) {
    return functionHelp(lang, 'DK.');
  },
  // Office.addin.setStartupBehavior (SharedRuntime 1.1) is kept per document: after 'load', reopening this workbook
  // starts DealerKit's runtime, so =DK.… cells compute without the pane (https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open)
  async getLoadOnOpen() {
    return (await Office.addin.getStartupBehavior()) === Office.StartupBehavior.load;
  },
  async setLoadOnOpen(on: boolean) {
    await Office.addin.setStartupBehavior(on ? Office.StartupBehavior.load : Office.StartupBehavior.none);
  },
};

async function write(plan: import('../../core/plan/types').SheetPlan, onProgress?: (d: number, t: number) => void): Promise<FillResult> {
  try {
    const out = await applyPlanExcel(plan, { onProgress });
    return { ok: true, sheetName: out.sheetName, rows: out.rowsWritten, warnings: plan.warnings };
  } catch (e) {
    if (e instanceof ApplyError) return { ok: false, error: e.messages };
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { 'zh-CN': `生成失败：${why}`, 'en-US': `Could not generate the report: ${why}` } };
  }
}
