// The built Apps Script file: parses, no modules, top-level stubs with @customfunction JSDoc, spec results in a vm.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { expectResult } from '../helpers/expect';
import { appsScriptSource, loadAppsScript } from '../helpers/loadHosts';

const src = appsScriptSource();
const g = loadAppsScript();

/** Sheets passes '' for empty cells and omitted arguments as undefined. */
const sheetsArgs = (args: unknown[]) => args.map((a) => (Array.isArray(a) ? a.map((r) => (r as unknown[]).map((c) => (c === undefined || c === null ? '' : c))) : a));

/** A thrown "#CODE message" (single or whole) or "#CODE message" text inside an array. */
function callSheets(name: string, args: unknown[]): unknown {
  try {
    return g[name](...sheetsArgs(args));
  } catch (e) {
    return { thrown: (e as Error).message };
  }
}
const sheetsError = (v: unknown) => {
  if (v && typeof v === 'object' && 'thrown' in v) return String((v as { thrown: string }).thrown).split(' ')[0];
  if (typeof v === 'string' && v.startsWith('#')) return v.split(' ')[0];
  return null;
};

describe('Apps Script DealerKit.js', () => {
  it('parses as a classic script with no import/export', () => {
    expect(() => new vm.Script(src)).not.toThrow();
    expect(src).not.toMatch(/^\s*(import|export)\s/m);
  });

  it.each(registry.map((d) => d))('$name is a top-level function with @customfunction and its real parameter names', (def) => {
    const names = def.params.map((p) => p.name);
    const re = new RegExp(`\\/\\*\\*((?:(?!\\*\\/)[\\s\\S])*)\\*\\/\\nfunction ${def.name}\\(([^)]*)\\)`);
    const m = re.exec(src);
    expect(m, `no stub for ${def.name}`).not.toBeNull();
    const [, doc, params] = m!;
    expect(params.split(',').map((s) => s.trim())).toEqual(names);
    expect(doc).toContain('@customfunction');
    const docParams = [...doc.matchAll(/@param \{[^}]*\} \[?(\w+)\]?/g)].map((x) => x[1]);
    expect(docParams).toEqual(names);
    expect(doc).toMatch(/@return /);
    expect(typeof g[def.name]).toBe('function');
  });

  const rows = registry.flatMap((def) => def.examples.map((ex, i) => ({ name: def.name, i, ex })));
  it.each(rows)('$name example $i through the Sheets adapter', ({ name, ex }) => {
    const out = callSheets(name, ex.args);
    expectResult(out, ex.result, sheetsError);
  });

  it('a single-cell error is thrown as "#CODE message"', () => {
    expect(() => g.SAFETYSTOCK(30, 10, 50)).toThrow(/^#NUM! \S/);
  });

  it('a whole-result error is thrown even for range inputs', () => {
    expect(() => g.TIER([[50], [20]], 0.9, 0.8)).toThrow(/^#NUM! /);
  });

  it('element errors inside an array are "#CODE message" text, and read back as that error', () => {
    const out = g.SAFETYSTOCK([[100], [30]], [[200], [10]], [[60], [50]]) as unknown[][];
    expect(out[0][0]).toBe(360);
    expect(String(out[1][0])).toMatch(/^#NUM! /);
    // a later formula over that column passes the error on
    const again = g.TIER([[5], [out[1][0]]]) as unknown[][];
    expect(String(again[1][0])).toMatch(/^#NUM! /);
  });

  it('Sheets-shaped inputs: "" blanks, Dates and numeric text', () => {
    const out = g.SAFETYSTOCKSL('95%', [['10'], [''], [new Date(2026, 0, 1)]], [['４'], [''], [4]]) as unknown[][];
    expect(out[0][0]).toBeCloseTo(32.897072539029, 9);
    expect(out[1][0]).toBe('');
    expect(String(out[2][0])).toMatch(/^#VALUE! /);
    expect(g.SAFETYSTOCK('1,000', ' 200 ', '６０')).toBe(1710);
  });

  it('messages follow the spreadsheet locale', () => {
    const zh = loadAppsScript({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'zh_CN' }) } });
    expect(() => zh.SAFETYSTOCK(100, 200, '')).toThrow(/本次库存/);
    const en = loadAppsScript({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'en_US' }) } });
    expect(() => en.SAFETYSTOCK(100, 200, '')).toThrow(/Current stock missing/);
  });
});
