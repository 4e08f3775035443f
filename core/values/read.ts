// Reading one host cell: numbers, numeric text (separators, full-width, %), blanks, and error values.
import type { Bilingual } from '../i18n/lang';
import { msg } from '../i18n/messages';
import { asHostError, SheetError } from './errors';

/** How an argument is named in messages: one name, or one per language. */
export type ArgName = string | Bilingual;

/** A read cell: a number, `null` for blank, or an error. */
export type NumRead = number | null | SheetError;

/** Full-width ASCII (！…～) to half-width, ideographic space to space, the minus sign to '-'. */
export function toHalfWidth(s: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000 || c === 0x00a0) {
      out += ' ';
      changed = true;
    } else if (c === 0x2212) {
      out += '-';
      changed = true;
    } else out += s[i];
  }
  return changed ? out : s;
}

/** Case-, width- and space-insensitive key for matching words (grades, tiers, aliases). */
export function textKey(s: string): string {
  return toHalfWidth(s.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}

/** How a value is quoted in a message: short, one line. */
export function quote(v: unknown): string {
  const s = v instanceof Date ? (isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString().slice(0, 10)) : String(v);
  const one = s.replace(/\s+/g, ' ');
  return one.length > 40 ? one.slice(0, 39) + '…' : one;
}

/** A mantissa with digits (`1,234.5`, `12`, `.5`), then an optional exponent: `e5` alone is text, not 10⁵. */
const NUMERIC = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Parse numeric text. Returns a number, `null` for text that is only spaces, or an error.
 * `%` is accepted only when `ratio` (then 110% → 1.1).
 */
export function parseNumericText(raw: string, ratio: boolean, arg: ArgName): NumRead {
  let s = toHalfWidth(raw).trim();
  if (s === '') return null;
  let percent = false;
  if (s.charCodeAt(s.length - 1) === 37 /* % */) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  if (!NUMERIC.test(s)) {
    return new SheetError('#VALUE!', msg('notNumber', { arg, value: quote(raw) }));
  }
  if (percent && !ratio) {
    return new SheetError('#VALUE!', msg('percentNotAllowed', { arg, value: quote(raw) }));
  }
  const n = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(n)) return new SheetError('#NUM!', msg('notFinite', { arg, value: quote(raw) }));
  const v = percent ? n / 100 : n;
  return v === 0 ? 0 : v; // no -0
}

/** Read one host cell as a number (see functions.md, "Reading a value"). */
export function readNumber(v: unknown, ratio: boolean, arg: ArgName): NumRead {
  if (typeof v === 'number') {
    if (v !== v) return new SheetError('#VALUE!', msg('notNumber', { arg, value: 'NaN' }));
    if (v === Infinity || v === -Infinity) return new SheetError('#NUM!', msg('notFinite', { arg, value: String(v) }));
    return v === 0 ? 0 : v;
  }
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') {
    const err = asHostError(v);
    if (err) return err;
    return parseNumericText(v, ratio, arg);
  }
  if (typeof v === 'boolean') {
    return new SheetError('#VALUE!', msg('booleanNotAllowed', { arg, value: v ? 'TRUE' : 'FALSE' }));
  }
  if (v instanceof Date) return new SheetError('#VALUE!', msg('dateNotAllowed', { arg, value: quote(v) }));
  return asHostError(v) ?? new SheetError('#VALUE!', msg('notAValue', { arg }));
}

/** Blank as the hosts pass it: '', null, undefined (and text of spaces only). */
export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return true;
  return typeof v === 'string' && toHalfWidth(v).trim() === '';
}
