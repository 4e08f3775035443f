// Every kind of cell value a host could hand a function, each with how the spec says a numeric argument reads it.
import type { ErrorCode } from '../../core/values/errors';

/** How a number argument reads a cell: a number, blank, an error code, or (ratio-dependent) percent text. */
export type Reading = { num: number } | { blank: true } | { error: ErrorCode } | { percent: number };

export interface Kind {
  label: string;
  value: unknown;
  reads: Reading;
}

const n = (label: string, value: unknown, x: number): Kind => ({ label, value, reads: { num: x } });
const e = (label: string, value: unknown, code: ErrorCode): Kind => ({ label, value, reads: { error: code } });
const b = (label: string, value: unknown): Kind => ({ label, value, reads: { blank: true } });

export const KINDS: Kind[] = [
  // numbers
  n('zero', 0, 0),
  n('minus zero', -0, 0),
  n('one', 1, 1),
  n('fraction', 123.5, 123.5),
  n('tiny', 5e-324, 5e-324),
  n('small', 1e-300, 1e-300),
  n('huge', 1e308, 1e308),
  n('negative', -5, -5),
  n('negative huge', -1e308, -1e308),
  n('large integer', 9007199254740993, 9007199254740992),
  // numeric text in every form the spec lists
  n('text integer', '123', 123),
  n('text spaces', '  42  ', 42),
  n('text thousands', '1,234', 1234),
  n('text thousands decimals', '1,234,567.25', 1234567.25),
  n('full-width digits', '１２３', 123),
  n('full-width point', '１２３．５', 123.5),
  n('full-width minus', '－５', -5),
  n('full-width plus', '＋７', 7),
  n('full-width comma', '１，２３４', 1234),
  n('ideographic space', '\u3000８\u3000', 8),
  n('no-break space', '\u00a09', 9),
  n('minus sign', '\u22125', -5),
  n('plus', '+7', 7),
  n('exponent', '1e3', 1000),
  n('leading point', '.5', 0.5),
  n('leading zeros', '00123', 123),
  // percent text: a number only in ratio arguments
  { label: 'percent', value: '50%', reads: { percent: 0.5 } },
  { label: 'full-width percent', value: '１１０％', reads: { percent: 1.1 } },
  { label: 'percent with space', value: '35 %', reads: { percent: 0.35 } },
  // blanks
  b('empty text', ''),
  b('null', null),
  b('undefined', undefined),
  b('spaces', '   '),
  b('ideographic spaces', '\u3000\u3000'),
  // booleans, dates, other values
  e('true', true, '#VALUE!'),
  e('false', false, '#VALUE!'),
  e('date', new Date(2026, 10, 24), '#VALUE!'),
  e('invalid date', new Date(NaN), '#VALUE!'),
  e('NaN', NaN, '#VALUE!'),
  e('Infinity', Infinity, '#NUM!'),
  e('-Infinity', -Infinity, '#NUM!'),
  e('overflowing text', '1e400', '#NUM!'),
  e('object', { a: 1 }, '#VALUE!'),
  // error values and error text
  e('#N/A text', '#N/A', '#N/A'),
  e('#VALUE! text', '#VALUE!', '#VALUE!'),
  e('#NUM! text', '#NUM!', '#NUM!'),
  e('#DIV/0! text', '#DIV/0!', '#DIV/0!'),
  e('#REF! text', '#REF!', '#REF!'),
  e('#NAME? text', '#NAME?', '#NAME?'),
  e('#NULL! text', '#NULL!', '#NULL!'),
  e('#ERROR! text', '#ERROR!', '#ERROR!'),
  e('DealerKit error text', '#NUM! Last-period sales are negative', '#NUM!'),
  e('zh error text', '#N/A 缺少本次库存', '#N/A'),
  e('error object N/A', { code: '#N/A' }, '#N/A'),
  e('error object DIV', { code: '#DIV/0!', message: 'x' }, '#DIV/0!'),
  // text that is not a number
  e('word', 'abc', '#VALUE!'),
  e('units', '12 boxes', '#VALUE!'),
  e('two points', '1.2.3', '#VALUE!'),
  e('bad grouping', '12,34', '#VALUE!'),
  e('formula text', '=1+1', '#VALUE!'),
  e('plus formula', '+SUM(A1)', '#VALUE!'),
  e('markup', '<script>alert(1)</script>', '#VALUE!'),
  e('arabic-indic digits', '١٢٣', '#VALUE!'),
  e('chinese numerals', '一百', '#VALUE!'),
  e('chinese punctuation', '１２３。５', '#VALUE!'),
  e('hash not a code', '#FOO', '#VALUE!'),
  e('lowercase code', '#n/a', '#VALUE!'),
  e('percent alone', '%', '#VALUE!'),
  e('sign alone', '-', '#VALUE!'),
  e('emoji', '📦', '#VALUE!'),
  // words that are inherited members of every plain object: a word table must not find them
  e('word constructor', 'constructor', '#VALUE!'),
  e('word __proto__', '__proto__', '#VALUE!'),
  e('word toString', 'toString', '#VALUE!'),
  e('word hasOwnProperty', 'hasOwnProperty', '#VALUE!'),
  e('word valueOf', 'valueOf', '#VALUE!'),
  // an exponent with no digits before it is text, not a number
  e('exponent alone', 'e5', '#VALUE!'),
  e('exponent alone upper', 'E10', '#VALUE!'),
  e('signed exponent alone', '-e5', '#VALUE!'),
  e('point exponent', '.e5', '#VALUE!'),
];

/** What a number argument should read, given whether it is a ratio. */
export function readingFor(k: Kind, ratio: boolean): Reading {
  const r = k.reads;
  if ('percent' in r) return ratio ? { num: r.percent } : { error: '#VALUE!' };
  return r;
}

/** What a word setting (method, format, channel) gives for a kind: blank is the default, errors pass, anything else is an unknown word. */
export function wordSettingCode(k: Kind, knownWords: readonly string[] = []): ErrorCode | undefined {
  if ('blank' in k.reads || knownWords.includes(k.value as string)) return undefined;
  return errorValueCode(k) ?? '#VALUE!';
}

/** Error values and error text pass through every kind of argument, text arguments included. */
export function errorValueCode(k: Kind): ErrorCode | undefined {
  const r = k.reads;
  if (!('error' in r)) return undefined;
  const v = k.value;
  if (typeof v === 'string' && v.split(' ')[0] === r.error) return r.error;
  if (v !== null && typeof v === 'object' && 'code' in (v as object)) return r.error;
  return undefined;
}
