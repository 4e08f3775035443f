// Portable formulas: every function declares one, and each uses only functions all four spreadsheet programs share.
import { describe, expect, it } from 'vitest';
import { portableFormula, portableHelpers, registry } from '../../core/index';
import { rangeCells, readArg } from '../../core/functions/portable';

/** Functions Excel 2010+, LibreOffice, WPS and Google Sheets all have with the same meaning. */
const SHARED = new Set(['IF', 'AND', 'OR', 'NOT', 'ISNUMBER', 'ISERROR', 'MAX', 'MIN', 'ABS', 'INT', 'SQRT', 'ASIN', 'NA', 'NORMSINV', 'SUMIF', 'COUNTIF', 'LARGE', 'COUNTIFS', 'AVERAGEIFS', 'COUNT', 'COUNTA', 'INDEX', 'CHOOSE', 'N', 'UPPER', 'SUBSTITUTE', 'FIND']);

const pop = (cell: string, range: string) => ({ cell, range });
/** A typical call of each function, as a report writes it for row 5. */
const CALLS: Record<string, Parameters<typeof portableFormula>[1][]> = {
  SAFETYSTOCK: [['C5', 'D5', 'E5', '$N$5'], ['C5', 'D5', 'E5', undefined]],
  ORDERQTY: [['C5', 'D5', 'E5', '$N$5', 'F5', 'G5'], ['C5', 'D5', 'E5']],
  SAFETYSTOCKSL: [['0.95', 'C5', 'D5'], ['$N$2', 'C5', 'D5', 'E5', 'F5']],
  DEALERSCORE: [['C5', 'D5', 'E5', 'F5:M5', '$P$2:$Y$2'], ['C5', 'D5', 'E5']],
  TIER: [[pop('C5', '$C$5:$C$44')], [pop('C5', '$C$5:$C$44'), '$N$2', '$N$3', '"score"'], [pop('C5', '$C$5:$C$44'), undefined, undefined, '$N$4']],
  QUADRANT: [[pop('C5', '$C$5:$C$44'), pop('D5', '$D$5:$D$44')], [pop('C5', '$C$5:$C$44'), pop('D5', '$D$5:$D$44'), '$N$2', '$N$3', '"number"']],
  VISITPLAN: [['C5'], ['C5', '"phone"', '$N$2:$P$4'], ['C5', '$N$6']],
};

describe('portable formulas', () => {
  it.each(registry.map((d) => d.name))('%s declares a portable form with docs in both languages', (name) => {
    const def = registry.find((d) => d.name === name)!;
    expect(typeof def.portable.formula).toBe('function');
    expect(def.portable.doc['zh-CN'].length).toBeGreaterThan(10);
    expect(def.portable.doc['en-US'].length).toBeGreaterThan(10);
  });

  it.each(registry.map((d) => d.name))('%s uses only functions every spreadsheet shares, with balanced parentheses', (name) => {
    const calls = CALLS[name];
    expect(calls, `add typical calls of ${name} to this test`).toBeDefined();
    for (const args of calls) {
      const f = portableFormula(name, args);
      expect(f.startsWith('=')).toBe(false);
      const outsideStrings = f.replace(/"(?:[^"]|"")*"/g, '""');
      const used = [...outsideStrings.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      expect(used.filter((u) => !SHARED.has(u))).toEqual([]);
      let depth = 0;
      for (const ch of outsideStrings) {
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      expect(f.length).toBeLessThan(8192); // Excel's formula length limit
    }
  });

  it('writes one SAFETYSTOCK element the way the issue shows', () => {
    const f = portableFormula('SAFETYSTOCK', ['C5', 'D5', 'E5', '$N$5']);
    expect(f).toContain('IF(AND(C5="",D5="",E5=""),""'); // a blank row stays blank
    expect(f).toContain('IF(E5="",NA()'); // a missing count is #N/A
    expect(f).toContain('ASIN(2)'); // #NUM! in every engine
    expect(f).toContain('IF($N$5="",1.5,$N$5)'); // the factor cell, blank → the default
  });

  it('resolves literal settings when the formula is written', () => {
    const pareto = portableFormula('TIER', [pop('C5', '$C$5:$C$44')]);
    expect(pareto).toContain('SUMIF($C$5:$C$44,">"&C5)');
    expect(portableFormula('TIER', [pop('C5', '$C$5:$C$44'), undefined, undefined, '"排名"'])).toContain('COUNTIF($C$5:$C$44,">"&C5)');
    expect(portableFormula('TIER', [pop('C5', '$C$5:$C$44'), 0.9, 0.8])).toBe('ASIN(2)'); // cuts out of order: #NUM!
    expect(portableFormula('TIER', [pop('C5', '$C$5:$C$44'), undefined, undefined, '"constructor"'])).toBe('("x"+0)');
    expect(portableFormula('TIER', [{ cell: 'C5', range: '$C$5:$C$44', total: '$H$2' }])).toContain('/$H$2');
    expect(() => portableFormula('VISITPLAN', ['C5', '"all"'])).toThrow(/one formula per channel/);
    expect(() => portableFormula('NOPE', [])).toThrow(/no function/);
  });

  it('declares TIER helper cells that make each row O(1), and the rows keep working without them', () => {
    const def = registry.find((d) => d.name === 'TIER')!;
    const at = (k: number) => Array.from({ length: k }, (_, j) => `$H$${j + 1}`);
    const shared = (f: string) => [...f.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]).filter((u) => !SHARED.has(u));
    // pareto over 5,000 rows: total, N, 13 search bits and a threshold per cut
    const big = def.portable.helpers!([pop('C5', '$C$5:$C$5004')]);
    expect(big.length).toBe(2 + 2 * (13 + 1));
    expect(portableHelpers('tier', [pop('C5', '$C$5:$C$5004')]).map((h) => h.label)).toEqual(big.map((h) => h.label));
    expect(portableHelpers('SAFETYSTOCK', ['C5', 'D5', 'E5'])).toEqual([]);
    const cells = at(big.length);
    for (const h of big) {
      expect(shared(h.formula(cells))).toEqual([]);
      expect(h.label['zh-CN'].length * h.label['en-US'].length).toBeGreaterThan(0);
    }
    // the first step of the search tries 2^12, and the last step's K gives the threshold
    expect(big[2].formula(cells)).toBe('IF(4096>$H$2,0,IF(INT((SUMIF($C$5:$C$5004,">"&LARGE($C$5:$C$5004,4096))/$H$1-0.8+1E-12)/0.1499999999999999)<0,4096,0))');
    expect(big[15].formula(cells)).toBe('IF($H$15>0,LARGE($C$5:$C$5004,$H$15),0)');
    const row = portableFormula('TIER', [{ cell: 'C5', range: '$C$5:$C$5004', helpers: cells }]);
    expect(row).not.toMatch(/SUMIF|COUNTIF|LARGE|\$C\$5:/); // nothing reads the column
    expect(row).toContain('IF(AND($H$15>0,C5>=$H$16),"A",IF(AND($H$29>0,C5>=$H$30),"B","C"))');
    // a literal rank: one count and one threshold per cut; score: none; a method in a cell: the search, either method
    expect(def.portable.helpers!([pop('C5', '$C$5:$C$44'), undefined, undefined, '"rank"']).length).toBe(4);
    expect(def.portable.helpers!([pop('C5', '$C$5:$C$44'), undefined, undefined, '"score"'])).toEqual([]);
    expect(def.portable.helpers!([pop('C5', '$C$5:$C$44'), '$N$2', '$N$3', '$N$4']).length).toBe(2 + 2 * (6 + 1));
    // helpers of the wrong count are not read (the per-row form)
    expect(portableFormula('TIER', [{ cell: 'C5', range: '$C$5:$C$44', helpers: at(3) }])).toContain('SUMIF($C$5:$C$44,">"&C5)');
    // cached values: K from the result (ties counted as LARGE counts them), thresholds the K-th largest
    const col = [[500], [300], [300], [60], [''], [40]];
    const hs = def.portable.helpers!([pop('A1', '$A$1:$A$6')]);
    const result = def.run([col]);
    const values = hs.map((h) => h.value([col], result));
    // A: 500, 300, 300 (K = 3: the search keeps 0, 2, 3); A or B: and 60 (K = 4)
    expect(values).toEqual([1200, 5, 0, 2, 3, 300, 4, 4, 4, 60]);
  });

  it('reads arguments and ranges', () => {
    expect(readArg('"rank"')).toEqual({ kind: 'text', s: 'rank' });
    expect(readArg('1.5')).toEqual({ kind: 'number', n: 1.5 });
    expect(readArg('$N$5')).toEqual({ kind: 'ref', ref: '$N$5' });
    expect(readArg(undefined)).toEqual({ kind: 'omitted' });
    expect(rangeCells('$F$5:$H$5')).toEqual(['$F$5', '$G$5', '$H$5']);
    expect(rangeCells("'My data'!A1:B2")).toEqual(["'My data'!A1", "'My data'!B1", "'My data'!A2", "'My data'!B2"]);
  });
});
