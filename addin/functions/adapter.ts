// Excel edge of the functions: null is an omitted optional, SheetError becomes CustomFunctions.Error (inside arrays too).
import type { FunctionDef } from '../../core/functions/types';
import type { Lang } from '../../core/i18n/lang';
import { msg } from '../../core/i18n/messages';
import { SheetError } from '../../core/values/errors';
import type { FunctionResult, HostArg, ResultScalar } from '../../core/values/types';

/** The CustomFunctions namespace (Office's global; tests pass a stand-in with the same members). */
export type CustomFunctionsApi = Pick<typeof CustomFunctions, 'Error' | 'ErrorCode' | 'associate'>;

export type ExcelCell = number | string | boolean | unknown;
export type ExcelResult = ExcelCell | ExcelCell[][];

/**
 * Excel can return these codes; the message is shown only on #VALUE! and #N/A. #NULL!, #NAME? and #REF! need
 * CustomFunctionsRuntime 1.3, which the manifest requires
 * (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode).
 */
const RETURNABLE: Record<string, keyof typeof CustomFunctions.ErrorCode> = {
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#NUM!': 'invalidNumber',
  '#DIV/0!': 'divisionByZero',
  '#NULL!': 'nullReference',
  '#NAME?': 'invalidName',
  '#REF!': 'invalidReference',
};

/** `lang` is Excel's UI language at the time of the call. */
export function toExcelError(e: SheetError, cf: CustomFunctionsApi, lang: Lang): unknown {
  const key = RETURNABLE[e.code];
  if (!key) {
    // #ERROR! and the like cannot be returned: #VALUE! naming the original
    const m = msg('excelCannotReturn', { code: e.code, message: e.messages });
    return new cf.Error(cf.ErrorCode.invalidValue, m[lang]);
  }
  const code = cf.ErrorCode[key];
  return e.code === '#VALUE!' || e.code === '#N/A' ? new cf.Error(code, e.messageIn(lang)) : new cf.Error(code);
}

/**
 * A matrix function's whole-result error is returned as [[error]]: a function declared with matrix results must
 * return a 2-D array (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#result).
 */
export function toExcelResult(r: FunctionResult, cf: CustomFunctionsApi, lang: Lang, matrix = false): ExcelResult {
  if (!Array.isArray(r)) return r instanceof SheetError ? (matrix ? [[toExcelError(r, cf, lang)]] : toExcelError(r, cf, lang)) : r;
  return r.map((row) => row.map((v: ResultScalar) => (v instanceof SheetError ? toExcelError(v, cf, lang) : v)));
}

/**
 * Wrap a registry function for CustomFunctions.associate: only its declared parameters are read.
 * `lang` is asked on every call (the UI language can change while the shared runtime lives).
 */
export function excelFunction(def: FunctionDef, cf: () => CustomFunctionsApi, lang: () => Lang): (...args: unknown[]) => ExcelResult {
  const n = def.params.length;
  return (...args: unknown[]) => {
    const hostArgs: HostArg[] = new Array(n);
    for (let i = 0; i < n; i++) hostArgs[i] = args[i] as HostArg; // null (omitted) is blank: the default
    return toExcelResult(def.run(hostArgs), cf(), lang(), def.result.dimensionality === 'matrix');
  };
}
