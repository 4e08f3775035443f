// The hostile-input corpus through the core and both built host adapters: never throws, spec errors, both languages, same answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { SheetError } from '../../core/values/errors';
import { loadAppsScript, loadExcelFunctions, StubCfError } from '../helpers/loadHosts';
import { corpus, metadataCases, type CorpusCase } from './cases';
import { KINDS } from './kinds';
import { benchColumns } from '../../bench/data.mjs';

const cases = corpus();
const excel = loadExcelFunctions().associated;
const sheets = loadAppsScript();
const def = (name: string) => registry.find((d) => d.name === name)!;

/** One result cell in a host-neutral form: a number, text, or { error }. */
type Norm = number | string | { error: string };
const EXCEL_CANNOT = new Set(['#REF!', '#NAME?', '#NULL!', '#ERROR!']);

function normCore(r: unknown, forExcel = false): Norm | Norm[][] {
  const one = (v: unknown): Norm => {
    if (v instanceof SheetError) return { error: forExcel && EXCEL_CANNOT.has(v.code) ? '#VALUE!' : v.code };
    return v as Norm;
  };
  return Array.isArray(r) ? r.map((row) => row.map(one)) : one(r);
}
function normExcel(r: unknown): Norm | Norm[][] {
  const one = (v: unknown): Norm => (v instanceof StubCfError ? { error: v.code } : (v as Norm));
  return Array.isArray(r) ? r.map((row) => (row as unknown[]).map(one)) : one(r);
}
function runSheets(name: string, args: unknown[]): Norm | Norm[][] {
  try {
    const r = sheets[name](...args);
    const one = (v: unknown): Norm => (typeof v === 'string' && /^#[A-Z0-9/!?]+(?: |$)/.test(v) ? { error: v.split(' ')[0] } : (v as Norm));
    return Array.isArray(r) ? r.map((row) => (row as unknown[]).map(one)) : one(r);
  } catch (e) {
    const m = (e as Error).message;
    expect(m).toMatch(/^#[A-Z0-9/!?]+(?: |$)/);
    return { error: m.split(' ')[0] };
  }
}
const excelArgs = (args: unknown[]) => args.map((a) => (a === undefined ? null : a));

function cellAt(r: unknown, at: [number, number] | null | undefined): unknown {
  return at && Array.isArray(r) ? (r as unknown[][])[at[0]][at[1]] : r;
}

describe('hostile-input corpus', () => {
  it.each(registry.map((d) => d.name))('%s has at least 500 inputs, from its metadata alone (so a new function file gets them too)', (name) => {
    expect(metadataCases(def(name)).length).toBeGreaterThanOrEqual(500);
    expect(cases.filter((c) => c.fn === name).length).toBeGreaterThanOrEqual(500);
  });

  it.each(registry.map((d) => d.name))('%s: never throws; errors in both languages; spec readings; same as the clean input; same through both hosts', (name) => {
    const mine = cases.filter((c) => c.fn === name) as (CorpusCase & { expected?: unknown })[];
    for (const c of mine) {
      const where = `${c.fn} ${c.label}`;
      let r: unknown;
      expect(() => (r = def(c.fn).run(c.args as never)), where).not.toThrow();
      const cells = Array.isArray(r) ? (r as unknown[][]).flat() : [r];
      for (const x of cells) {
        expect(x === null || x === undefined, `${where}: null result`).toBe(false);
        if (x instanceof SheetError) {
          expect(x.messages['zh-CN'].length, where).toBeGreaterThan(0);
          expect(x.messages['en-US'].length, where).toBeGreaterThan(0);
        }
      }
      // the spec's reading of the hostile element
      if (c.code) {
        const x = cellAt(r, c.at);
        expect(x instanceof SheetError ? x.code : x, where).toBe(c.code);
      }
      if (c.expected !== undefined) expect(r, where).toEqual(c.expected);
      // a hostile value behaves exactly like its clean equivalent
      expect(normCore(r), where).toEqual(normCore(def(c.fn).run(c.clean as never)));
      // and both hosts agree with the core
      expect(normExcel(excel.get(c.fn)!(...excelArgs(c.args))), `${where} (Excel)`).toEqual(normCore(r, true));
      const single = !Array.isArray(r) || ((r as unknown[][]).length === 1 && (r as unknown[][])[0].length === 1 && (r as unknown[][])[0][0] instanceof SheetError);
      const wantSheets = single && Array.isArray(r) ? normCore((r as unknown[][])[0][0]) : normCore(r);
      expect(runSheets(c.fn, c.args), `${where} (Sheets)`).toEqual(wantSheets);
    }
  });
});

describe('hostile shapes', () => {
  const shapes: [string, unknown][] = [
    ['empty range', []],
    ['empty row', [[]]],
    ['ragged', [[1], [2, 3]]],
    ['1-D array', [1, 2, 3]],
    ['1×1', [[5]]],
    ['3×1', [[1], [2], [3]]],
    ['1×3', [[1, 2, 3]]],
  ];
  it.each(registry.map((d) => d.name))('%s: every shape in every argument gives a value or an error, never a throw', (name) => {
    const d = def(name);
    for (const [label, s] of shapes) {
      for (let i = 0; i < d.params.length; i++) {
        const args: unknown[] = d.examples[0].args.slice();
        args[i] = s;
        expect(() => d.run(args as never), `${label} in ${d.params[i].name}`).not.toThrow();
        expect(() => excel.get(name)!(...excelArgs(args)), `${label} (Excel)`).not.toThrow();
      }
    }
  });

  it('mismatched ranges are one #VALUE! naming both shapes, in every host', () => {
    const r = def('SAFETYSTOCK').run([[[1, 2, 3]], [[1], [2], [3]], 0] as never) as SheetError;
    expect(r.code).toBe('#VALUE!');
    expect(r.messages['zh-CN']).toContain('1×3');
    expect(() => sheets.SAFETYSTOCK([[1, 2, 3]], [[1], [2], [3]], 0)).toThrow(/^#VALUE! .*1×3 vs 3×1/);
    expect((excel.get('SAFETYSTOCK')!([[1, 2, 3]], [[1], [2], [3]], 0, null) as StubCfError).code).toBe('#VALUE!');
  });

  it('1,000,000-cell ranges: every function returns the full shape', () => {
    const n = 1_000_000;
    const cols = benchColumns(n);
    for (const d of registry) {
      const r = d.run(d.inputs.bench(cols, n));
      expect(Array.isArray(r) ? (r as unknown[][]).length : r, d.name).toBe(n);
    }
    const values = cols.numbers('sales', 1e6);
    expect((sheets.TIER(values) as unknown[][]).length).toBe(n);
    expect((excel.get('TIER')!(values, null, null, null) as unknown[][]).length).toBe(n);
  }, 120_000);
});

describe('generated hostile inputs', () => {
  const cell = fc.oneof(fc.constantFrom(...KINDS.map((k) => k.value)), fc.double(), fc.string(), fc.integer());
  it.each(registry.map((d) => d.name))('%s: random mixes never throw and agree across hosts', (name) => {
    const d = def(name);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 1 }), { minLength: 1, maxLength: 5 })), { maxLength: d.params.length }),
        (args) => {
          const r = d.run(args as never);
          expect(normExcel(excel.get(name)!(...excelArgs(args))), name).toEqual(normCore(r, true));
        },
      ),
      { numRuns: 200 },
    );
  });
});
