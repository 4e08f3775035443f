// How core results become cached cell values, and spreadsheet arithmetic on such a value.
import type { Lang } from '../i18n/lang';
import { SheetError } from '../values/errors';
import type { PlanCached } from './types';

/** Cached value of a core result cell; an error's message in the report's language (values mode writes it). */
export function cachedOf(v: unknown, lang: Lang): PlanCached {
  if (v instanceof SheetError) return { error: v.code, message: v.messageIn(lang) };
  if (v === undefined) return null;
  return v as PlanCached;
}

/** Spreadsheet arithmetic on a cell: empty is 0, numbers as they are, text is #VALUE!. */
export function arith(v: PlanCached): number | null {
  if (v === null || v === '') return 0;
  return typeof v === 'number' ? v : null;
}
