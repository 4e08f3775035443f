// What crosses google.script.run between the sidebar and the server: cells with their Dates tagged, and the server calls' names.
import type { SheetPlan } from '../core/plan/types';
import type { SourceHead } from '../core/fill/service';
import type { SourceKind } from '../core/fill/types';

/**
 * A Date cell on the wire. google.script.run refuses Dates in arguments and turns a returned object holding one into
 * null (https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)), so the server sends the
 * instant and the sidebar makes it a Date again; the core then reads it in the spreadsheet's zone, as before.
 */
export interface WireDate {
  dkDate: number;
}
export type WireCell = string | number | boolean | null | WireDate;

/** A Date of any realm (Apps Script's, a test vm's, the page's). */
export const isDate = (v: unknown): v is Date => v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';

export function toWire(v: unknown): WireCell {
  if (isDate(v)) return { dkDate: v.getTime() };
  if (v === undefined) return null;
  return v as WireCell;
}

export function fromWire(v: WireCell): unknown {
  return v !== null && typeof v === 'object' ? new Date(v.dkDate) : v;
}

/** One band of the source: the first one also gives the header row, the whole size and where it is. */
export interface SourceBand {
  /** "Sheet!A1:H41": where to read the next bands */
  label: string;
  headers: WireCell[];
  /** data rows from `from` */
  rows: WireCell[][];
  /** data rows in the whole source */
  total: number;
  timeZone: string;
}

export interface WorkbookInfo {
  sheetNames: string[];
  timeZone: string;
}

/** The plan without its blocks: what the last write call sets on the sheet (formats, widths, drop-downs, charts …). */
export type PlanFinish = Omit<SheetPlan, 'blocks'>;

/** The server functions the sidebar calls, as google.script.run sees them (JSON-safe arguments and results only). */
export interface SheetsServerCalls {
  uiLanguage(): string;
  readHead(kind: SourceKind): SourceHead | null;
  readSourceBand(a1: string, from: number): SourceBand | null;
  workbookInfo(): WorkbookInfo;
  /** adds the report's sheet, grown to the plan; its id (stable, unlike its name) is how later calls find it */
  addReportSheet(name: string, rows: number, cols: number): number;
  /** blocksJson: JSON of Block[] */
  writeReportBlocks(sheetId: number, blocksJson: string): void;
  /** finishJson: JSON of PlanFinish */
  finishReportSheet(sheetId: number, finishJson: string): void;
  removeReportSheet(sheetId: number): void;
}

