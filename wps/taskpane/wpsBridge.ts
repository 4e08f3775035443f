// The WPS side of the UI bridge: reads the source through the ET object model, renders with the core, writes with the WPS applier.
/// <reference types="et-jsapi-declare" />
import { functionHelp } from '../../core/functions/help';
import { registry } from '../../core/functions/index';
import { matchHeaders } from '../../core/plan/matchHeaders';
import { findTemplate, renderTemplate } from '../../core/renderTemplate';
import type { FormulaMode, SheetPlan } from '../../core/plan/types';
import { listTemplates } from '../../core/templates/index';
import type { FillOptions, FillResult, HostBridge, SourceInfo } from '../../ui/protocol';
import { applyPlanWps, listSheetNamesWps, WpsApplyError } from '../applier/applyPlan';
import type { EtApp } from '../applier/et-types';
import { wpsFormulaModes } from '../formulaMode';
import { wpsUiLang, type LangRoot } from '../lang';

/** A range as the bridge reads it (members picked from et-jsapi-declare's Et.Range). */
export interface SourceRange {
  readonly Value2: unknown;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  readonly CurrentRegion: SourceRange;
  readonly Count: number;
  readonly Worksheet: { readonly Name: string; Range(a1: string): SourceRange };
}

/** A named table (ListObject), members from et-jsapi-declare's Et.ListObject; Worksheet.ListObjects lists a sheet's tables. */
export interface SourceTable {
  readonly Name: string;
  readonly Range: SourceRange;
}
export interface TableSheet {
  readonly ListObjects: { readonly Count: number; Item(Index: number): SourceTable };
}

/** What the bridge needs of WPS's `Application`: the applier's part, the selection, the language. */
export type WpsPaneApp = EtApp & LangRoot & { readonly Selection: SourceRange | null };

/** Compiles only while the typings' own objects are usable where the bridge's narrowed ones are asked. */
type Is<T extends U, U> = T extends U ? true : never;
export type EtTypingsHaveSource = [Is<Et.Range, SourceRange>, Is<Et.ListObject, SourceTable>, Is<Et.Worksheet, TableSheet>];

/** Value2 is a scalar for one cell and a 2-D array for more (as in Excel's VBA model). */
const grid = (v: unknown): unknown[][] => (Array.isArray(v) ? (v as unknown[][]) : [[v]]);
const safe = (v: unknown) => (v === undefined ? null : (v as string | number | boolean | null));
const quoteSheet = (n: string) => `'${n.replace(/'/g, "''")}'`;

function splitAddress(address: string): [string, string] {
  const i = address.lastIndexOf('!');
  return [address.slice(0, i).replace(/^'|'$/g, '').replace(/''/g, "'"), address.slice(i + 1)];
}

/** The registered DK functions (the functions script runs first on the start page; the pane shares PluginStorage, not globals). */
export function wpsBridge(app: () => WpsPaneApp, registered: () => readonly string[]): HostBridge {
  const read = (a1: string) => {
    const [sheet, ref] = splitAddress(a1);
    const s = app().ActiveWorkbook!.Worksheets.Item(sheet) as unknown as { Range(a: string): SourceRange };
    return grid(s.Range(ref.replace(/\$/g, '')).Value2);
  };
  const modes = () => wpsFormulaModes(registered(), registry.map((d) => d.name));
  /** the mode the pane chose when this WPS offers it; else the default (dk is never written where DK.* would show #NAME?) */
  const mode = (o: FillOptions): FormulaMode => {
    const offered = modes();
    if (o.formulas && offered.includes(o.formulas)) return o.formulas;
    return o.live === false ? 'values' : offered[0];
  };
  /** Every named table of the workbook, sheet by sheet (Worksheet.ListObjects, as in Excel's VBA model). */
  const tables = (): SourceTable[] => {
    const ws = app().ActiveWorkbook?.Worksheets;
    const out: SourceTable[] = [];
    if (!ws) return out;
    for (let i = 1; i <= ws.Count; i++) {
      const list = (ws.Item(i) as unknown as Partial<TableSheet>).ListObjects;
      if (!list) continue; // a WPS without ListObjects on this sheet: no tables to offer
      for (let j = 1; j <= list.Count; j++) out.push(list.Item(j));
    }
    return out;
  };
  const write = (plan: SheetPlan): FillResult => {
    try {
      const out = applyPlanWps(plan, app());
      return { ok: true, sheetName: out.sheetName, rows: out.rowsWritten, warnings: [...plan.warnings, ...out.notes] };
    } catch (e) {
      if (e instanceof WpsApplyError) return { ok: false, error: e.messages };
      const why = e instanceof Error ? e.message : String(e);
      return { ok: false, error: { 'zh-CN': `生成失败：${why}`, 'en-US': `Could not generate the report: ${why}` } };
    }
  };
  return {
    host: 'wps',
    async uiLanguage() {
      return wpsUiLang(app());
    },
    async listTemplates(lang) {
      return listTemplates(lang);
    },
    async listTables() {
      try {
        return tables().map((t) => t.Name);
      } catch {
        return [];
      }
    },
    async detectSource(kind, templateId, tableName): Promise<SourceInfo> {
      try {
        let r: SourceRange;
        if (kind === 'table') {
          // a named table: its whole range, header row included
          const t = tables().find((x) => x.Name === tableName);
          if (!t) return { ok: false, error: { 'zh-CN': `找不到名为“${tableName ?? ''}”的表格`, 'en-US': `No table named "${tableName ?? ''}"` } };
          r = t.Range;
        } else {
          const sel = app().Selection;
          if (!sel || typeof sel.Address !== 'function') return { ok: false, error: { 'zh-CN': '无法读取选中区域：没有选中单元格', 'en-US': 'Cannot read the selection: no cells selected' } };
          // one cell selected (or "region"): the region around it
          r = kind === 'region' || sel.Count === 1 ? sel.CurrentRegion : sel;
        }
        const values = grid(r.Value2);
        const address = `${quoteSheet(r.Worksheet.Name)}!${r.Address(false, false)}`;
        const headers = (values[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
        const spec = findTemplate(templateId);
        const m = spec ? matchHeaders(headers, spec) : { mapping: {}, missing: [] };
        return { ok: true, label: address, a1: address, headers, rowCount: Math.max(0, values.length - 1), preview: values.slice(1, 6).map((row) => row.map(safe)), mapping: m.mapping, missing: m.missing };
      } catch (e) {
        return { ok: false, error: { 'zh-CN': `无法读取选中区域：${(e as Error).message}`, 'en-US': `Cannot read the selection: ${(e as Error).message}` } };
      }
    },
    async fill(templateId, options): Promise<FillResult> {
      if (!options.sourceA1) return { ok: false, error: { 'zh-CN': '请先选择数据来源', 'en-US': 'Choose the source first' } };
      const values = read(options.sourceA1);
      const res = renderTemplate(templateId, { headers: values[0] ?? [], rows: values.slice(1) }, { lang: options.lang, formulas: mode(options), title: options.title, period: options.period, mapping: options.mapping, existingSheetNames: listSheetNamesWps(app()), sourceLabel: options.sourceA1 });
      if (!res.ok) return { ok: false, error: res.error.message };
      return write(res.plan);
    },
    async insertBlank(templateId, options) {
      const res = renderTemplate(templateId, null, { lang: options.lang, formulas: mode(options), title: options.title, period: options.period, rows: options.rows, existingSheetNames: listSheetNamesWps(app()) });
      if (!res.ok) return { ok: false, error: res.error.message };
      return write(res.plan);
    },
    async functionHelp(lang) {
      return functionHelp(lang, 'DK.');
    },
    async formulaModes() {
      return modes();
    },
  };
}
