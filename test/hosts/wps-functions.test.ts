// The built WPS functions script under a fake `wps`: every id registered in DK once, metadata, spec results, errors as text.
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { expectResult } from '../helpers/expect';
import { loadWpsFunctions } from '../helpers/loadWps';
import { FakeWpsFunctions } from '../fakes/fakeWpsFunctions';
import { WPS_MISSING } from '../../wps/functions/adapter';

/** A WPS result cell that is an error: the text `#CODE message`. */
const wpsError = (v: unknown) => (typeof v === 'string' && /^#[A-Z0-9/!?]+(?: |$)/.test(v) ? v.split(' ')[0] : null);

describe('WPS functions.js', () => {
  const { wps, registeredNames } = loadWpsFunctions();

  it('registers every registry function once, in namespace DK, with the same ids as Excel', () => {
    expect([...wps.registered.values()].map((r) => `${r.namespace}.${r.name}`)).toEqual(registry.map((d) => `DK.${d.name}`));
    expect(registeredNames).toEqual(registry.map((d) => d.name));
  });

  it('metadata: parameter names in order, ranges as any[][], optionals marked, zh-CN help under a Chinese UI', () => {
    for (const d of registry) {
      const m = wps.registered.get(`DK.${d.name}`)!.metadata!;
      expect(m.parameters.map((p) => p.name)).toEqual(d.params.map((p) => p.name));
      d.params.forEach((p, i) => {
        expect(m.parameters[i].type!.endsWith('?')).toBe(!!p.optional);
        if (p.kind !== 'setting') expect(m.parameters[i].type).toMatch(/^any\[\]\[\]/);
        expect(m.parameters[i].description).toBe(p.help['zh-CN']);
      });
      expect(m.description).toContain(d.title['zh-CN']);
    }
  });

  it('an English WPS gets en-US metadata and messages', () => {
    const en = loadWpsFunctions(1033).wps;
    const d = registry[0];
    expect(en.registered.get(`DK.${d.name}`)!.metadata!.description).toContain(d.title['en-US']);
    expect(en.call('DK.SAFETYSTOCK', 100, 200, undefined)).toMatch(/^#N\/A .*Current stock missing/);
    expect(wps.call('DK.SAFETYSTOCK', 100, 200, undefined)).toMatch(/^#N\/A .*本次库存/);
  });

  const rows = registry.flatMap((def) => def.examples.map((ex, i) => ({ name: def.name, i, ex })));
  it.each(rows)('$name example $i (omitted optionals left off the call)', ({ name, ex }) => {
    let args = ex.args.slice();
    while (args.length && args[args.length - 1] === undefined) args = args.slice(0, -1);
    expectResult(wps.call(`DK.${name}`, ...args), ex.result, wpsError);
  });

  it.each(rows)('$name example $i (omitted optionals passed as null)', ({ name, ex }) => {
    const args = ex.args.map((a) => (a === undefined ? null : a));
    expectResult(wps.call(`DK.${name}`, ...args), ex.result, wpsError);
  });

  it.each(rows)('$name example $i (omitted optionals passed as WPS\'s missing value, DISP_E_PARAMNOTFOUND)', ({ name, ex }) => {
    const args = ex.args.map((a) => (a === undefined ? WPS_MISSING : a));
    expectResult(wps.call(`DK.${name}`, ...args), ex.result, wpsError);
  });

  it('error cells passed as their VT_ERROR numbers pass through with their code; other numbers stay numbers', () => {
    // 0x800A0000 + XlCVError: #N/A 2042, #DIV/0! 2007, #VALUE! 2015
    const na = -2146826246;
    const div0 = -2146826281;
    const out = wps.call('DK.SAFETYSTOCK', [[100], [na], [div0], [100]], [[200], [10], [10], [200]], [[60], [5], [5], [60]]) as unknown[][];
    expect(out[0][0]).toBe(360);
    expect(wpsError(out[1][0])).toBe('#N/A');
    expect(wpsError(out[2][0])).toBe('#DIV/0!');
    expect(out[3][0]).toBe(360);
    expect(wpsError(wps.call('DK.SAFETYSTOCK', -2146826273, 200, 60))).toBe('#VALUE!');
    // 2042 itself, and a number just outside the VT_ERROR block, are ordinary numbers
    expect(wps.call('DK.SAFETYSTOCK', 2042, 200, 60)).toBe(wps.call('DK.SAFETYSTOCK', 2042, 200, 60));
    expect(typeof wps.call('DK.SAFETYSTOCK', 2042, 200, 60)).toBe('number');
    expect(wpsError(wps.call('DK.SAFETYSTOCK', -2146828289, 200, 60))).toBe('#NUM!'); // negative stock: the function's own error
  });

  it('blank results are "" and never null; error cells in a range pass through with their code', () => {
    const out = wps.call('DK.TIER', [[60], [''], ['abc'], [30], [10]]) as unknown[][];
    expect(out[1][0]).toBe('');
    expect(wpsError(out[2][0])).toBe('#VALUE!');
    const pass = wps.call('DK.SAFETYSTOCK', [[100], ['#N/A']], [[200], [10]], [[60], [5]]) as unknown[][];
    expect(pass[0][0]).toBe(360);
    expect(wpsError(pass[1][0])).toBe('#N/A');
    expect(wps.call('DK.SAFETYSTOCK', [[100], [null], [undefined]], [[200], [null], [undefined]], [[60], [null], [undefined]])).toEqual([[360], [''], ['']]);
  });

  it('the fake refuses what WPS refuses', () => {
    const f = new FakeWpsFunctions();
    expect(() => f.AddCustomFunction('D.K', 'X', () => 1)).toThrow(/namespace/);
    expect(() => f.AddCustomFunction('DK', '1X', () => 1)).toThrow(/name/);
    f.AddCustomFunction('DK', 'X', () => null);
    expect(() => f.AddCustomFunction('dk', 'x', () => 1)).toThrow(/twice/);
    expect(() => f.call('DK.X')).toThrow(/null/);
    f.AddCustomFunction('DK', 'Y', () => [1, 2]);
    expect(() => f.call('DK.Y')).toThrow(/2-D/);
    expect(() => f.AddCustomFunction('DK', 'Z', () => 1, { result: { type: 'any[]' }, parameters: [] })).toThrow(/type/);
  });
});
