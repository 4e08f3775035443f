// The sidebar's server API: templates, the source around the selection, fill and blank form. Only JSON-safe values cross.
import { now } from '../../core/fill/maybe';
import { detectSource as detect, fillReport, forPane, insertBlank, type FillHost } from '../../core/fill/service';
import type { FillOptions, FillResult, SourceInfo, SourceKind } from '../../core/fill/types';
import type { Lang } from '../../core/i18n/lang';
import { listTemplates as list } from '../../core/templates/index';
import { applyPlanSheets } from '../applier/applyPlan';
import { dateReader } from '../../core/values/dates';
import { app, charts, sheetLang, sheetZone } from './context';

type GRange = GoogleAppsScript.Spreadsheet.Range;

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

/** The spreadsheet's part of the fill flow: synchronous, as a server function must be (it returns a value, not a Promise). */
export function sheetsHost(): FillHost {
  return {
    readHead() {
      const r = sourceRange();
      if (!r) return null;
      const values = r.getValues();
      const read = dateReader(sheetZone());
      const headers = (values[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(jsonSafe(h, read))));
      return { label: label(r), a1: label(r), headers, rowCount: Math.max(0, values.length - 1), preview: values.slice(1, 6).map((row) => row.map((v) => jsonSafe(v, read))) };
    },
    readSource(options) {
      const r = sourceRange(options.sourceA1);
      if (!r) return null;
      const values = r.getValues();
      return { headers: values[0] ?? [], rows: values.slice(1), label: label(r) };
    },
    sheetNames: () =>
      app()
        .getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getName()),
    write(plan) {
      const out = applyPlanSheets(plan, app().getActiveSpreadsheet(), { app: app(), charts: charts() });
      return { sheetName: out.sheetName, rows: out.rowsWritten };
    },
    renderOptions: (base) => ({ ...base, timeZone: sheetZone() }),
  };
}

export function detectSource(kind: SourceKind, templateId: string): SourceInfo {
  return now(detect(sheetsHost(), kind, templateId));
}

export function fillTemplate(templateId: string, options: FillOptions): FillResult {
  return forPane(now(fillReport(sheetsHost(), templateId, options)));
}

export function insertBlankForm(templateId: string, options: FillOptions): FillResult {
  return forPane(now(insertBlank(sheetsHost(), templateId, options)));
}
