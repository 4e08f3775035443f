// The Excel side of the UI bridge: reads the source with Office.js, renders with the core, writes with the Office.js applier.
import { functionHelp } from '../../core/functions/help';
import { langFromLocale, type Lang } from '../../core/i18n/lang';
import { matchHeaders } from '../../core/plan/matchHeaders';
import { findTemplate, renderTemplate } from '../../core/plan/render';
import { listTemplates } from '../../core/templates/index';
import { applyPlanExcel, ApplyError, listSheetNamesExcel } from '../applier/applyPlan';
import type { ExcelApi } from '../applier/excel-types';
import type { FillOptions, FillResult, HostBridge, SourceInfo, SourceKind } from '../../ui/protocol';

interface LoadedRange {
  values: unknown[][];
  address: string;
  rowCount: number;
  columnCount: number;
  load(p: string): void;
  getSurroundingRegion(): LoadedRange;
}
interface SourceCtx {
  workbook: {
    getSelectedRange(): LoadedRange;
    worksheets: { getItem(name: string): { getRange(a1: string): LoadedRange } };
    tables: { load(p: string): void; items: { name: string }[]; getItem(name: string): { getRange(): LoadedRange } };
  };
  sync(): Promise<void>;
}

declare const Office: { context?: { displayLanguage?: string } } | undefined;

/** The same Excel global, seen through the reading calls (source) or the writing calls (applier). */
const excel = () => (globalThis as unknown as { Excel: { run<T>(f: (ctx: SourceCtx) => Promise<T>): Promise<T> } }).Excel;
const excelApi = () => (globalThis as unknown as { Excel: ExcelApi }).Excel;

function splitAddress(address: string): [string, string] {
  const i = address.lastIndexOf('!');
  return [address.slice(0, i).replace(/^'|'$/g, '').replace(/''/g, "'"), address.slice(i + 1)];
}

/** Read a range's values and address in one sync. */
async function readRange(kind: SourceKind | 'address', arg?: string): Promise<{ values: unknown[][]; address: string }> {
  return excel().run(async (ctx) => {
    let r: LoadedRange;
    if (kind === 'table') r = ctx.workbook.tables.getItem(arg!).getRange();
    else if (kind === 'address') {
      const [sheet, a1] = splitAddress(arg!);
      r = ctx.workbook.worksheets.getItem(sheet).getRange(a1);
    } else {
      const sel = ctx.workbook.getSelectedRange();
      if (kind === 'region') r = sel.getSurroundingRegion();
      else {
        sel.load('rowCount,columnCount');
        await ctx.sync();
        // one cell selected: take the region around it
        r = sel.rowCount * sel.columnCount === 1 ? sel.getSurroundingRegion() : sel;
      }
    }
    r.load('values,address');
    await ctx.sync();
    return { values: r.values, address: r.address };
  });
}

const safe = (v: unknown) => (v === undefined ? null : (v as string | number | boolean | null));

export const excelBridge: HostBridge = {
  host: 'excel',
  async uiLanguage(): Promise<Lang> {
    return langFromLocale(typeof Office !== 'undefined' ? Office?.context?.displayLanguage : undefined);
  },
  async listTemplates(lang) {
    return listTemplates(lang);
  },
  async listTables() {
    return excel().run(async (ctx) => {
      ctx.workbook.tables.load('items/name');
      await ctx.sync();
      return ctx.workbook.tables.items.map((t) => t.name);
    });
  },
  async detectSource(kind, templateId, tableName): Promise<SourceInfo> {
    try {
      const { values, address } = await readRange(kind, tableName);
      const headers = (values[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
      const spec = findTemplate(templateId);
      const m = spec ? matchHeaders(headers, spec) : { mapping: {}, missing: [] };
      return { ok: true, label: address, a1: address, headers, rowCount: Math.max(0, values.length - 1), preview: values.slice(1, 6).map((r) => r.map(safe)), mapping: m.mapping, missing: m.missing };
    } catch (e) {
      return { ok: false, error: { 'zh-CN': `无法读取选中区域：${(e as Error).message}`, 'en-US': `Cannot read the selection: ${(e as Error).message}` } };
    }
  },
  async fill(templateId, options: FillOptions, onProgress): Promise<FillResult> {
    if (!options.sourceA1) return { ok: false, error: { 'zh-CN': '请先选择数据来源', 'en-US': 'Choose the source first' } };
    const { values, address } = await readRange('address', options.sourceA1);
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
