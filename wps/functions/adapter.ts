// WPS edge of the functions: how WPS passes blanks, omitted arguments and errors in, and how results go back out.
import type { FunctionDef } from '../../core/functions/types';
import type { Lang } from '../../core/i18n/lang';
import { SheetError } from '../../core/values/errors';
import type { FunctionResult, HostArg, ResultScalar } from '../../core/values/types';

/** A cell or a result as WPS takes it back: a number, text or boolean (never null: WPS would show 0). */
export type WpsCell = number | string | boolean;
export type WpsResult = WpsCell | WpsCell[][];

/*
 * Where each rule comes from (see docs/wps.md for the checks that confirm them in a real WPS):
 * - Calls are synchronous and arguments/results are 2-D arrays when a parameter or the result is typed
 *   `any[][]` — WPS 加载项自定义函数 guide, https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html
 *   and the type strings wpsjs writes (`string`, `number`, `bool`, `any`, `[]` per array level, `?` when
 *   optional) — wpsjs 2.2.3 src/vite_plugins.js (TsParser.parseType / parseParameter).
 * - An omitted optional argument: the callback is a plain JS function (`callback: Function` in
 *   et-jsapi-declare addon.et.d.ts), so a missing argument is `undefined`; we also take `null`. Both are
 *   blank, i.e. the parameter's default — the same reading as Excel's null and Sheets' missing argument.
 * - An empty cell inside a range: `null`, `undefined` or `''` (the ET object model's Value2 gives
 *   undefined/empty for empty cells, as VBA's Empty); all are blank to the core (`isBlank`).
 * - An error cell inside a range: passed as `{ code }`-like values or `#CODE` text; the core's
 *   `asHostError` reads both, so the error passes through to that element with its code.
 * - Results: WPS's custom-function guide documents no way to return a native error value, so an error is
 *   returned as the text `#CODE message` in WPS's UI language (what the Sheets host shows inside arrays);
 *   blanks are `""` (never null, which would show as 0).
 */

/** One argument as the core reads it: undefined and null are both "omitted/blank". */
export function fromWpsArg(v: unknown): HostArg {
  return v === null ? undefined : (v as HostArg);
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
