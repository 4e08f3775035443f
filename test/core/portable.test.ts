// Portable formulas: every function declares one, and each uses only functions all four spreadsheet programs share.
import { describe, expect, it } from 'vitest';
import { portableFormula, registry } from '../../core/index';
import { rangeCells, readArg } from '../../core/functions/portable';

/** Functions Excel 2010+, LibreOffice, WPS and Google Sheets all have with the same meaning. */
const SHARED = new Set(['IF', 'AND', 'OR', 'NOT', 'ISNUMBER', 'ISERROR', 'MAX', 'MIN', 'ABS', 'INT', 'SQRT', 'ASIN', 'NA', 'NORMSINV', 'SUMIF', 'COUNTIF', 'COUNTIFS', 'AVERAGEIFS', 'COUNT', 'COUNTA', 'INDEX', 'CHOOSE', 'N', 'UPPER', 'SUBSTITUTE', 'FIND', 'ISTEXT', 'LOWER', 'LOOKUP', 'SUM', 'SUMPRODUCT']);

const pop = (cell: string, range: string) => ({ cell, range });
/** A typical call of each function, as a report writes it for row 5. */
const CALLS: Record<string, Parameters<typeof portableFormula>[1][]> = {
  SAFETYSTOCK: [['C5', 'D5', 'E5', '$N$5'], ['C5', 'D5', 'E5', undefined]],
  ORDERQTY: [['C5', 'D5', 'E5', '$N$5', 'F5', 'G5'], ['C5', 'D5', 'E5']],
  SAFETYSTOCKSL: [['0.95', 'C5', 'D5'], ['$N$2', 'C5', 'D5', 'E5', 'F5']],
  DEALERSCORE: [['C5', 'D5', 'E5', 'F5:M5', '$P$2:$Y$2'], ['C5', 'D5', 'E5']],
  SCORECARD: [['C5:H5', '$P$2:$U$2'], ['C5:H5'], ['C5:H5', '$P$2:$P$7'], ['C5:H5', '$N$2'], ['C5']],
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

  it('reads arguments and ranges', () => {
    expect(readArg('"rank"')).toEqual({ kind: 'text', s: 'rank' });
    expect(readArg('1.5')).toEqual({ kind: 'number', n: 1.5 });
    expect(readArg('$N$5')).toEqual({ kind: 'ref', ref: '$N$5' });
    expect(readArg(undefined)).toEqual({ kind: 'omitted' });
    expect(rangeCells('$F$5:$H$5')).toEqual(['$F$5', '$G$5', '$H$5']);
    expect(rangeCells("'My data'!A1:B2")).toEqual(["'My data'!A1", "'My data'!B1", "'My data'!A2", "'My data'!B2"]);
  });
});
