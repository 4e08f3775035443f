// WPS edge of the functions: how WPS passes blanks, omitted arguments and errors in, and how results go back out.
import type { FunctionDef } from '../../core/functions/types';
import type { Lang } from '../../core/i18n/lang';
import { SheetError } from '../../core/values/errors';
import type { FunctionResult, HostArg, HostScalar, ResultScalar } from '../../core/values/types';
import { cellError, WPS_MISSING } from '../comValues';

export { WPS_MISSING };

/** A cell or a result as WPS takes it back: a number, text or boolean (never null: WPS would show 0). */
export type WpsCell = number | string | boolean;
export type WpsResult = WpsCell | WpsCell[][];

/*
 * Where each rule comes from (see docs/wps.md for the checks that confirm them in a real WPS):
 * - Calls are synchronous and arguments/results are 2-D arrays when a parameter or the result is typed
 *   `any[][]` — WPS 加载项自定义函数 guide, https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html
 *   and the type strings wpsjs writes (`string`, `number`, `bool`, `any`, `[]` per array level, `?` when
 *   optional) — wpsjs 2.2.3 src/vite_plugins.js (TsParser.parseType / parseParameter).
 * - An omitted optional argument: WPS passes COM's "missing" value, DISP_E_PARAMNOTFOUND (0x80020004) as the
 *   number -2147352572, as a public WPS add-in's functions.js checks for each optional scalar
 *   (`NotFound === -2147352572 ? "#N/A" : NotFound ?? "#N/A"`, namespace ZW, xLookup; found with the code
 *   search, no repository named). The callback is a plain JS function (`callback: Function`, et-jsapi-declare
 *   addon.et.d.ts), so a call with fewer arguments gives `undefined`; we take `null` too. All three are
 *   blank, i.e. the parameter's default — the same reading as Excel's null and Sheets' missing argument.
 * - An empty cell inside a range: `null`, `undefined` or `''` (the ET object model's Value2 gives
 *   undefined/empty for empty cells, as VBA's Empty); all are blank to the core (`isBlank`).
 * - An error cell inside a range: WPS turns a COM VT_ERROR into its number (as the missing value above), so a
 *   cell error arrives as 0x800A0000 + its XlCVError code (Et.XlCVError in et-jsapi-declare lib.et.d.ts:
 *   xlErrNA = 2042 → -2146826246, the same numbers Excel's COM gives); `{ code }`-like values or `#CODE`
 *   text are read too (the core's `asHostError`), so the error passes through to that element with its code.
 *   This reading is inferred from the missing value, not documented: docs/wps.md check 5 confirms it.
 * - Results: WPS documents no way to return a native error value — result types are only the type strings
 *   above (no error type, unlike Excel's CustomFunctions.Error), and the public add-ins return text for
 *   errors (the xLookup above returns the text "#N/A") — so an error is returned as the text
 *   `#CODE message` in WPS's UI language (what the Sheets host shows inside arrays); blanks are `""`
 *   (never null, which would show as 0).
 */

/** A cell error as WPS may pass it (its VT_ERROR number) → `{ code }`, which the core reads as that error. */
function fromWpsCell(v: unknown): HostScalar {
  const code = cellError(v);
  return code ? { code } : (v as HostScalar);
}

/** One argument as the core reads it: undefined, null and WPS's missing value are all "omitted/blank". */
export function fromWpsArg(v: unknown): HostArg {
  if (v === null || v === WPS_MISSING) return undefined;
  if (Array.isArray(v)) {
    // an omitted range parameter may come as a 1×1 array holding the missing value
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 && v[0][0] === WPS_MISSING) return undefined;
    // copied only when a cell is an error number (a range is passed through as it came otherwise)
    const rows = v as unknown[][];
    if (!rows.some((row) => Array.isArray(row) && row.some((x) => cellError(x) !== undefined))) return rows as HostArg;
    return rows.map((row) => (Array.isArray(row) ? row.map(fromWpsCell) : row)) as HostArg;
  }
  return fromWpsCell(v);
}

export function toWpsCell(v: ResultScalar, lang: Lang): WpsCell {
  return v instanceof SheetError ? v.text(lang) : v;
}

export function toWpsResult(r: FunctionResult, lang: Lang): WpsResult {
  if (!Array.isArray(r)) return toWpsCell(r, lang);
  return r.map((row) => row.map((v) => toWpsCell(v, lang)));
}

/**
 * Wrap a registry function for wps.AddCustomFunction: only its declared parameters are read, and the UI
 * language is asked at each call (WPS keeps the add-in page alive while the language may change).
 */
export function wpsFunction(def: FunctionDef, lang: () => Lang): (...args: unknown[]) => WpsResult {
  const n = def.params.length;
  return (...args: unknown[]) => {
    const hostArgs: HostArg[] = new Array(n);
    for (let i = 0; i < n; i++) hostArgs[i] = fromWpsArg(args[i]);
    return toWpsResult(def.run(hostArgs), lang());
  };
}
