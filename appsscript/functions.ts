// Sheets edge of the functions: a single or whole-result error is thrown as "#CODE message"; inside arrays it is text.
import type { FunctionDef } from '../core/functions/types';
import { registry } from '../core/functions/index';
import { langFromLocale } from '../core/i18n/lang';
import { SheetError, setMessageLang } from '../core/values/errors';
import type { FunctionResult, HostArg, ResultScalar } from '../core/values/types';

export type SheetsResult = number | string | (number | string)[][];

let langSet = false;
/** Messages in the spreadsheet's locale; read once per execution (custom functions may read it). */
function useSheetLocale(): void {
  if (langSet) return;
  langSet = true;
  try {
    const ss = typeof SpreadsheetApp !== 'undefined' ? SpreadsheetApp.getActiveSpreadsheet() : null;
    if (ss) setMessageLang(langFromLocale(ss.getSpreadsheetLocale()));
  } catch {
    // no spreadsheet (tests, or a restricted context): keep the default language
  }
}

function cellText(v: ResultScalar): number | string {
  return v instanceof SheetError ? v.toString() : v;
}

export function toSheetsResult(r: FunctionResult): SheetsResult {
  if (r instanceof SheetError) throw new Error(r.toString());
  if (!Array.isArray(r)) return r;
  if (r.length === 1 && r[0].length === 1 && r[0][0] instanceof SheetError) throw new Error(r[0][0].toString());
  return r.map((row) => row.map(cellText));
}

export function sheetsFunction(def: FunctionDef): (...args: HostArg[]) => SheetsResult {
  const n = def.params.length;
  return (...args: HostArg[]) => {
    useSheetLocale();
    return toSheetsResult(def.run(args.slice(0, n)));
  };
}

/** Every registry function, by name, as Apps Script's top-level stubs call them. */
export const sheetsFunctions: Record<string, (...args: HostArg[]) => SheetsResult> = Object.fromEntries(
  registry.map((d) => [d.name, sheetsFunction(d)]),
);
