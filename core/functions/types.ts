// The registry's shape: everything about a spreadsheet function is declared once, beside its implementation.
import type { Bilingual } from '../i18n/lang';
import type { ErrorCode, SheetError } from '../values/errors';
import type { MessageKey } from '../i18n/messages';
import type { Shape } from '../values/shape';
import type { FunctionResult, HostArg, HostScalar, ResultScalar } from '../values/types';

/**
 * element: combined element by element with the other element arguments;
 * population: the whole range is one population;
 * setting: single by nature (or a fixed-shape range: VISITPLAN's plan, DEALERSCORE's weights).
 */
export type ParamKind = 'element' | 'population' | 'setting';

/**
 * A domain check on a read number: a message means `#NUM!` (for the element; for a setting, the whole
 * result). A function check may depend on the call's settings (TIER: negatives are fine under `score`).
 */
export type DomainCheck =
  | 'nonNegative'
  | 'positive'
  /** outside [min, max] is `message` ({value}) */
  | { min: number; max: number; message: MessageKey }
  | ((x: number, settings: Settings) => Bilingual | null);

/** The settings of one call, by parameter name, as the read phase left them (and what `prepare` adds). */
export type Settings = Record<string, unknown>;

/** What a setting's reader may look at: the settings read before it, the arguments' shapes and read columns. */
export interface ReadContext {
  settings: Settings;
  /** how many columns (items) an element argument spread over its columns has (DEALERSCORE's ratings) */
  items(name: string): number;
  /** the read cells of an element or population argument: numbers, with `ok(i)` false for blanks and errors */
  column(name: string): { x: Float64Array; ok(i: number): boolean };
}

export interface ParamDef {
  /** the real parameter name, used in Excel metadata, Apps Script stubs and messages (en) */
  name: string;
  /** how the argument is named in messages */
  label: Bilingual;
  help: Bilingual;
  kind: ParamKind;
  /** number (read by the runner), text (a word each cell: read by `readCell`, or a word setting), matrix (a fixed-shape setting range) */
  type: 'number' | 'text' | 'matrix';
  /** a trailing % is accepted (110% → 1.1); a setting's may depend on the settings read before it */
  ratio?: boolean | ((ctx: ReadContext) => boolean);
  optional?: boolean;
  /** an optional's value when blank; a number setting's may be computed (TIER: by method; QUADRANT: the column's mean) */
  default?: number | string | ((ctx: ReadContext) => number);
  /**
   * element numbers: what a blank inside a non-blank element means (optional ones take their default):
   * zero → 0; missing → #N/A with the `missing` message; skip → left out of the computation (NaN)
   */
  blank?: 'zero' | 'missing' | 'skip';
  /** the #N/A message of a missing value (default: "a value that cannot be read") */
  missing?: MessageKey;
  check?: DomainCheck;
  /** element shapes: any (default), one column (n×1 or single), or one element row spread over its columns */
  shape?: 'any' | 'column' | 'items';
  /** the #VALUE! message of an `items` range whose rows are not one per element ({n}, {shape}) */
  shapeMessage?: MessageKey;
  /** element text: one cell → a number (a word's value), null for blank, or an error; read once per distinct text */
  readCell?: (v: unknown) => number | null | SheetError;
  /** word settings: the words (keys already textKey-normalised) and the message for any other word ({value}) */
  words?: Readonly<Record<string, string>>;
  unknownWord?: MessageKey;
  /** matrix settings: the whole reader (shape, cells, range), or a whole-result error */
  readSetting?: (v: HostArg, ctx: ReadContext) => unknown;
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
  /**
   * Where the column's helper cells (`PortableSpec.helpers`, in that order) are placed: the rows read them
   * instead of recomputing them (pareto TIER: two thresholds, so each row compares instead of running a SUMIF).
   */
  helpers?: readonly string[];
}

/** One cell that a whole column of a portable formula shares: written once, read by every row. */
export interface PortableHelper {
  /** what it holds, for the label beside it */
  label: Bilingual;
  /** its formula (without "="), given the addresses of all the column's helper cells (`at[i]` is helper i) */
  formula: (at: readonly string[]) => string;
  /** its value for the cached result: from the call's host arguments and the function's result on them */
  value: (args: HostArg[], result: FunctionResult) => number;
}

/** The function's portable form: one element as a native formula every spreadsheet program computes. */
export interface PortableSpec {
  /** how its arguments are written, and what differs from the DealerKit function (text inputs, limits) */
  doc: Bilingual;
  /** the formula text, without "=", of one element */
  formula: (args: PortableArg[]) => string;
  /** rows above which a whole column of this formula recalculates too slowly (reports then write values); measured in `npm run bench` */
  maxRows?: number;
  /**
   * The helper cells a column of this formula reads when they are placed (`PortablePopulation.helpers`), for
   * the arguments of its first row; none (or []) means every row stands alone. The rows keep working
   * without them (the slower per-row form), so `portableFormula` on plain A1 references is unchanged.
   */
  helpers?: (args: PortableArg[]) => PortableHelper[];
}

/** The compute phase of a function whose elements are independent. */
export interface ElementCompute {
  /**
   * One element from its read numbers (argument order; an `items` argument gives one number per item)
   * and the call's state; `j` is the result column when `width` is above 1. Never throws.
   */
  element: (v: number[], state: Settings, j: number) => ResultScalar;
}

/** The compute phase of a function that grades a whole population (TIER). */
export interface PopulationCompute {
  /** `x` are the read columns (argument order), `graded` the elements that passed every check; writes `out[e]` for each. */
  population: (x: Float64Array[], graded: number[], state: Settings, out: ResultScalar[]) => void;
}

/** What the corpus (test/corpus) and the bench (bench/functions.mjs) need of a function, declared with it. */
export interface TestInputs {
  /**
   * Corpus base arguments: a valid call whose element arguments the corpus replaces, one at a time, with
   * every kind of hostile cell. Omit for functions whose corpus is hand-written in test/corpus/cases.ts.
   */
  corpusBase?: HostArg[];
  /** Bench: the arguments for `n` host-shaped rows of plain numbers (columns built by `cols`). */
  bench: (cols: BenchColumns, n: number) => HostArg[];
}

/** Host-shaped n×1 columns of plain numbers (3% blank rows), words and shares the bench builds once. */
export interface BenchColumns {
  /** a column of numbers 0…max, blanks where the shared blank mask says */
  numbers(key: string, max: number): HostScalar[][];
  /** a column of words picked from `words` */
  words(key: string, words: readonly string[]): HostScalar[][];
  /** an n×k matrix of words */
  matrix(key: string, k: number, words: readonly string[]): HostScalar[][];
}

export interface FunctionDef {
  name: string;
  /** where it is listed (help, functions.json, README): ascending, then by name */
  order: number;
  /** short title, e.g. 安全库存 / Safety stock */
  title: Bilingual;
  description: Bilingual;
  params: ParamDef[];
  result: { dimensionality: 'scalar' | 'matrix'; help: Bilingual };
  examples: Example[];
  /** the same element as a native formula (portable reports) */
  portable: PortableSpec;
  /**
   * Who decides that an element is blank (spec, "Blank elements"): `ranges` — the required element
   * arguments from ranges larger than 1×1 (all required ones when none is); `all` — every required
   * element argument, single or not (DEALERSCORE's amounts, QUADRANT's two shares).
   */
  blankRule?: 'ranges' | 'all';
  /** whole-result checks once the settings are read (TIER's cut order, VISITPLAN's "all" needs a column) */
  checkSettings?: (s: Settings, shape: Shape) => SheetError | null;
  /** result columns per element (VISITPLAN's "all" gives 3); default 1 */
  width?: (s: Settings) => number;
  /** the call's state for the compute phase, made once per call from the settings (a per-call memo may live in it) */
  prepare?: (s: Settings) => Settings;
  compute: ElementCompute | PopulationCompute;
  /** the inputs the corpus and the bench use */
  inputs: TestInputs;
  /** the implementation (the runner over the metadata above): never throws on user data */
  run: (args: HostArg[]) => FunctionResult;
}

export type { FunctionResult, HostArg, SheetError };
