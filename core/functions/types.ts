// The registry's shape: everything about a spreadsheet function is declared once, beside its implementation.
import type { Bilingual } from '../i18n/lang';
import type { ErrorCode, SheetError } from '../values/errors';
import type { FunctionResult, HostArg } from '../values/types';

/**
 * element: combined element by element with the other element arguments;
 * population: the whole range is one population;
 * setting: single by nature (or a fixed-shape range: VISITPLAN's plan, DEALERSCORE's weights).
 */
export type ParamKind = 'element' | 'population' | 'setting';

/** A domain check on a read number: a message means `#NUM!`. */
export type DomainCheck = 'nonNegative' | 'positive' | ((x: number) => Bilingual | null);

export interface ParamDef {
  /** the real parameter name, used in Excel metadata, Apps Script stubs and messages (en) */
  name: string;
  /** how the argument is named in messages */
  label: Bilingual;
  help: Bilingual;
  kind: ParamKind;
  /** number (read by the runner), text (read by the function), matrix (a fixed-shape setting range) */
  type: 'number' | 'text' | 'matrix';
  ratio?: boolean;
  optional?: boolean;
  default?: number | string;
  /** element numbers: what a blank inside a non-blank element means; optional ones take their default */
  blank?: 'zero' | 'missing';
  check?: DomainCheck;
}

/** An expected example result: numbers, text ("" blank), an error code, or a 2-D array of them. */
export type ExampleCell = number | string | { error: ErrorCode };
export type ExampleResult = ExampleCell | ExampleCell[][];

export interface Example {
  /** arguments as a host passes them (omitted optionals as undefined) */
  args: HostArg[];
  result: ExampleResult;
  note?: Bilingual;
}

/**
 * An argument of a portable formula: an A1 reference (`C5`, `$N$5`) or a numeric literal for element
 * arguments; `{ cell, range }` (the element and its whole column) for population arguments; a literal
 * (number or `"quoted"` text, resolved when the formula is written) or a reference (read when the sheet
 * recalculates) for settings; `undefined` for an omitted optional.
 */
export type PortableArg = string | number | undefined | PortablePopulation;

/**
 * A population argument: this row's cell and the whole column. `total` may name a cell holding the
 * column's total (`SUMIF(range,">0")`) so that a column of pareto TIER formulas does not recompute it
 * in every row (5,000 rows recalculate in under a second instead of two in LibreOffice).
 */
export interface PortablePopulation {
  cell: string;
  range: string;
  total?: string;
}

/** The function's portable form: one element as a native formula every spreadsheet program computes. */
export interface PortableSpec {
  /** how its arguments are written, and what differs from the DealerKit function (text inputs, limits) */
  doc: Bilingual;
  /** the formula text, without "=", of one element */
  formula: (args: PortableArg[]) => string;
  /** rows above which a whole column of this formula recalculates too slowly (reports then write values); measured in `npm run bench` */
  maxRows?: number;
}

export interface FunctionDef {
  name: string;
  /** short title, e.g. 安全库存 / Safety stock */
  title: Bilingual;
  description: Bilingual;
  params: ParamDef[];
  result: { dimensionality: 'scalar' | 'matrix'; help: Bilingual };
  examples: Example[];
  /** the same element as a native formula (portable reports) */
  portable: PortableSpec;
  /** the implementation: never throws on user data */
  run: (args: HostArg[]) => FunctionResult;
}

export type { FunctionResult, HostArg, SheetError };
