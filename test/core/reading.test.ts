// The runner's shared rules: reading host values, broadcasting, the blank rule, the error order, settings, tolerance.
import { describe, expect, it } from 'vitest';
import { ORDERQTY, QUADRANT, SAFETYSTOCK, SAFETYSTOCKSL, TIER, VISITPLAN, DEALERSCORE } from '../../core/functions/index';
import { ge, gt } from '../../core/values/compare';
import { SheetError } from '../../core/values/errors';
import { readNumber } from '../../core/values/read';

const code = (v: unknown) => (v instanceof SheetError ? v.code : v);

describe('reading a value', () => {
  it.each([
    [123, false, 123],
    [-0, false, 0],
    ['1,234', false, 1234],
    ['1,234,567.5', false, 1234567.5],
    ['  42  ', false, 42],
    ['１２３．５', false, 123.5],
    ['－５', false, -5],
    ['＋７', false, 7],
    ['１，２３４', false, 1234],
    ['1e3', false, 1000],
    ['110%', true, 1.1],
    ['35 %', true, 0.35],
    ['９５％', true, 0.95],
    ['', false, null],
    [null, false, null],
    [undefined, false, null],
    ['\u3000 ', false, null],
  ])('%j (ratio %s) → %j', (v, ratio, want) => {
    expect(readNumber(v, ratio, 'x')).toBe(want);
  });

  it.each([
    ['50%', false, '#VALUE!'],
    ['12,34', false, '#VALUE!'],
    ['abc', false, '#VALUE!'],
    ['1.2.3', false, '#VALUE!'],
    [true, false, '#VALUE!'],
    [false, true, '#VALUE!'],
    [new Date(2026, 10, 24), false, '#VALUE!'],
    [NaN, false, '#VALUE!'],
    [Infinity, false, '#NUM!'],
    [-Infinity, false, '#NUM!'],
    ['1e400', false, '#NUM!'],
    ['#N/A', false, '#N/A'],
    ['#DIV/0!', false, '#DIV/0!'],
    ['#NUM! Last-period sales are negative', false, '#NUM!'],
    ['#NULL!', false, '#NULL!'],
    [{ code: '#REF!' }, false, '#REF!'],
    ['#NOTACODE', false, '#VALUE!'],
    [{ some: 'object' }, false, '#VALUE!'],
  ])('%j → %s', (v, ratio, want) => {
    const r = readNumber(v, ratio as boolean, 'x');
    expect(r).toBeInstanceOf(SheetError);
    expect((r as SheetError).code).toBe(want);
  });

  it('keeps the message of an error that DealerKit wrote in Sheets', () => {
    const r = readNumber('#NUM! check for returns', false, 'x') as SheetError;
    expect(r.messageIn('en-US')).toBe('check for returns');
    expect(r.messageIn('zh-CN')).toBe('check for returns');
  });

  it('names the argument and quotes the value, in both languages; the caller picks the language', () => {
    const r = SAFETYSTOCK('12 boxes', 1, 1) as SheetError;
    expect(r.messages['en-US']).toBe('last_stock: "12 boxes" is not a number');
    expect(r.messages['zh-CN']).toBe('上次库存：“12 boxes” 不是数字');
    expect(r.text('zh-CN')).toBe('#VALUE! 上次库存：“12 boxes” 不是数字');
    expect(r.text('en-US')).toBe('#VALUE! last_stock: "12 boxes" is not a number');
  });

  it('reads text with no digits before the exponent as text, not a number', () => {
    for (const s of ['e5', 'E10', '-e5', '+E3', '.e5', 'e']) expect((readNumber(s, false, 'x') as SheetError).code, s).toBe('#VALUE!');
    for (const [s, x] of [['1e5', 1e5], ['1.5E-3', 1.5e-3], ['.5e1', 5], ['1,000e2', 1e5]] as const) expect(readNumber(s, false, 'x'), s).toBe(x);
  });
});

describe('shapes', () => {
  it('broadcasts single values and 1×1 ranges', () => {
    expect(SAFETYSTOCK([[100], [10]], 200, [[60]])).toEqual([[360], [225]]);
  });
  it('rejects two different shapes as one #VALUE! naming both', () => {
    const r = SAFETYSTOCK([[1, 2, 3]], [[1], [2], [3]], 0) as SheetError;
    expect(r).toBeInstanceOf(SheetError);
    expect(r.code).toBe('#VALUE!');
    expect(r.messages['en-US']).toContain('1×3 vs 3×1');
  });
  it('rejects ragged and empty ranges as a whole', () => {
    expect(code(SAFETYSTOCK([[1], [2, 3]], 1, 1))).toBe('#VALUE!');
    expect(code(SAFETYSTOCK([], 1, 1))).toBe('#VALUE!');
    expect(code(TIER([[]]))).toBe('#VALUE!');
  });
  it('returns the common shape: rows × columns', () => {
    const r = SAFETYSTOCK([[1, 2], [3, 4]], 10, 0) as number[][];
    expect(r).toEqual([[16.5, 18], [19.5, 21]]);
  });
});

describe('the blank rule', () => {
  it('an element is blank when every required range argument is blank', () => {
    expect(SAFETYSTOCKSL('95%', [[10], [''], [null]], [[4], [''], [undefined]])).toEqual([[expect.closeTo(32.897072539029, 9)], [''], ['']]);
  });
  it('a blank inside a non-blank row follows the function (0 for last stock, #N/A for current stock)', () => {
    const r = SAFETYSTOCK([[''], [100]], [[50], [200]], [[20], ['']]) as unknown[][];
    expect(r[0][0]).toBe(45);
    expect(code(r[1][0])).toBe('#N/A');
  });
  it('only ranges decide: single values do not make a row non-blank', () => {
    expect(ORDERQTY([['']], [['']], [['']], 1.5, 6, 12)).toEqual([['']]);
  });
});

describe('the error order', () => {
  it('reading errors come before domain errors, in argument order', () => {
    expect(code(SAFETYSTOCK(-1, 'abc', 5))).toBe('#VALUE!');
    expect(code(SAFETYSTOCK(-1, 5, 'abc'))).toBe('#VALUE!');
    expect(code(SAFETYSTOCK('#N/A', 'abc', 5))).toBe('#N/A');
  });
  it('domain errors come before computed ones', () => {
    // sales would be negative, but the factor is out of domain first
    expect((SAFETYSTOCK(30, 10, 50, 0) as SheetError).messages['en-US']).toContain('factor');
    expect((SAFETYSTOCK(30, 10, 50) as SheetError).messages['en-US']).toContain('returns');
  });
});

describe('settings', () => {
  it.each([
    [() => TIER([[1], [2]], [[0.8, 0.9]]), '#VALUE!'],
    [() => TIER([[1], [2]], 'lots'), '#VALUE!'],
    [() => TIER([[1], [2]], '#N/A'), '#N/A'],
    [() => TIER([[1], [2]], undefined, undefined, 'median'), '#VALUE!'],
    [() => TIER([[1], [2]], 0.5, 0.4), '#NUM!'],
    [() => TIER([[1], [2]], 0, 0.4), '#NUM!'],
    [() => TIER([[1], [2]], 70, 85, 'score'), '#NUM!'],
    [() => QUADRANT([[0.1]], [[0.2]], 1.5), '#NUM!'],
    [() => QUADRANT([[0.1]], [[0.2]], undefined, undefined, 'fr'), '#VALUE!'],
    [() => VISITPLAN([['A']], 'fax'), '#VALUE!'],
    [() => VISITPLAN('A', undefined, [[1, 2], [3, 4]]), '#VALUE!'],
    [() => VISITPLAN('A', undefined, [[1, 2, 3], [4, 5, 6], [7, 8, -9]]), '#NUM!'],
    [() => VISITPLAN('A', undefined, [[1, 2, 3], [4, 'x', 6], [7, 8, 9]]), '#VALUE!'],
    [() => VISITPLAN([['A', 'B']], 'all'), '#VALUE!'],
    [() => DEALERSCORE([[1], [2]], [[1], [2]], [[1], [2]], [['A']]), '#VALUE!'],
    [() => DEALERSCORE(1, 1, 1, undefined, [[1, -1]]), '#NUM!'],
    [() => DEALERSCORE([[1, 2]], 1, 1), '#VALUE!'],
  ])('a bad setting makes the whole result one error (%#)', (f, want) => {
    const r = f();
    expect(Array.isArray(r)).toBe(false);
    expect(code(r)).toBe(want);
  });
  it('blank settings take their defaults; aliases and widths are accepted', () => {
    expect(TIER([[50], [0], [30], [20]], '', null, '排名')).toEqual([['A'], ['C'], ['B'], ['C']]);
    expect(TIER([[50], [0], [30], [20]], '20%', '50%', ' RANK ')).toEqual([['A'], ['C'], ['B'], ['C']]);
    expect(VISITPLAN('Ａ类门店', '电话')).toBe(4);
    expect(VISITPLAN('b级客户', 'WeChat')).toBeInstanceOf(SheetError);
    expect(VISITPLAN('普通客户', '微信')).toBe(1);
  });
});

describe('the comparison tolerance', () => {
  it('ε(t) = 1e-12 × max(1, |t|)', () => {
    expect(ge(0.7999999999999999, 0.8)).toBe(true);
    expect(gt(1.1000000000000001, 1.1)).toBe(false);
    expect(ge(0.799999, 0.8)).toBe(false);
  });
  it('a growth of exactly 110% in decimal is 110%', () => {
    // 1.1 × 100 / 100 in floating point
    expect(DEALERSCORE(110.00000000000001, 100, undefined)).toBe(80);
  });
});

describe('function details beyond the examples', () => {
  it('ORDERQTY rounds up to cases and applies the minimum order in cases', () => {
    expect(ORDERQTY(10, 0, 4, undefined, 4, 10)).toBe(12);
    expect(ORDERQTY(0, 0, 0)).toBe(0);
    expect(code(ORDERQTY(80, 40, 20, undefined, undefined, -1))).toBe('#NUM!');
  });
  it('SAFETYSTOCKSL hints at 95% when it sees 95', () => {
    expect((SAFETYSTOCKSL(95, 10, 4) as SheetError).messages['en-US']).toContain('0.95 or 95%');
  });
  it('TIER: negative values are #NUM! under pareto and rank, graded under score', () => {
    expect(code((TIER([[-5], [5]]) as unknown[][])[0][0])).toBe('#NUM!');
    expect(TIER([[-5], [90]], undefined, undefined, 'score')).toEqual([['C'], ['A']]);
  });
  it('TIER: a single value is its own population; all zero is all C', () => {
    expect(TIER(42)).toBe('A');
    expect(TIER([[0], [0]])).toEqual([['C'], ['C']]);
  });
  it('TIER reads a 2-D range in row order', () => {
    expect(TIER([[500, 300, 100], [60, 40, 0]])).toEqual([['A', 'A', 'B'], ['B', 'C', 'C']]);
  });
  it('QUADRANT: one blank share counts as 0, both blank is blank', () => {
    expect(QUADRANT([[0.4], [''], ['']], [[0.5], [0.6], ['']], 0.2, 0.2, 'number')).toEqual([[1], [4], ['']]);
  });
  it('DEALERSCORE: grades are case-, width- and space-insensitive; unknown text is #VALUE!', () => {
    expect(DEALERSCORE(100, 100, 100, [[' ａ ', 'Excellent', '优 秀']])).toBe(92);
    expect(code(DEALERSCORE(100, 100, 100, [['great']]))).toBe('#VALUE!');
    expect(code(DEALERSCORE(100, 100, 100, [['80%']]))).toBe('#VALUE!');
    expect(code(DEALERSCORE(undefined, 0, 0))).toBe('#N/A');
  });
  it('VISITPLAN all: one row of three per tier, blanks stay blank', () => {
    expect(VISITPLAN([['A'], [''], ['C类']], 'all')).toEqual([[8, 4, 4], ['', '', ''], [1, 1, 1]]);
  });
});
