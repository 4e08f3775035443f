// The server functions the sidebar calls: the source in bands, the workbook's names and zone, and the report sheet's steps. Only JSON crosses.
import { dateReader } from '../../core/values/dates';
import type { SourceHead } from '../../core/fill/service';
import type { SourceKind } from '../../core/fill/types';
import type { Lang } from '../../core/i18n/lang';
import { addPlanSheet, finishPlanSheet, writePlanBlocks } from '../applier/applyPlan';
import { isDate, toWire, type PlanFinish, type SheetsServerCalls, type SourceBand, type WorkbookInfo } from '../wire';
import type { Block } from '../../core/plan/types';
import { app, charts, sheetLang, sheetZone } from './context';

type GRange = GoogleAppsScript.Spreadsheet.Range;

/**
 * Cells per source band (one getValues, one response). google.script.run documents no size limit for a result; at
 * ~10–30 JSON characters a cell this keeps a response to a few MB, and a 100,000-row, 8-column source to 4 calls.
 */
export const READ_BAND_CELLS = 200_000;

const pad = (n: number) => String(n).padStart(2, '0');
/** A preview cell for the sidebar: a Date as the date and time the spreadsheet shows, in its own zone. */
function previewCell(v: unknown, read: ReturnType<typeof dateReader>): string | number | boolean | null {
  if (isDate(v)) {
    const w = read(v);
    if (!w) return String(v);
    const day = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
    return w.hour || w.minute || w.second ? `${day} ${pad(w.hour)}:${pad(w.minute)}` : day;
  }
  return v === undefined ? null : (v as string | number | boolean | null);
}

/** The range an address names ("Sheet!A1:H41", the active sheet's without a sheet), else the selection, or the region around the active cell when one cell is selected. */
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

/** The header, a few rows and the size of the source the user points at (Sheets has no named tables: `kind` is the selection or its region alike). */
export function readHead(_kind: SourceKind): SourceHead | null {
  const r = sourceRange();
  if (!r) return null;
  const top = r.offset(0, 0, Math.min(r.getNumRows(), 6), r.getNumColumns()).getValues();
  const read = dateReader(sheetZone());
  const headers = (top[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(previewCell(h, read))));
  return { label: label(r), a1: label(r), headers, rowCount: Math.max(0, r.getNumRows() - 1), preview: top.slice(1).map((row) => row.map((v) => previewCell(v, read))) };
}

/** Data rows `from`… of the source (`a1`, or the selection when empty), at most READ_BAND_CELLS cells; the header row with the first band. */
export function readSourceBand(a1: string, from: number): SourceBand | null {
  const r = sourceRange(a1 || undefined);
  if (!r) return null;
  const cols = r.getNumColumns();
  const total = Math.max(0, r.getNumRows() - 1);
  const per = Math.max(1, Math.floor(READ_BAND_CELLS / Math.max(1, cols)));
  const start = Math.max(0, Math.floor(from));
  const n = Math.max(0, Math.min(per, total - start));
  const head = start === 0;
  // the header row rides with the first band: one getValues either way
  const values = head || n > 0 ? r.offset(head ? 0 : 1 + start, 0, (head ? 1 : 0) + n || 1, cols).getValues() : [];
  const rows = head ? values.slice(1, 1 + n) : values.slice(0, n);
  return { label: label(r), headers: head ? (values[0] ?? []).map(toWire) : [], rows: rows.map((row) => row.map(toWire)), total, timeZone: sheetZone() };
}

export function workbookInfo(): WorkbookInfo {
  const ss = app().getActiveSpreadsheet();
  return { sheetNames: ss.getSheets().map((s) => s.getName()), timeZone: sheetZone() };
}

/** The report's sheet by its id: ids stay while names change, and a sheet a co-author adds under the name has another. */
function reportSheet(sheetId: number): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = app().getActiveSpreadsheet().getSheetById(sheetId);
  if (!sheet) throw new Error(`报表工作表已不在（编号 ${sheetId}）/ the report's sheet (id ${sheetId}) is no longer there`);
  return sheet;
}

export function addReportSheet(name: string, rows: number, cols: number): number {
  const book = app().getActiveSpreadsheet();
  // checked here too, in the same execution as insertSheet: the sidebar's list of names may be minutes old
  if (book.getSheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
  return addPlanSheet(book, name, rows, cols).getSheetId();
}

export function writeReportBlocks(sheetId: number, blocksJson: string): void {
  writePlanBlocks(reportSheet(sheetId), JSON.parse(blocksJson) as Block[]);
}

export function finishReportSheet(sheetId: number, finishJson: string): void {
  finishPlanSheet(reportSheet(sheetId), JSON.parse(finishJson) as PlanFinish, app(), charts());
}

/** Rollback: deletes the report's own sheet (by id), and nothing when it is already gone. */
export function removeReportSheet(sheetId: number): void {
  const book = app().getActiveSpreadsheet();
  const sheet = book.getSheetById(sheetId);
  if (sheet) book.deleteSheet(sheet);
}

/** Each server call's signature is the one the sidebar calls it by (a change on one side fails type-checking). */
export const sidebarCalls: SheetsServerCalls = { uiLanguage, readHead, readSourceBand, workbookInfo, addReportSheet, writeReportBlocks, finishReportSheet, removeReportSheet };
