// Summary formulas that match names exactly: SUMPRODUCT over (range=cell), never COUNTIF/SUMIF criteria, which read
// `*?~` as wildcards and a leading `<>=` as a comparison (a rep named 张* or =王五 would be counted wrong on recalculation).
import type { PlanCached } from '../plan/types';

/** One condition of a summary: a range compared with a cell or a formula literal (`"来店"`). */
export type Cond = [range: string, value: string];

const product = (conds: Cond[]) => (conds.length === 1 ? `--(${conds[0][0]}=${conds[0][1]})` : conds.map(([r, v]) => `(${r}=${v})`).join('*'));

/** The number of rows where every condition holds. */
export const countEqF = (conds: Cond[]) => `SUMPRODUCT(${product(conds)})`;

/**
 * The sum of a range over the rows where every condition holds. SUMPRODUCT counts text as 0 and gives the
 * first error of the range if it holds any (sumEqValue computes the same).
 */
export const sumEqF = (conds: Cond[], range: string) => `SUMPRODUCT(${conds.length === 1 ? product(conds) : `(${product(conds)})*1`},${range})`;

/** Text equality as a spreadsheet's `=` tests it: case-insensitive for text, exact for numbers, no trimming. */
export function sameCell(a: unknown, b: unknown): boolean {
  const blank = (x: unknown) => x === null || x === undefined || x === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}

/** The distinct non-blank values of a column as `=` tells them apart (the first spelling of each is kept). */
export function distinct<T extends string | number>(values: readonly unknown[], keep: (v: unknown) => v is T): T[] {
  const out: T[] = [];
  for (const v of values) if (keep(v) && v !== '' && !out.some((o) => sameCell(o, v))) out.push(v);
  return out;
}

const isError = (v: unknown): v is { error: string } => v !== null && typeof v === 'object' && typeof (v as { error?: unknown }).error === 'string';

/** What sumEqF gives: the first error anywhere in the range, else the sum of the numbers in the matching rows. */
export function sumEqValue(values: readonly unknown[], match: (i: number) => boolean): PlanCached {
  const err = values.find(isError);
  if (err) return { error: err.error };
  return values.reduce<number>((a, v, i) => a + (match(i) && typeof v === 'number' ? v : 0), 0);
}
