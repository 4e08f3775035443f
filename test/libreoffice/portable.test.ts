// Every function's portable formula, recalculated in LibreOffice, against the core function on the same cells.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { portableFormula, registry } from '../../core/index';
import type { FunctionDef, HostArg, PortableArg } from '../../core/functions/types';
import { SheetError } from '../../core/values/errors';
import { cellResult, haveLibreOffice, recalcWorkbook, sameResult, showResult, type CellResult } from '../helpers/libreoffice';
import { hostArg, sheetCases, type Arg, type Cell, type SheetCase } from './cases';

/**
 * How the arguments are written:
 * - cells: every value in a cell, omitted optionals omitted;
 * - literals: single numbers and words as literals in the formula (blanks and ranges stay cells);
 * - blank cells: as cells, with every omitted single optional given as a blank cell (hosts pass it as null);
 * - total: TIER with its column total in a cell (`total`), as reports wrote it before helper cells;
 * - helpers / helpers, literals: a population function with the helper cells its portable spec declares
 *   (`portable.helpers`), placed in a column beside the inputs, as cells and as literals; the helper cells
 *   themselves are checked against the values the spec gives for the cache.
 */
type Variant = 'cells' | 'literals' | 'blank cells' | 'total' | 'helpers' | 'helpers, literals';

interface Check {
  fn: string;
  label: string;
  variant: Variant;
  sheet: string;
  addr: string;
  formula: string;
  expected: CellResult;
}

const colName = (n: number): string => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const abs = (r: number, c: number) => `$${colName(c)}$${r}`;
const rel = (r: number, c: number) => `${colName(c)}${r}`;

const expectedOf = (v: unknown): CellResult => (v instanceof SheetError ? { error: v.code } : (v as number | string));

/** "all" (a row of three) is three formulas, one per channel. */
const isAll = (v: Arg) => typeof v === 'string' && ['all', '全部'].includes(v.normalize('NFKC').replace(/\s+/g, '').toLowerCase());

/** Lays one case out at row `top`: its input cells, then one formula per result element and variant. Returns the rows used. */
function layCase(ws: ExcelJS.Worksheet, def: FunctionDef, c: SheetCase, top: number, checks: Check[]): number {
  const placed: { col: number; rows: number; cols: number }[] = [];
  let col = 1;
  let height = 1;
  let n = 1;
  c.args.forEach((a, i) => {
    const p = def.params[i];
    const m = Array.isArray(a) ? a : [[a === undefined ? null : a]];
    // an omitted optional still gets a (blank) cell, for the blank-cells variant
    placed.push({ col, rows: m.length, cols: m[0].length });
    m.forEach((row, r) => row.forEach((x, k) => x !== null && (ws.getCell(top + r, col + k).value = x)));
    col += m[0].length;
    height = Math.max(height, m.length);
    if (Array.isArray(a) && p.type !== 'matrix') n = Math.max(n, a.length);
  });
  height = Math.max(height, n);
  const channelAt = def.params.findIndex((p) => p.name === 'channel');
  const all = channelAt >= 0 && isAll(c.args[channelAt]);
  const outCols = all ? ['"visit"', '"phone"', '"message"'] : [null];
  const valuesAt = def.params.findIndex((p) => p.kind === 'population');
  const tierColumn = def.name === 'TIER' && Array.isArray(c.args[0]);
  let totalCell: string | null = null;
  if (tierColumn) {
    const pl = placed[0];
    totalCell = abs(top, col);
    ws.getCell(top, col).value = { formula: `SUMIF(${abs(top, pl.col)}:${abs(top + pl.rows - 1, pl.col)},">0")` } as ExcelJS.CellFormulaValue;
    col++;
  }
  const hasOmitted = c.args.some((a, i) => a === undefined && def.params[i].type !== 'matrix');
  const withHelpers = valuesAt >= 0 && Array.isArray(c.args[valuesAt]) && def.portable.helpers !== undefined;
  const variants: Variant[] = [
    'cells',
    'literals',
    ...(hasOmitted ? (['blank cells'] as Variant[]) : []),
    ...(tierColumn ? (['total'] as Variant[]) : []),
    ...(withHelpers ? (['helpers', 'helpers, literals'] as Variant[]) : []),
  ];
  col++; // a gap before the formulas
  for (const variant of variants) {
    const literalStyle = variant === 'literals' || variant === 'helpers, literals';
    const omittedAs = (i: number) => (variant === 'blank cells' && def.params[i].type !== 'matrix' ? null : undefined);
    const hostArgs: HostArg[] = c.args.map((a, i) => (a === undefined ? omittedAs(i) : hostArg(a)));
    const result = def.run(hostArgs);
    /**
     * The reference for one element. A population function: that element of the whole call. An element
     * function: the call on that row's cells — what `=DK.SAFETYSTOCK(C5,D5,E5,$N$5)` gives, the one-row
     * formula a portable element stands for. (In a call mixing ranges and single cells, the spec's blank rule
     * looks only at the ranges, so `SAFETYSTOCK(C5:C6,200,60)` is "" where C5 is blank; a one-row formula
     * cannot know which of its cells were ranges, and counts them all.)
     */
    const rowResult = (r: number) =>
      valuesAt >= 0
        ? result
        : def.run(
            c.args.map((a, i) => {
              if (a === undefined) return omittedAs(i);
              if (!Array.isArray(a) || def.params[i].type === 'matrix') return hostArg(a);
              const row = a[Math.min(r, a.length - 1)];
              return def.params[i].name === 'ratings' ? [row] : row[0];
            }),
          );
    const argsOf = (r: number, channel: string | null, helperCells?: readonly string[]): PortableArg[] =>
        c.args.map((a, i) => {
          const p = def.params[i];
          const pl = placed[i];
          if (i === channelAt && channel) return channel;
          if (a === undefined) return variant === 'blank cells' && p.type !== 'matrix' ? abs(top, pl.col) : undefined;
          if (Array.isArray(a) && (p.type === 'matrix' || p.name === 'ratings')) {
            // plan and weights: the whole range; ratings: this row's items
            const r0 = p.type === 'matrix' ? top : top + Math.min(r, pl.rows - 1);
            const r1 = p.type === 'matrix' ? top + pl.rows - 1 : r0;
            return `${abs(r0, pl.col)}:${abs(r1, pl.col + pl.cols - 1)}`;
          }
          const single = !Array.isArray(a);
          const row = top + (single ? 0 : Math.min(r, pl.rows - 1));
          const cell = single || pl.rows === 1 ? abs(row, pl.col) : rel(row, pl.col);
          if (p.kind === 'population') {
            const range = `${abs(top, pl.col)}:${abs(top + pl.rows - 1, pl.col)}`;
            if (variant === 'total' && i === valuesAt && totalCell) return { cell, range, total: totalCell };
            return helperCells && i === valuesAt ? { cell, range, helpers: helperCells } : { cell, range };
          }
          if (literalStyle && single && a !== null) return typeof a === 'number' ? a : `"${a.replace(/"/g, '""')}"`;
          return cell;
        });
    // the helper cells the spec declares for this column, one column of them, checked like the elements
    let helperCells: string[] | undefined;
    if (variant.startsWith('helpers')) {
      const hs = def.portable.helpers!(argsOf(0, null));
      helperCells = hs.map((_, j) => abs(top + j, col));
      hs.forEach((h, j) => {
        const formula = h.formula(helperCells!);
        ws.getCell(top + j, col).value = { formula } as ExcelJS.CellFormulaValue;
        checks.push({ fn: def.name, label: `${c.label} helper ${j + 1} (${h.label['en-US']})`, variant, sheet: ws.name, addr: rel(top + j, col), formula, expected: expectedOf(h.value(hostArgs, result)) });
      });
      height = Math.max(height, hs.length);
      col++;
    }
    outCols.forEach((channel, k) => {
      for (let r = 0; r < n; r++) {
        const args = argsOf(r, channel, helperCells);
        const addr = rel(top + r, col);
        const res = rowResult(r);
        const expected = Array.isArray(res) ? (valuesAt >= 0 ? res[r]?.[k] : res[0]?.[k]) : res;
        let formula: string;
        try {
          formula = portableFormula(def.name, args);
        } catch (e) {
          formula = `portableFormula threw: ${(e as Error).message}`;
        }
        if (!formula.startsWith('portableFormula threw')) ws.getCell(addr).value = { formula } as ExcelJS.CellFormulaValue;
        checks.push({ fn: def.name, label: c.label, variant, sheet: ws.name, addr, formula, expected: expected === undefined ? { error: 'no element' } : expectedOf(expected) });
      }
      col++;
    });
  }
  return height;
}

describe.skipIf(!haveLibreOffice)('portable formulas recalculated in LibreOffice', () => {
  const cases = sheetCases(registry);
  const checks: Check[] = [];
  const got = new Map<string, CellResult>();
  let ms = 0;

  beforeAll(async () => {
    const t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    for (const def of registry) {
      const ws = wb.addWorksheet(def.name);
      let row = 1;
      for (const c of cases.filter((x) => x.fn === def.name)) row += layCase(ws, def, c, row, checks) + 1;
    }
    const built = performance.now() - t0;
    const r = await recalcWorkbook(wb, 'portable');
    ms = r.ms;
    for (const ch of checks) got.set(`${ch.sheet}!${ch.addr}`, cellResult(r.book.getWorksheet(ch.sheet)!.getCell(ch.addr)));
    const total = performance.now() - t0;
    console.log(`${checks.length} portable formulas (${cases.length} calls): laid out in ${Math.round(built)} ms, written in ${Math.round(r.writeMs)} ms, LibreOffice launch ${Math.round(ms)} ms, read back in ${Math.round(r.readMs)} ms, all ${Math.round(total)} ms`);
  }, 180_000);

  it.each(registry.map((d) => d.name))('%s: every portable element equals the core function', (name) => {
    const mine = checks.filter((c) => c.fn === name);
    // a check over nothing proves nothing: each function has examples and corpus rows of numbers, blanks and words
    expect(mine.filter((c) => c.label.startsWith('example')).length, 'examples checked').toBeGreaterThan(0);
    expect(mine.filter((c) => c.label.startsWith('corpus')).length, 'corpus rows checked').toBeGreaterThan(0);
    // a function that declares helper cells has them checked, and rows that read them
    if (registry.find((d) => d.name === name)!.portable.helpers) {
      expect(mine.filter((c) => c.variant.startsWith('helpers') && c.label.includes(' helper ')).length, 'helper cells checked').toBeGreaterThan(0);
      expect(mine.filter((c) => c.variant.startsWith('helpers') && !c.label.includes(' helper ')).length, 'rows reading helper cells checked').toBeGreaterThan(0);
    }
    const bad = mine.filter((c) => c.formula.startsWith('portableFormula threw') || !sameResult(got.get(`${c.sheet}!${c.addr}`)!, c.expected));
    const show = bad
      .slice(0, 25)
      .map((c) => `${c.label} [${c.variant}] ${c.sheet}!${c.addr}: LibreOffice ${showResult(got.get(`${c.sheet}!${c.addr}`)!)}, core ${showResult(c.expected)}\n    =${c.formula.slice(0, 300)}`);
    expect(show, `${bad.length} of ${mine.length} elements differ`).toEqual([]);
  });
});
