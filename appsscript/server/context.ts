// Access to the Apps Script globals, looked up when called (the bundle also loads in tests without them).
import { langFromLocale, type Lang } from '../../core/i18n/lang';
import type { GCharts, GSpreadsheetApp } from '../applier/sheets-types';

export interface HtmlOutput {
  setTitle(t: string): HtmlOutput;
  setWidth(w: number): HtmlOutput;
  append(html: string): HtmlOutput;
}
export interface GHtmlService {
  createHtmlOutputFromFile(name: string): HtmlOutput;
}

const g = () => globalThis as unknown as { SpreadsheetApp: GSpreadsheetApp; HtmlService: GHtmlService; Charts: GCharts };
export const app = () => g().SpreadsheetApp;
export const html = () => g().HtmlService;
export const charts = () => g().Charts;

/** The spreadsheet's language: zh when its locale starts with zh. */
export function sheetLang(): Lang {
  try {
    return langFromLocale(app().getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en-US';
  }
}
