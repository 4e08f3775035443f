// A computed column declared once as a call of a registry function on the table's columns, written in any formula mode.
import { findFunction } from '../functions/index';
import type { PortableArg } from '../functions/types';
import type { HostArg } from '../values/types';
import type { Bilingual, Lang } from '../i18n/lang';
import { planText } from '../i18n/plan-messages';
import { strLit } from '../functions/portable';

/**
 * One argument of a declared call:
 * - `col`: an element column (field or computed; `k` picks a column of a multi-column block);
 * - `cols`: a row of columns side by side (DEALERSCORE's ratings), one range per row;
 * - `pop`: a population column (TIER's values, QUADRANT's shares): the whole column; in the portable form the
 *   first one carries the helper cells the function's `portable.helpers` declares (placed once per column);
 * - `param`: a cell (or range) of the parameter block;
 * - `lit`: a literal; `perColumn` gives the literal of each output column in the portable form, for a
 *   function whose one call fills several columns (VISITPLAN "all" → visit, phone, message);
 * - `omit`: an omitted optional.
 */
export type FnArg =
  | { kind: 'col'; id: string; k?: number }
  | { kind: 'cols'; ids: string[]; portable?: { id: string; width: number } }
  | { kind: 'pop'; id: string }
  | { kind: 'param'; id: string }
  | { kind: 'lit'; value: string | number; perColumn?: (string | number)[] }
  | { kind: 'omit' };

export const col = (id: string, k?: number): FnArg => ({ kind: 'col', id, ...(k === undefined ? {} : { k }) });
/** `portable`: the block of helper columns the portable form reads instead (the same values as numbers) */
export const cols = (ids: string[], opts: { portable?: { id: string; width: number } } = {}): FnArg => ({ kind: 'cols', ids, ...opts });
export const pop = (id: string): FnArg => ({ kind: 'pop', id });
export const param = (id: string): FnArg => ({ kind: 'param', id });
export const lit = (value: string | number, perColumn?: (string | number)[]): FnArg => ({ kind: 'lit', value, ...(perColumn ? { perColumn } : {}) });
export const omit: FnArg = { kind: 'omit' };

/** What the layout offers a declared call: the table's addresses and values. */
export interface FnTable {
  range(id: string, k?: number, abs?: boolean): string;
  dataCell(id: string, i: number, k?: number): string;
  host(id: string, k?: number): HostArg;
  readonly params: { ref(id: string): string; value(id: string): unknown };
  readonly n: number;
}

/** The registry entry of a declared call (a template naming an unknown function is a programming error). */
export function fnDef(name: string) {
  const def = findFunction(name);
  if (!def) throw new Error(`no registry function ${name}`);
  return def;
}

const litText = (v: string | number) => (typeof v === 'number' ? String(v).toUpperCase() : strLit(v));

/** The arguments as the host passes them to the function (for the cached results). */
export function hostArgs(t: FnTable, args: FnArg[]): HostArg[] {
  return args.map((a): HostArg => {
    switch (a.kind) {
      case 'col':
        return t.host(a.id, a.k ?? 0);
      case 'pop':
        return t.host(a.id);
      case 'cols': {
        const vs = a.ids.map((id) => t.host(id) as unknown[][]);
        return Array.from({ length: t.n }, (_, i) => vs.map((v) => v[i][0])) as HostArg;
      }
      case 'param':
        return t.params.value(a.id) as HostArg;
      case 'lit':
        return a.value;
      case 'omit':
        return undefined;
    }
  });
}

/** The spilling DealerKit formula over the whole columns (`=SAFETYSTOCK(C5:C44,D5:D44,E5:E44,$N$5)`). */
export function dkFormula(t: FnTable, name: string, args: FnArg[]): string {
  const parts = args.map((a) => {
    switch (a.kind) {
      case 'col':
        return t.range(a.id, a.k ?? 0);
      case 'pop':
        return t.range(a.id);
      case 'cols':
        return `${t.range(a.ids[0]).split(':')[0]}:${t.range(a.ids[a.ids.length - 1]).split(':')[1]}`;
      case 'param':
        return t.params.ref(a.id);
      case 'lit':
        return litText(a.value);
      case 'omit':
        return '';
    }
  });
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return `=${name}(${parts.join(',')})`;
}

/**
 * The portable arguments of data row `i`, output column `k`. `helpers`: where the column's helper cells are
 * (`portable.helpers`), given to the first population argument.
 */
export function portableArgs(t: FnTable, args: FnArg[], i: number, k: number, helpers?: readonly string[]): PortableArg[] {
  const first = args.findIndex((a) => a.kind === 'pop');
  return args.map((a, j): PortableArg => {
    switch (a.kind) {
      case 'col':
        return t.dataCell(a.id, i, a.k ?? 0);
      case 'pop':
        return { cell: t.dataCell(a.id, i), range: t.range(a.id, 0, true), ...(helpers && j === first ? { helpers } : {}) };
      case 'cols':
        return a.portable ? `${t.dataCell(a.portable.id, i)}:${t.dataCell(a.portable.id, i, a.portable.width - 1)}` : `${t.dataCell(a.ids[0], i)}:${t.dataCell(a.ids[a.ids.length - 1], i)}`;
      case 'param':
        return t.params.ref(a.id);
      case 'lit': {
        const v = a.perColumn?.[k] ?? a.value;
        return typeof v === 'number' ? v : strLit(v);
      }
      case 'omit':
        return undefined;
    }
  });
}

/** The note on a sheet whose column was written as values because its portable form would recalculate too slowly. */
export function tooManyRowsNote(header: Bilingual, name: string, n: number, max: number): Bilingual {
  const one = (lang: Lang) => planText('portableTooManyRows', { header: header[lang], name, n: n.toLocaleString('en-US'), max: max.toLocaleString('en-US') })[lang];
  return { 'zh-CN': one('zh-CN'), 'en-US': one('en-US') };
}
