// Invariants of the functions, checked with fast-check over generated host-shaped inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORDERQTY, registry, SAFETYSTOCK, TIER } from '../../core/functions/index';
import { SheetError } from '../../core/values/errors';

/** Any cell a host could pass: numbers of every kind, numeric and other text, booleans, Dates, blanks, errors. */
const anyCell = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 100000 }),
  fc.constantFrom('', null, undefined, ' ', '#N/A', '#VALUE! x', '#REF!', 'abc', '50%', '1,234', '１２', '－5', 'A', 'b类', '优秀', 'pareto', 'all', '-0'),
  fc.string(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant({ code: '#DIV/0!' }),
);
const grid = (cell: fc.Arbitrary<unknown>, maxRows = 6, maxCols = 3) =>
  fc.integer({ min: 1, max: maxCols }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: maxRows }));
const anyArg = fc.oneof(anyCell, grid(anyCell), fc.constant([]), fc.constant([[1], [2, 3]]));

const nonNeg = fc.integer({ min: 0, max: 1_000_000 });
const column = (arb: fc.Arbitrary<unknown>, n: number) => fc.array(arb.map((x) => [x]), { minLength: n, maxLength: n });

describe('properties', () => {
  it.each(registry.map((d) => d))('$name never throws on any input', (def) => {
    fc.assert(
      fc.property(fc.array(anyArg, { minLength: 0, maxLength: def.params.length + 1 }), (args) => {
        const r = def.run(args as never);
        const cells = Array.isArray(r) ? r.flat() : [r];
        for (const c of cells) expect(c === null || c === undefined).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('shape is preserved: an n×1 column in gives an n×1 column out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(column(anyCell, n), column(anyCell, n), column(anyCell, n))), ([a, b, c]) => {
        for (const r of [SAFETYSTOCK(a as never, b as never, c as never), ORDERQTY(a as never, b as never, c as never), TIER(a as never)]) {
          expect(Array.isArray(r)).toBe(true);
          expect((r as unknown[][]).length).toBe(a.length);
          for (const row of r as unknown[][]) expect(row.length).toBe(1);
        }
      }),
    );
  });

  it('ORDERQTY is a non-negative multiple of case_size', () => {
    fc.assert(
      fc.property(nonNeg, nonNeg, nonNeg, fc.double({ min: 0.5, max: 3, noNaN: true }), fc.integer({ min: 1, max: 48 }), fc.integer({ min: 0, max: 500 }), (ls, lo, cs, f, cse, mo) => {
        const r = ORDERQTY(ls, lo, cs, f, cse, mo);
        if (r instanceof SheetError) {
          expect(r.code).toBe('#NUM!'); // only negative sales
          expect(ls + lo - cs).toBeLessThan(0);
          return;
        }
        expect(typeof r).toBe('number');
        expect(r as number).toBeGreaterThanOrEqual(0);
        expect(Math.abs((r as number) / cse - Math.round((r as number) / cse))).toBeLessThan(1e-9);
        if ((r as number) > 0) expect(r as number).toBeGreaterThanOrEqual(mo - 1e-9);
      }),
    );
  });

  const values = fc.array(fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 40 });
  const rank = { A: 0, B: 1, C: 2 } as Record<string, number>;

  it.each(['pareto', 'rank', 'score'])('TIER (%s) never ranks a larger value below a smaller one', (method) => {
    fc.assert(
      fc.property(values, (xs) => {
        const t = (TIER(xs.map((x) => [x]), undefined, undefined, method) as string[][]).map((r) => r[0]);
        for (let i = 0; i < xs.length; i++)
          for (let j = 0; j < xs.length; j++) if (xs[i] > xs[j]) expect(rank[t[i]]).toBeLessThanOrEqual(rank[t[j]]);
      }),
    );
  });

  it('scaling all values by a positive factor does not change pareto tiers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 40 }), fc.constantFrom(2, 10, 100, 0.5, 1000), (xs, k) => {
        const a = TIER(xs.map((x) => [x]));
        const b = TIER(xs.map((x) => [x * k]));
        expect(b).toEqual(a);
      }),
    );
  });

  it('SAFETYSTOCK is linear in factor', () => {
    fc.assert(
      fc.property(nonNeg, nonNeg, nonNeg, fc.double({ min: 0.01, max: 10, noNaN: true }), (ls, lo, cs, f) => {
        fc.pre(ls + lo >= cs);
        const one = SAFETYSTOCK(ls, lo, cs, 1) as number;
        const r = SAFETYSTOCK(ls, lo, cs, f) as number;
        expect(Math.abs(r - f * one)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r)));
      }),
    );
  });
});
