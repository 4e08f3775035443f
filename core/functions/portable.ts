// Portable native formulas: one element of a DealerKit function, written only with functions that Excel 2010+,
// LibreOffice, WPS and Google Sheets all share, so a report keeps computing where DealerKit is not installed.
import { lookupWord } from '../values/words';
import type { FunctionDef, PortableArg, PortablePopulation } from './types';

/**
 * Error values every engine gives with the same code. `SQRT(-1)` and `LN(0)` are #NUM! in Excel but
 * LibreOffice saves them to .xlsx as #VALUE!; `ASIN(2)` is #NUM! everywhere. `"x"+0` is #VALUE! everywhere.
 */
export const PORTABLE_ERROR = { num: 'ASIN(2)', na: 'NA()', value: '("x"+0)' } as const;

/** The smallest normal double: below it a literal such as `5E-324` is refused by LibreOffice's formula parser (#VALUE!). */
const MIN_NORMAL = 2.2250738585072014e-308;

/** A number as a formula literal (Excel reads `1E-12`; JS would print `1e-12`); a subnormal as a product of two normal literals. */
export function numLit(n: number): string {
  if (n !== 0 && Math.abs(n) < MIN_NORMAL) return `(${String(n / 1e-300).toUpperCase()}*1E-300)`;
  return String(n).toUpperCase();
}

/** A string as a formula literal ("" doubles a quote). */
export function strLit(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** What a portable argument is once read: omitted, a number, a text literal, or a reference/expression. */
export type ReadArg = { kind: 'omitted' } | { kind: 'number'; n: number } | { kind: 'text'; s: string } | { kind: 'ref'; ref: string };

const QUOTED = /^"((?:[^"]|"")*)"$/;

/** Reads one argument: numbers and numeric literals as numbers, "quoted" literals as text, anything else as a reference. */
export function readArg(a: PortableArg): ReadArg {
  if (a === undefined || a === null || a === '') return { kind: 'omitted' };
  if (typeof a === 'number') return { kind: 'number', n: a };
  if (typeof a === 'object') return { kind: 'ref', ref: a.cell };
  const s = a.trim();
  const q = QUOTED.exec(s);
  if (q) return { kind: 'text', s: q[1].replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(s)) return { kind: 'number', n: Number(s) };
  return { kind: 'ref', ref: s };
}

/** A population argument: `{ cell, range }`; a bare reference is its own one-cell population. */
export function population(a: PortableArg): PortablePopulation {
  if (a !== null && typeof a === 'object') return a;
  if (typeof a === 'string' && a.trim()) return { cell: a.trim(), range: a.trim() };
  throw new Error('portableFormula: a population argument is { cell, range } (e.g. { cell: "C5", range: "$C$5:$C$44" })');
}

/** The argument's value as a number expression: blank → `blank` (a number expression), omitted → `omitted`. */
export function numOf(a: ReadArg, blank: string, omitted = blank): string {
  switch (a.kind) {
    case 'omitted':
      return omitted;
    case 'number':
      return numLit(a.n);
    case 'text':
      return PORTABLE_ERROR.value;
    case 'ref':
      return `IF(${a.ref}="",${blank},${a.ref})`;
  }
}

/** A test that the argument is blank ("FALSE" for literals: they are never blank). */
export function blankOf(a: ReadArg): string {
  return a.kind === 'ref' ? `${a.ref}=""` : a.kind === 'omitted' ? 'TRUE' : 'FALSE';
}

/** AND of tests, simplified when literals decide it. */
export function all(tests: string[]): string {
  if (tests.includes('FALSE')) return 'FALSE';
  const t = tests.filter((x) => x !== 'TRUE');
  return t.length === 0 ? 'TRUE' : t.length === 1 ? t[0] : `AND(${t.join(',')})`;
}

/** OR of tests, simplified when literals decide it. */
export function any(tests: string[]): string {
  if (tests.includes('TRUE')) return 'TRUE';
  const t = tests.filter((x) => x !== 'FALSE');
  return t.length === 0 ? 'FALSE' : t.length === 1 ? t[0] : `OR(${t.join(',')})`;
}

/** IF(test, then, else) that folds constant tests. */
export function when(test: string, then: string, otherwise: string): string {
  if (test === 'TRUE') return then;
  if (test === 'FALSE') return otherwise;
  return `IF(${test},${then},${otherwise})`;
}

/** The tolerance of the spec, ε(t) = 1e-12 × max(1, |t|), as an expression (a literal when t is one). */
export function epsOf(t: string): string {
  const n = Number(t);
  if (t.trim() !== '' && Number.isFinite(n)) return numLit(1e-12 * Math.max(1, Math.abs(n)));
  return `1E-12*MAX(1,ABS(${t}))`;
}
/** x ≥ t within the tolerance */
export const geF = (x: string, t: string) => `${x}>=${t}-${epsOf(t)}`;
/** x > t beyond the tolerance */
export const gtF = (x: string, t: string) => `${x}>${t}+${epsOf(t)}`;
/** x < t: not x ≥ t */
export const ltF = (x: string, t: string) => `${x}<${t}-${epsOf(t)}`;

/** ceil(x) with INT, which every engine has with the same meaning (CEILING's signs differ between them). */
export const ceilF = (x: string) => `-INT(-(${x}))`;

/** Rows and columns of an A1 range (from its corners: a column formula asks for each of its rows). */
export function rangeSize(range: string): { rows: number; cols: number } {
  const b = rangeBounds(range);
  return { rows: b.r2 - b.r1 + 1, cols: b.c2 - b.c1 + 1 };
}

/** The cells of an A1 range, row by row (`$F$5:$M$5` → `$F$5`, `$G$5`, …), keeping a sheet prefix and `$` marks. */
export function rangeCells(range: string): string[] {
  const { sheet, colAbs, rowAbs, r1, r2, c1, c2 } = rangeBounds(range);
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${sheet}${colAbs}${colName(c)}${rowAbs}${r}`);
  return out;
}

/** An A1 range's sheet prefix, `$` marks and corners (ordered). */
function rangeBounds(range: string) {
  const m = /^(?:('(?:[^']|'')+'|[^'!:]+)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?$/.exec(range.trim());
  if (!m) throw new Error(`portableFormula: "${range}" is not an A1 range`);
  const ca = colNumber(m[3]);
  const ra = Number(m[5]);
  const cb = m[7] ? colNumber(m[7]) : ca;
  const rb = m[9] ? Number(m[9]) : ra;
  return { sheet: m[1] ? `${m[1]}!` : '', colAbs: m[2] || '', rowAbs: m[4] || '', r1: Math.min(ra, rb), r2: Math.max(ra, rb), c1: Math.min(ca, cb), c2: Math.max(ca, cb) };
}

function colNumber(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function colName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One text setting matched against its aliases: at generation for a literal, in the formula for a reference. */
export function wordSetting<T extends string>(
  a: ReadArg,
  aliases: Readonly<Record<string, T>>,
  dflt: NoInfer<T>,
  branches: Readonly<Partial<Record<NoInfer<T>, string>>>,
  unknown: string,
): string {
  if (a.kind === 'omitted') return branches[dflt] ?? unknown;
  if (a.kind === 'number') return unknown;
  if (a.kind === 'text') {
    const key = a.s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
    const hit = lookupWord(aliases, key);
    return hit === undefined ? unknown : (branches[hit] ?? unknown);
  }
  // a reference: the words are compared as the engine compares text (case-insensitive); blank is the default
  let out = unknown;
  const targets = Object.keys(branches) as T[];
  for (const target of targets.reverse()) {
    const words = Object.keys(aliases).filter((w) => aliases[w] === target);
    const tests = words.map((w) => `${a.ref}=${strLit(w)}`);
    if (target === dflt) tests.unshift(`${a.ref}=""`);
    out = `IF(${any(tests)},${branches[target]},${out})`;
  }
  return out;
}

/** The portable formula (without "=") of one element of the named function. */
export function portableFormulaOf(registry: readonly FunctionDef[], name: string, args: PortableArg[]): string {
  const def = registry.find((d) => d.name === String(name).toUpperCase());
  if (!def) throw new Error(`portableFormula: no function ${name}`);
  return def.portable.formula(args);
}
