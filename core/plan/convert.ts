// Source cells → the values a report writes: numbers stay numbers, numeric text becomes numbers, dates become serials, text stays text.
import { parseNumericText, isBlank } from '../values/read';
import type { FieldType } from '../templates/types';
import type { PlanScalar } from './types';

const DAY_MS = 86400000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A Date's calendar date and time (in the host's local time, as the user sees it) as a spreadsheet serial. */
export function dateToSerial(d: Date): number {
  const utc = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());
  return (utc - EXCEL_EPOCH) / DAY_MS;
}

/** A serial as YYYY-MM-DD; numbers outside the spreadsheet date range (year 1900–9999) stay numbers as text. */
export function serialToISODate(serial: number): string {
  if (!(serial >= 1 && serial <= 2958465)) return String(serial);
  return new Date(EXCEL_EPOCH + Math.round(serial * DAY_MS)).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** "2026-11-23", "2026/11/23", "2026年11月23日", ISO timestamps (from google.script.run) → serial, else null. */
export function parseDateText(s: string): number | null {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  if (m[7]) {
    // a full timestamp with a zone: the instant, shown in local time
    const t = new Date(s.trim());
    return isNaN(t.getTime()) ? null : dateToSerial(t);
  }
  const hh = m[4] ? Number(m[4]) : 0;
  const mm = m[5] ? Number(m[5]) : 0;
  const ss = m[6] ? Number(m[6]) : 0;
  return (Date.UTC(y, mo - 1, d, hh, mm, ss) - EXCEL_EPOCH) / DAY_MS;
}

function textOf(v: unknown): string {
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export interface Converted {
  value: PlanScalar;
  /** a number column got text that is not a number */
  notNumber?: boolean;
}

/** Convert one source cell for a field of `type`. Never parses text into a formula. */
export function convertCell(v: unknown, type: FieldType): Converted {
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
      return { value: textOf(v), notNumber: true };
    }
    case 'date': {
      if (v instanceof Date) return { value: isNaN(v.getTime()) ? null : dateToSerial(v) };
      if (typeof v === 'number') return { value: v };
      if (typeof v === 'string') {
        const s = parseDateText(v);
        return { value: s ?? v };
      }
      return { value: textOf(v) };
    }
    case 'time': {
      if (v instanceof Date) return { value: `${String(v.getHours()).padStart(2, '0')}:${String(v.getMinutes()).padStart(2, '0')}` };
      return { value: textOf(v) };
    }
    case 'choice':
      return { value: typeof v === 'number' ? v : textOf(v).trim() };
    default:
      return { value: textOf(v) };
  }
}
