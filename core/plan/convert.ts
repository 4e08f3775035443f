// Source cells → the values a report writes: numbers stay numbers, numeric text becomes numbers, dates become serials, text stays text.
import { parseNumericText, isBlank } from '../values/read';
import type { FieldType } from './templateSpec';
import type { PlanScalar } from './types';
import { hhmm, serialOf, wallClockOfSerial, type WallClock } from '../values/dates';

import { serialToISODate } from '../values/dates';

export { serialToISODate };

/** How a renderer reads source cells: `Date` objects as wall clocks in one zone (see core/values/dates.ts). */
export interface ConvertContext {
  readDate: (d: Date) => WallClock | null;
}

const ISO_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * "2026-11-23", "2026/11/23", "2026年11月23日", ISO timestamps (from google.script.run) → serial; null when
 * the text is not such a date or names a day that does not exist (2026-02-30).
 */
export function parseDateText(s: string, ctx: ConvertContext): number | null {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return null;
  if (m[7]) {
    // a full timestamp with a zone: the instant, on the wall clock of the report's zone
    const t = new Date(s.trim());
    const w = isNaN(t.getTime()) ? null : ctx.readDate(t);
    return w ? serialOf(w) : null;
  }
  return serialOf({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: m[4] ? Number(m[4]) : 0, minute: m[5] ? Number(m[5]) : 0, second: m[6] ? Number(m[6]) : 0 });
}

/** Text in a date column that a person may mean as a date in another way: day/month order, yyyymmdd, a serial. */
const AMBIGUOUS_DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{8}|\d{5}(?:\.\d+)?)$/;

/** Looks like year-month-day but is not a real day (2026-02-30, 2026-13-01). */
const ISO_LIKE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/;

/**
 * A number as Excel shows it in a cell: Excel keeps 15 significant digits, so an 18-digit 身份证号 typed as a number
 * is 110101199001011000 there. Reading the double's own digits (…1008) would invent the last ones.
 */
export function excelDigits(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (!Number.isInteger(v)) return String(Number(v.toPrecision(15)));
  if (Math.abs(v) < 1e15) return v.toFixed(0);
  const [mantissa, exp] = Math.abs(v).toExponential(14).split('e');
  return (v < 0 ? '-' : '') + mantissa.replace('.', '').padEnd(Number(exp) + 1, '0');
}

/** A whole number too long for Excel's 15 digits (IDs, phone numbers stored as numbers): its last digits are lost. */
const lostDigits = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 1e15;

function textOf(v: unknown, ctx: ConvertContext): string {
  if (v instanceof Date) {
    const w = ctx.readDate(v);
    const serial = w ? serialOf(w) : null;
    return serial === null ? '' : serialToISODate(serial);
  }
  if (typeof v === 'number') return excelDigits(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export interface Converted {
  value: PlanScalar;
  /** a number column got text that is not a number */
  notNumber?: boolean;
  /** a date column got text that is not a date we can read without guessing (kept as text) */
  notDate?: boolean;
  /** a text (ID) column got a number of more than 15 digits: written with Excel's 15, the rest lost */
  lostDigits?: boolean;
}

/** Convert one source cell for a field of `type`. Never parses text into a formula. */
export function convertCell(v: unknown, type: FieldType, ctx: ConvertContext): Converted {
  if (isBlank(v)) return { value: null };
  switch (type) {
    case 'number':
    case 'percent': {
      if (typeof v === 'number') return { value: Number.isFinite(v) ? v : String(v), notNumber: !Number.isFinite(v) };
      if (typeof v === 'string') {
        const n = parseNumericText(v, type === 'percent', 'x');
        if (typeof n === 'number') return { value: n };
        return { value: v, notNumber: true };
      }
      return { value: textOf(v, ctx), notNumber: true };
    }
    case 'date': {
      if (v instanceof Date) {
        const w = ctx.readDate(v);
        return { value: w ? serialOf(w) : null };
      }
      if (typeof v === 'number') return { value: v };
      if (typeof v === 'string') {
        const serial = parseDateText(v, ctx);
        if (serial !== null) return { value: serial };
        return { value: v, notDate: AMBIGUOUS_DATE.test(v.trim()) || ISO_LIKE.test(v.trim()) };
      }
      return { value: textOf(v, ctx) };
    }
    case 'time': {
      if (v instanceof Date) {
        const w = ctx.readDate(v);
        return { value: w ? hhmm(w) : null };
      }
      if (typeof v === 'number' && v >= 0 && v < 1) return { value: hhmm(wallClockOfSerial(v)) };
      return { value: textOf(v, ctx) };
    }
    case 'choice':
      return { value: typeof v === 'number' ? v : textOf(v, ctx).trim() };
    default:
      return lostDigits(v) ? { value: textOf(v, ctx), lostDigits: true } : { value: textOf(v, ctx) };
  }
}
