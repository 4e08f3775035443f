// Copied-down formula blocks say exactly what per-row formulas said: every template's cells match its per-row render, and moving a formula down matches a spreadsheet's rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cachedAt, cachedColumn, copiedDownForm, expandCopiedDown, rowPattern, slideRows, slidPattern } from '../../core/plan/copiedDown';
import type { SourceTable } from '../../core/plan/render';
import { renderTemplate } from '../../core/renderTemplate';
import type { CopiedDownBlock, FormulaMode, PlanCached } from '../../core/plan/types';
import { templates } from '../../core/templates/index';
import { sampleTables } from '../../samples/index';
import { planGrid } from '../helpers/planGrid';

const NOW = new Date(2026, 10, 24, 9, 30);
const tables = sampleTables();

/** A sample table with blanks, text, negatives and errors' inputs mixed in (rows repeated to more than a page). */
function roughened(t: SourceTable, n: number): SourceTable {
  const rows = Array.from({ length: n }, (_, i) => t.rows[i % t.rows.length].map((v, c) => (i % 7 === c ? '' : i % 11 === c && typeof v === 'number' ? -v : i % 13 === c ? 'n/a' : v)));
  return { headers: t.headers, rows };
}

describe('copied-down blocks', () => {
  const cases = templates.flatMap((t) => (['portable', 'dk'] as FormulaMode[]).flatMap((formulas) => (['zh-CN', 'en-US'] as const).map((lang) => ({ id: t.id, formulas, lang }))));

  it.each(cases)('$id ($formulas, $lang): every cell equals the per-row render (formula text and cached result)', ({ id, formulas, lang }) => {
    for (const table of [tables[id], roughened(tables[id], 97)]) {
      const [down, perRow] = [true, false].map((copyDown) => renderTemplate(id, table, { lang, formulas, now: NOW, copyDown }));
      expect(down.ok && perRow.ok).toBe(true);
      if (!down.ok || !perRow.ok) return;
      expect(perRow.plan.blocks.some((b) => b.kind === 'copiedDown')).toBe(false);
      const a = planGrid(down.plan);
      const b = planGrid(perRow.plan);
      expect(a.size).toBe(b.size);
      const bad: string[] = [];
      for (const [k, cell] of b) if (JSON.stringify(a.get(k)) !== JSON.stringify(cell)) bad.push(`${k}: ${JSON.stringify(a.get(k))} ≠ ${JSON.stringify(cell)}`);
      expect(bad.slice(0, 5)).toEqual([]);
      // the block count is the same (one block per column either way: the goldens count blocks)
      expect(down.plan.blocks.length).toBe(perRow.plan.blocks.length);
    }
  });

  it('the portable stock order holds one formula text per computed column, whatever its length', () => {
    const t = tables['stock-order'];
    const big = renderTemplate('stock-order', { headers: t.headers, rows: Array.from({ length: 5000 }, (_, i) => t.rows[i % t.rows.length]) }, { now: NOW });
    expect(big.ok).toBe(true);
    if (!big.ok) return;
    const down = big.plan.blocks.filter((b): b is CopiedDownBlock => b.kind === 'copiedDown');
    // sales, safety stock, order, alert
    expect(down.map((b) => [b.rows, b.formulas.length])).toEqual([[5000, 1], [5000, 1], [5000, 1], [5000, 1]]);
    expect(big.plan.blocks.some((b) => b.kind === 'formulas' && b.formulas.length > 2)).toBe(false);
  });
});

describe('moving a formula down', () => {
  it.each([
    ['IF(ISNUMBER(C5),C5*$N$5+Sheet1!B5,"C5")', 3, 'IF(ISNUMBER(C8),C8*$N$5+Sheet1!B8,"C5")'],
    ["LOG10(A1)+'My Sheet'!A$1+SUM($C5:$C9)", 1, "LOG10(A2)+'My Sheet'!A$1+SUM($C6:$C10)"],
    // quotes in a sheet name (doubled), digits in it, a string literal holding a reference and a doubled quote
    ["'O''Brien''s 2026'!B5+'Q1 A5'!$B5-\"say \"\"C5\"\"\"&D5", 10, "'O''Brien''s 2026'!B15+'Q1 A5'!$B15-\"say \"\"C5\"\"\"&D15"],
    // $-anchored rows stay, anchored columns move with the row; whole-column names and functions are not references
    ['SUMIF($C$5:$C$44,">0")+C$5+$C5+ATAN2(B5,1)', 2, 'SUMIF($C$5:$C$44,">0")+C$5+$C7+ATAN2(B7,1)'],
    ['IF(N(C5)>0,D5/C5,"")', 99_995, 'IF(N(C100000)>0,D100000/C100000,"")'],
  ])('%s moved %i rows', (f, d, want) => {
    expect(slideRows(f, d)).toBe(want);
    expect(slidPattern(rowPattern(f), d)).toBe(want);
  });

  const sheet = fc.stringMatching(/^[A-Za-z0-9 ']{1,8}$/).map((s) => `'${s.replace(/'/g, "''")}'!`);
  const piece = fc.oneof(
    fc.record({ kind: fc.constant('rel' as const), col: fc.constantFrom('A', 'C', 'K', 'AB'), row: fc.integer({ min: 1, max: 60 }), colAbs: fc.boolean(), sheet: fc.option(sheet, { nil: undefined }) }),
    fc.record({ kind: fc.constant('abs' as const), col: fc.constantFrom('B', 'N', 'XFD'), row: fc.integer({ min: 1, max: 60 }), sheet: fc.option(sheet, { nil: undefined }) }),
    fc.record({ kind: fc.constant('text' as const), s: fc.constantFrom('"C5"', '"a""b"', '"$N$5"', '""', "\"'x'!A1\"") }),
    fc.record({ kind: fc.constant('fn' as const), s: fc.constantFrom('SUM(', 'LOG10(', 'IF(', 'ATAN2(', ')', ',', '+', '*', '&', '1E-12', '0.5') }),
  );
  type Piece = typeof piece extends fc.Arbitrary<infer P> ? P : never;
  /** the formula for data row i, as a template writes it: each relative reference i rows further down */
  const write = (ps: Piece[], i: number) =>
    ps
      .map((p) => {
        if (p.kind === 'rel') return `${p.sheet ?? ''}${p.colAbs ? '$' : ''}${p.col}${p.row + i}`;
        if (p.kind === 'abs') return `${p.sheet ?? ''}$${p.col}$${p.row}`;
        return p.s;
      })
      .join('+');

  it('a per-row formula written for every row is recognised as copied down, and expands to the same texts', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 40 }), (ps, n) => {
        const form = copiedDownForm(n, 1, (i) => `=${write(ps, i)}`);
        expect('first' in form).toBe(true);
        if (!('first' in form)) return;
        const block: CopiedDownBlock = { kind: 'copiedDown', row: 4, col: 2, rows: n, formulas: form.first, cached: [cachedColumn(Array(n).fill(0))] };
        expect(expandCopiedDown(block).formulas).toEqual(Array.from({ length: n }, (_, i) => [`=${write(ps, i)}`]));
      }),
    );
  });

  it('a formula that is not one formula shifted is written row by row', () => {
    // a literal that depends on the row, and a reference that moves two rows per row
    for (const at of [(i: number) => `=C${5 + i}*${i}`, (i: number) => `=C${5 + 2 * i}`, (i: number) => (i === 30 ? '=C35+0' : `=C${5 + i}`)]) {
      const form = copiedDownForm(40, 1, at);
      expect('rows' in form && form.rows.map((r) => r[0])).toEqual(Array.from({ length: 40 }, (_, i) => at(i)));
    }
  });

  it('cached columns give back every value, without an object per number', () => {
    const values: PlanCached[] = [1.5, '', null, 'x', { error: '#N/A', message: 'm' }, true, -0, 'x', { error: '#N/A', message: 'm' }, 1e300];
    const c = cachedColumn(values);
    expect(values.map((_, i) => cachedAt(c, i))).toEqual(values);
    expect(c.others.length).toBe(5);
  });
});
