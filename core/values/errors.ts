// SheetError: the error value the core returns (never throws) for bad user data; hosts map it at the edge.
import type { Bilingual, Lang } from '../i18n/lang';
import { msg } from '../i18n/messages';

export const ERROR_CODES = ['#VALUE!', '#NUM!', '#N/A', '#DIV/0!', '#REF!', '#NAME?', '#NULL!', '#ERROR!'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
const CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(s: unknown): s is ErrorCode {
  return typeof s === 'string' && CODE_SET.has(s);
}

/**
 * An error value with its message in both languages. It holds no language of its own: the host edge
 * that shows it (Excel's UI language, the spreadsheet's locale, a report's language) passes one.
 */
export class SheetError {
  readonly code: ErrorCode;
  readonly messages: Bilingual;
  constructor(code: ErrorCode, messages: Bilingual) {
    this.code = code;
    this.messages = messages;
  }
  /** The message in `lang`. */
  messageIn(lang: Lang): string {
    return this.messages[lang];
  }
  /** `#CODE message` in `lang`: how Sheets shows an element error inside an array, and how it reads back. */
  text(lang: Lang): string {
    const m = this.messages[lang];
    return m ? `${this.code} ${m}` : this.code;
  }
}

export function isSheetError(v: unknown): v is SheetError {
  return v instanceof SheetError;
}

/**
 * A host error value (Excel's `CustomFunctions.Error`, a SheetError from another bundle copy) has a
 * `code` that is an error code; text that is a code, or a code + space + message, is an error too.
 */
export function asHostError(v: unknown): SheetError | null {
  if (v instanceof SheetError) return v;
  if (typeof v === 'string') {
    if (v.length === 0 || v.charCodeAt(0) !== 35 /* # */) return null;
    const sp = v.indexOf(' ');
    const code = sp < 0 ? v : v.slice(0, sp);
    if (!isErrorCode(code)) return null;
    return passed(code, sp < 0 ? '' : v.slice(sp + 1));
  }
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v)) {
    const code = (v as { code?: unknown }).code;
    if (isErrorCode(code)) {
      const m = (v as { message?: unknown }).message;
      return passed(code, typeof m === 'string' ? m : '');
    }
  }
  return null;
}

/** An error that came in with the data keeps its message; a bare code says where it came from. */
function passed(code: ErrorCode, message: string): SheetError {
  if (message) return new SheetError(code, { 'zh-CN': message, 'en-US': message });
  return new SheetError(code, msg('passedThrough', { code }));
}
