// Sheets edge of the functions: a single or whole-result error is thrown as "#CODE message"; inside arrays it is text.
import type { FunctionDef } from '../core/functions/types';
import { registry } from '../core/functions/index';
import { langFromLocale, type Lang } from '../core/i18n/lang';
import { SheetError } from '../core/values/errors';
import type { FunctionResult, HostArg, ResultScalar } from '../core/values/types';

export type SheetsResult = number | string | (number | string)[][];

/**
 * The spreadsheet's locale, asked at every call and kept nowhere: Sheets runs each custom-function
 * call as its own execution, so a module-level answer would save nothing and could go stale.
 */
function sheetLang(): Lang {
  try {
    const ss = typeof SpreadsheetApp !== 'undefined' ? SpreadsheetApp.getActiveSpreadsheet() : null;
    return langFromLocale(ss ? ss.getSpreadsheetLocale() : null);
  } catch {
    // no spreadsheet (tests, or a restricted context): en-US
    return 'en-US';
  }
}

export function toSheetsResult(r: FunctionResult, lang: Lang): SheetsResult {
  if (r instanceof SheetError) throw new Error(r.text(lang));
  if (!Array.isArray(r)) return r;
  if (r.length === 1 && r[0].length === 1 && r[0][0] instanceof SheetError) throw new Error(r[0][0].text(lang));
  return r.map((row) => row.map((v: ResultScalar) => (v instanceof SheetError ? v.text(lang) : v)));
}

export function sheetsFunction(def: FunctionDef): (...args: HostArg[]) => SheetsResult {
  const n = def.params.length;
  return (...args: HostArg[]) => toSheetsResult(def.run(args.slice(0, n)), sheetLang());
}

/** Every registry function, by name, as Apps Script's top-level stubs call them. */
export const sheetsFunctions: Record<string, (...args: HostArg[]) => SheetsResult> = Object.fromEntries(
  registry.map((d) => [d.name, sheetsFunction(d)]),
);
