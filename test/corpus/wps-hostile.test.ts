// The hostile-input corpus through the built WPS functions script: never throws, WPS takes every result, same answers as the core.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { SheetError } from '../../core/values/errors';
import { loadWpsFunctions } from '../helpers/loadWps';
import { corpus } from './cases';
import { KINDS } from './kinds';

const cases = corpus();
const { wps } = loadWpsFunctions();
const def = (name: string) => registry.find((d) => d.name === name)!;

type Norm = number | string | { error: string };
const ERR = /^#[A-Z0-9/!?]+(?: |$)/;

function normCore(r: unknown): Norm | Norm[][] {
  const one = (v: unknown): Norm => (v instanceof SheetError ? { error: v.code } : (v as Norm));
  return Array.isArray(r) ? r.map((row) => row.map(one)) : one(r);
}
function normWps(r: unknown): Norm | Norm[][] {
  const one = (v: unknown): Norm => (typeof v === 'string' && ERR.test(v) ? { error: v.split(' ')[0] } : (v as Norm));
  return Array.isArray(r) ? r.map((row) => (row as unknown[]).map(one)) : one(r);
}
const nullArgs = (args: unknown[]) => args.map((a) => (a === undefined ? null : a));

describe('hostile-input corpus through WPS', () => {
  it.each(registry.map((d) => d.name))('%s: every case gives what the core gives, as cells WPS accepts, with undefined or null for omitted', (name) => {
    const mine = cases.filter((c) => c.fn === name);
    expect(mine.length).toBeGreaterThanOrEqual(500);
    for (const c of mine) {
      const want = normCore(def(c.fn).run(c.args as never));
      expect(normWps(wps.call(`DK.${c.fn}`, ...c.args)), `${c.fn} ${c.label}`).toEqual(want);
      expect(normWps(wps.call(`DK.${c.fn}`, ...nullArgs(c.args))), `${c.fn} ${c.label} (null)`).toEqual(want);
    }
  });

  it('error messages reach the cell in the UI language', () => {
    const r = wps.call('DK.SAFETYSTOCK', -1, 10, 5) as string;
    expect(r).toMatch(/^#NUM!/);
  });
});

describe('generated hostile inputs through WPS', () => {
  const cell = fc.oneof(fc.constantFrom(...KINDS.map((k) => k.value)), fc.double(), fc.string(), fc.integer());
  it.each(registry.map((d) => d.name))('%s: random mixes never throw and agree with the core', (name) => {
    const d = def(name);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 1 }), { minLength: 1, maxLength: 5 })), { maxLength: d.params.length }),
        (args) => {
          expect(normWps(wps.call(`DK.${name}`, ...args))).toEqual(normCore(d.run(args as never)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
