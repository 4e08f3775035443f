// Access to the Apps Script globals, looked up when called (the bundle also loads in tests without them).
import { langFromLocale, type Lang } from '../../core/i18n/lang';
import type { GCharts, GSpreadsheetApp } from '../applier/applyPlan';

/** What the server calls on SpreadsheetApp: the applier's part, the Ui and the active spreadsheet. */
export type ServerSpreadsheetApp = GSpreadsheetApp & Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getUi'>;

export const app = (): ServerSpreadsheetApp => SpreadsheetApp;
export const html = (): Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'> => HtmlService;
export const charts = (): GCharts => Charts;

/** The spreadsheet's language: zh when its locale starts with zh. */
export function sheetLang(): Lang {
  try {
    return langFromLocale(app().getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en-US';
  }
}

/**
 * The spreadsheet's time zone: Sheets shows dates in it, and gives them to scripts as instants, so they are read
 * there, not in the script project's zone (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getspreadsheettimezone).
 */
export function sheetZone(): string {
  try {
    return app().getActiveSpreadsheet().getSpreadsheetTimeZone() || 'UTC';
  } catch {
    return 'UTC';
  }
}
