// The portable-formula check's cases: registry examples and corpus rows whose cells a spreadsheet holds as numbers, blanks or words.
import { gradePoints } from '../../core/functions/grades';
import { PORTABLE_GRADE_WORDS } from '../../core/functions/scorecard';
import type { FunctionDef, HostArg, ParamDef } from '../../core/functions/types';
import { corpus } from '../corpus/cases';

/** A cell as a spreadsheet holds it: a number, text, or blank (null). */
export type Cell = number | string | null;
/** An argument: one cell, a range (rows of cells), or omitted (undefined). */
export type Arg = Cell | Cell[][] | undefined;

export interface SheetCase {
  fn: string;
  /** where the case comes from and what it varies */
  label: string;
  args: Arg[];
}

const SKIP = Symbol('skip');

/**
 * One host value as the cell a user would have typed, or SKIP when no cell holds it as a number, blank or word:
 * - percent text in a ratio argument ("40%") is the number a spreadsheet stores for it (0.4);
 * - DEALERSCORE's rating words are the points the reports' helper columns hold (the portable form takes points);
 * - words are kept only in text arguments (methods, formats, channels, tiers), and not error text ("#N/A"
 *   typed in a cell is text, not an error) or padded text (the function reads "   " as blank; a cell holds text);
 * - non-finite numbers, booleans, dates and error objects are not numbers or blanks.
 */
function asCell(v: unknown, p: ParamDef, def: FunctionDef): Cell | typeof SKIP {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : SKIP;
  if (typeof v !== 'string') return SKIP;
  if (p.ratio && /^\d+(\.\d+)?%$/.test(v)) return Number(v.slice(0, -1)) / 100;
  if (p.name === 'ratings') return ratingCell(v, def);
  if (p.type !== 'text' || v.startsWith('#') || v.trim() !== v) return SKIP;
  return v;
}

/**
 * A rating as a cell: DEALERSCORE's portable form takes points (reports turn words into points in helper columns);
 * SCORECARD's reads the grade words as typed, in any case (not full-width or padded ones: see its portable doc).
 */
function ratingCell(v: string, def: FunctionDef): Cell | typeof SKIP {
  if (def.name === 'SCORECARD') return PORTABLE_GRADE_WORDS.includes(v.toLowerCase()) ? v : SKIP;
  return gradePoints(v) ?? SKIP;
}

/** The call as cells, or null when some value is not a number, blank or word (see asCell). */
export function asSheetArgs(def: FunctionDef, args: readonly unknown[]): Arg[] | null {
  const out: Arg[] = [];
  for (let i = 0; i < def.params.length; i++) {
    const p = def.params[i];
    const v = args[i];
    if (v === undefined && p.optional) {
      out.push(undefined);
      continue;
    }
    if (Array.isArray(v)) {
      // a 1×1 matrix setting is one cell on a sheet, the same cell as a single value: the portable form reads a
      // blank one as the default (as the function reads a blank single), the function refuses a 1×1 plan
      if (p.type === 'matrix' && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return null;
      const rows: Cell[][] = [];
      for (const row of v) {
        if (!Array.isArray(row)) return null;
        const cells = row.map((x) => asCell(x, p, def));
        if (cells.some((x) => x === SKIP)) return null;
        rows.push(cells as Cell[]);
      }
      if (rows.length === 0 || rows[0].length === 0 || rows.some((r) => r.length !== rows[0].length)) return null;
      out.push(rows);
    } else {
      const c = asCell(v, p, def);
      if (c === SKIP) return null;
      out.push(c);
    }
  }
  return out;
}

/** Registry examples and hostile-corpus rows that hold only numbers, blanks and words, per function. */
export function sheetCases(registry: readonly FunctionDef[]): SheetCase[] {
  const out: SheetCase[] = [];
  const seen = new Set<string>();
  const add = (def: FunctionDef, label: string, args: readonly unknown[]) => {
    const a = asSheetArgs(def, args);
    if (!a) return;
    // the corpus repeats calls (a kind that reads as the base value): check each distinct call once
    const key = def.name + JSON.stringify(a, (_k, x) => (x === undefined ? '__omitted' : Object.is(x, -0) ? '__-0' : x));
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ fn: def.name, label, args: a });
  };
  for (const def of registry) def.examples.forEach((ex, i) => add(def, `example ${i + 1}`, ex.args));
  for (const c of corpus()) add(registry.find((d) => d.name === c.fn)!, `corpus: ${c.label}`, c.args);
  return out;
}

/** The argument a core call gets for a cell value (blank → null, as hosts pass empty cells). */
export function hostArg(a: Arg): HostArg {
  return a === undefined ? undefined : (a as HostArg);
}
