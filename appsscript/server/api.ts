// The sidebar's server API: templates, the source around the selection, fill and blank form. Only JSON-safe values cross.
import type { Bilingual, Lang } from '../../core/i18n/lang';
import { matchHeaders } from '../../core/plan/matchHeaders';
import type { RenderOptions } from '../../core/plan/render';
import { findTemplate, renderTemplate } from '../../core/renderTemplate';
import { listTemplates as list } from '../../core/templates/index';
import { applyPlanSheets, SheetsApplyError } from '../applier/applyPlan';
import { dateReader } from '../../core/values/dates';
import { app, charts, sheetLang, sheetZone } from './context';

type GRange = GoogleAppsScript.Spreadsheet.Range;
import type { FillOptions, FillResult, SourceInfo } from '../../ui/protocol';

const pad = (n: number) => String(n).padStart(2, '0');
/** A cell for the sidebar (JSON only): a Date as the date and time the spreadsheet shows, in its own zone. */
function jsonSafe(v: unknown, read: (d: Date) => ReturnType<ReturnType<typeof dateReader>>): string | number | boolean | null {
  if (v instanceof Date) {
    const w = read(v);
    if (!w) return String(v);
    const day = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
    return w.hour || w.minute || w.second ? `${day} ${pad(w.hour)}:${pad(w.minute)}` : day;
  }
  return v === undefined ? null : (v as string | number | boolean | null);
}

/** The selection, or the region around the active cell when one cell is selected. */
function sourceRange(a1?: string): GRange | null {
  const ss = app().getActiveSpreadsheet();
  if (a1) {
    const bang = a1.lastIndexOf('!');
    const sheet = bang > 0 ? ss.getSheetByName(a1.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'")) : ss.getActiveSheet();
    return sheet ? sheet.getRange(a1.slice(bang + 1)) : null;
  }
  const r = ss.getActiveRange();
  if (!r) return null;
  return r.getNumRows() * r.getNumColumns() === 1 ? r.getDataRegion() : r;
}

const label = (r: GRange) => `${r.getSheet().getName()}!${r.getA1Notation()}`;

export function uiLanguage(): Lang {
  return sheetLang();
}

export function listTemplates(lang: Lang) {
  return list(lang);
}

export function detectSource(_kind: string, templateId: string): SourceInfo {
  const r = sourceRange();
  if (!r) return { ok: false, error: { 'zh-CN': '请先选中数据区域（含标题行）', 'en-US': 'Select your data (with its header row) first' } };
  const values = r.getValues();
  const read = dateReader(sheetZone());
  const headers = (values[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(jsonSafe(h, read))));
  const spec = findTemplate(templateId);
  const m = spec ? matchHeaders(headers, spec) : { mapping: {}, missing: [] };
  return {
    ok: true,
    label: label(r),
    a1: label(r),
    headers,
    rowCount: Math.max(0, values.length - 1),
    preview: values.slice(1, 6).map((row) => row.map((v) => jsonSafe(v, read))),
    mapping: m.mapping,
    missing: m.missing,
  };
}

function fail(e: Bilingual): FillResult {
  return { ok: false, error: e };
}

function existingNames(): string[] {
  return app()
    .getActiveSpreadsheet()
    .getSheets()
    .map((s) => s.getName());
}

export function fillTemplate(templateId: string, options: FillOptions): FillResult {
  const r = sourceRange(options.sourceA1);
  if (!r) return fail({ 'zh-CN': '找不到数据区域', 'en-US': 'The source range is gone' });
  const values = r.getValues();
  const opts: RenderOptions = { lang: options.lang, formulas: options.formulas, live: options.live, title: options.title, period: options.period, mapping: options.mapping, existingSheetNames: existingNames(), sourceLabel: label(r), timeZone: sheetZone() };
  const res = renderTemplate(templateId, { headers: values[0] ?? [], rows: values.slice(1) }, opts);
  if (!res.ok) return fail(res.error.message);
  return write(res.plan);
}

export function insertBlankForm(templateId: string, options: FillOptions): FillResult {
  const res = renderTemplate(templateId, null, { lang: options.lang, formulas: options.formulas, live: options.live, title: options.title, period: options.period, rows: options.rows, existingSheetNames: existingNames(), timeZone: sheetZone() });
  if (!res.ok) return fail(res.error.message);
  return write(res.plan);
}

function write(plan: import('../../core/plan/types').SheetPlan): FillResult {
  try {
    const out = applyPlanSheets(plan, app().getActiveSpreadsheet(), { app: app(), charts: charts() });
    return { ok: true, sheetName: out.sheetName, rows: out.rowsWritten, warnings: plan.warnings };
  } catch (e) {
    if (e instanceof SheetsApplyError) return fail(e.messages);
    const why = e instanceof Error ? e.message : String(e);
    return fail({ 'zh-CN': `生成失败：${why}`, 'en-US': `Could not generate the report: ${why}` });
  }
}
