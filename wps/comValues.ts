// COM values WPS hands to JavaScript as plain numbers: the "missing argument" marker and cell errors (VT_ERROR scodes).
import type { ErrorCode } from '../core/values/errors';

/*
 * Where these come from: wps/functions/adapter.ts (its rules list) and docs/wps.md check 5, which confirms
 * them in a real WPS. In short: WPS passes an omitted optional argument as DISP_E_PARAMNOTFOUND
 * (-2147352572, seen checked in a public WPS add-in), and — inferred from that — a cell error as its
 * VT_ERROR scode, 0x800A0000 + its XlCVError code (Et.XlCVError in et-jsapi-declare lib.et.d.ts).
 */

/** DISP_E_PARAMNOTFOUND (0x80020004) as a signed 32-bit number: what WPS passes for an omitted optional argument. */
export const WPS_MISSING = -2147352572;

/** A VT_ERROR's scode for a cell error: 0x800A0000 (as a signed 32-bit number) + its XlCVError code. */
const VT_ERROR_BASE = -2146828288;
/** Et.XlCVError (et-jsapi-declare lib.et.d.ts) → the code the core knows. */
const XL_CV_ERRORS: Readonly<Record<number, ErrorCode>> = { 2000: '#NULL!', 2007: '#DIV/0!', 2015: '#VALUE!', 2023: '#REF!', 2029: '#NAME?', 2036: '#NUM!', 2042: '#N/A' };

export const cellError = (v: unknown): ErrorCode | undefined => (typeof v === 'number' && v >= VT_ERROR_BASE && v < VT_ERROR_BASE + 4096 ? XL_CV_ERRORS[v - VT_ERROR_BASE] : undefined);

/** A value read from a cell (Value2) as the other hosts give it: a cell error as its `#CODE` text. */
export function fromComValue(v: unknown): unknown {
  return cellError(v) ?? v;
}
