// The Excel side of the UI bridge: the fill service's Excel adapter (Office.js reads, the Office.js applier) and Excel's own options.
import { detectSource, fillReport, forPane, insertBlank, sourceRef, type FillHost } from '../../core/fill/service';
import { functionHelp } from '../../core/functions/help';
import { langFromLocale, type Lang } from '../../core/i18n/lang';
import { listTemplates } from '../../core/templates/index';
import { applyPlanExcel, listSheetNamesExcel, type ExcelApi } from '../applier/applyPlan';
import { readSourceBanded, readSourceHead } from './readSource';
import type { HostBridge } from '../../ui/protocol';

const excelApi = (): ExcelApi => Excel;

const safe = (v: unknown) => (v === undefined ? null : (v as string | number | boolean | null));

/** Excel's part of the fill flow: only the header, PREVIEW_ROWS rows and the size cross on detection (a 100,000-row source stays far under 5 MB). */
export function excelHost(excel: () => ExcelApi = excelApi, onProgress?: (done: number, total: number) => void): FillHost {
  return {
    async readHead(kind, table) {
      const { top, address, rowCount } = await readSourceHead(excel(), kind, table);
      const headers = (top[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
      return { label: address, a1: address, ...(kind === 'table' && table ? { table } : {}), headers, rowCount: Math.max(0, rowCount - 1), preview: top.slice(1).map((r) => r.map(safe)) };
    },
    async readSource(options) {
      const ref = sourceRef(options);
      // a named table is read again by its name: rows added since it was chosen are in the report
      const { values, address } = await readSourceBanded(excel(), ref.a1, undefined, ref.table);
      return { headers: values[0] ?? [], rows: values.slice(1), label: address };
    },
    sheetNames: () => listSheetNamesExcel(excel()),
    async write(plan) {
      const out = await applyPlanExcel(plan, { excel: excel(), onProgress });
      return { sheetName: out.sheetName, rows: out.rowsWritten };
    },
  };
}

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
  detectSource: async (kind, templateId, tableName) => detectSource(excelHost(), kind, templateId, tableName),
  fill: async (templateId, options, onProgress) => forPane(await fillReport(excelHost(excelApi, onProgress), templateId, options)),
  insertBlank: async (templateId, options) => forPane(await insertBlank(excelHost(), templateId, options)),
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
