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

export interface FunctionDef {
  name: string;
  /** short title, e.g. 安全库存 / Safety stock */
  title: Bilingual;
  description: Bilingual;
  params: ParamDef[];
  result: { dimensionality: 'scalar' | 'matrix'; help: Bilingual };
  examples: Example[];
  /** the implementation: never throws on user data */
  run: (args: HostArg[]) => FunctionResult;
}

export type { FunctionResult, HostArg, SheetError };
