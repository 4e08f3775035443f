// The built Excel functions script, under a stub CustomFunctions: every id associated, spec results, errors as CustomFunctions.Error.
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { expectResult } from '../helpers/expect';
import { ERROR_CODE, loadExcelFunctions, StubCfError } from '../helpers/loadHosts';

const { associated, calls } = loadExcelFunctions();
const excelError = (v: unknown) => (v instanceof StubCfError ? v.code : null);

/** Excel passes null for omitted optionals. */
const excelArgs = (args: unknown[]) => args.map((a) => (a === undefined ? null : a));

describe('Excel functions.js', () => {
  it('associates every registry id exactly once', () => {
    expect([...calls].sort()).toEqual(registry.map((d) => d.name).sort());
  });

  const rows = registry.flatMap((def) => def.examples.map((ex, i) => ({ name: def.name, i, ex })));
  it.each(rows)('$name example $i with null optionals', ({ name, ex }) => {
    const fn = associated.get(name)!;
    const out = fn(...excelArgs(ex.args));
    // a whole-result error comes as [[error]] (one cell, as Excel shows it); anything else as the core gives it
    const oneError = !Array.isArray(ex.result) && Array.isArray(out) && out.length === 1 && out[0].length === 1 && out[0][0] instanceof StubCfError;
    expectResult(oneError ? out[0][0] : out, ex.result, excelError);
    if (typeof ex.result === 'object' && !Array.isArray(ex.result)) expect(oneError).toBe(true);
  });

  it('errors are CustomFunctions.Error values, with a message only on #VALUE! and #N/A', () => {
    const fn = associated.get('SAFETYSTOCK')!;
    const num = (fn(30, 10, 50, null) as StubCfError[][])[0][0];
    expect(num).toBeInstanceOf(StubCfError);
    expect(num.code).toBe(ERROR_CODE.invalidNumber);
    expect(num.message).toBeUndefined();
    const na = (fn(100, 200, null, null) as StubCfError[][])[0][0];
    expect(na.code).toBe('#N/A');
    expect(na.message).toMatch(/current stock|本次库存|盘点/i);
  });

  it("messages follow Excel's UI language at each call (en-US before Office.js is ready)", () => {
    const office = { context: { displayLanguage: 'zh-CN' } as { displayLanguage?: string } };
    const fn = loadExcelFunctions({ Office: office }).associated.get('SAFETYSTOCK')!;
    // a whole-result error of a matrix function comes as [[error]]
    const message = () => (fn(100, 200, null, null) as StubCfError[][])[0][0].message;
    expect(message()).toContain('本次库存');
    office.context.displayLanguage = 'en-GB';
    expect(message()).toMatch(/Current stock missing/);
    delete office.context.displayLanguage;
    expect(message()).toMatch(/Current stock missing/);
  });

  it('errors inside spilled arrays are CustomFunctions.Error too', () => {
    const out = associated.get('TIER')!([[60], [''], ['abc'], [30], [10]], null, null, null) as unknown[][];
    expect(out[2][0]).toBeInstanceOf(StubCfError);
    expect((out[2][0] as StubCfError).code).toBe('#VALUE!');
    expect(out[1][0]).toBe(''); // never null: Excel would show 0
  });

  it('an error cell in the range reaches the function (allowErrorForDataTypeAny) and passes through', () => {
    const out = associated.get('SAFETYSTOCK')!([[100], [new StubCfError('#N/A')]], [[200], [10]], [[60], [5]], null) as unknown[][];
    expect(out[0][0]).toBe(360);
    expect((out[1][0] as StubCfError).code).toBe('#N/A');
  });

  it('#NULL!, #NAME? and #REF! come back as themselves (CustomFunctionsRuntime 1.3); a matrix whole-result error is [[error]]', () => {
    for (const code of ['#NULL!', '#REF!', '#NAME?']) {
      const out = associated.get('TIER')!(code, null, null, null) as StubCfError[][];
      expect(Array.isArray(out) && Array.isArray(out[0])).toBe(true);
      expect(out).toHaveLength(1);
      expect(out[0][0]).toBeInstanceOf(StubCfError);
      expect(out[0][0].code).toBe(code);
    }
    // every function declares matrix results: single-cell errors are [[error]] as well, values stay as they are
    const one = associated.get('SAFETYSTOCK')!('#NULL!', 10, 50, null) as StubCfError[][];
    expect(one[0][0]).toBeInstanceOf(StubCfError);
    expect(one[0][0].code).toBe('#NULL!');
    expect(associated.get('SAFETYSTOCK')!(100, 200, 50, null)).toBe(375);
  });

  it('codes Excel cannot return at all come back as #VALUE! naming the original', () => {
    const out = associated.get('TIER')!('#ERROR!', null, null, null) as StubCfError[][];
    expect(out[0][0].code).toBe('#VALUE!');
    expect(out[0][0].message).toContain('#ERROR!');
  });

  it.each([
    ['null', null],
    ['""', ''],
  ])('empty cells passed as %s are blank rows', (_label, empty) => {
    const out = associated.get('SAFETYSTOCKSL')!(0.95, [[10], [empty]], [[4], [empty]], null, null) as unknown[][];
    expect(out[0][0]).toBeCloseTo(32.897072539029, 9);
    expect(out[1][0]).toBe('');
  });

  it('documents what a build that passes 0 for empty cells gets: numbers instead of blanks or #N/A', () => {
    // With 0 for an empty current stock the core cannot tell a missing count from a sell-out.
    expect(associated.get('SAFETYSTOCK')!(100, 200, 0, null)).toBe(450);
    // and an empty row of a TIER column grades as a zero, C, rather than blank
    expect(associated.get('TIER')!([[10], [0]], null, null, null)).toEqual([['A'], ['C']]);
  });
});
