// The one runner of every function, from parameter metadata, in named phases: shapes → read → blank rule → domain → compute.
import type { Bilingual } from '../i18n/lang';
import { msg } from '../i18n/messages';
import { asHostError, SheetError } from '../values/errors';
import { isBlank, quote, readNumber, textKey } from '../values/read';
import { commonShape, isSingle, SCALAR_SHAPE, shapeOf, shapeText, type Shape } from '../values/shape';
import type { FunctionResult, HostArg, ResultScalar } from '../values/types';
import { lookupWord } from '../values/words';
import { Scratch } from './scratch';
import type { DomainCheck, FunctionDef, ParamDef, ReadContext, Settings } from './types';

/** The name of a parameter in messages (both languages). */
export function label(p: ParamDef): Bilingual {
  return p.label;
}

/** A read cell's status. */
const NUMBER = 0;
const BLANK = 1;
const ERROR = 2;
/** An element's status once the blank rule and the checks have run. */
const PENDING = 0;
const BLANK_RESULT = 1;
const ERROR_RESULT = 2;

/**
 * One read column of the element phases: element e's cell is `x[e * stride + off]` and its status
 * `st[e * stride + off]` — stride 1 for an element or population argument, 0 for a single value broadcast to
 * every element, k for item `off` of an `items` argument read as k cells a row.
 */
interface Column {
  p: ParamDef;
  /** a single value (or 1×1 range), broadcast to every element */
  single: boolean;
  /** read numbers; a blank cell holds what a blank means inside a non-blank element (NaN: skipped) */
  x: Float64Array;
  st: Uint8Array;
  stride: number;
  off: number;
  /** the error of each ERROR cell, by its index in x */
  err: Map<number, SheetError> | null;
  /** the error a BLANK cell is inside a non-blank element (a missing required value), or null */
  missing: SheetError | null;
}

/** The first cell of an argument (a scalar, a 1-D or a 2-D array). */
function firstCell(v: HostArg): unknown {
  if (!Array.isArray(v)) return v;
  return Array.isArray(v[0]) ? (v[0] as unknown[])[0] : v[0];
}

// ---- phase 1: shapes ---------------------------------------------------------------------------

interface Shapes {
  /** the element shape: what every non-single element argument has, and the result has */
  out: Shape;
  /** per element/population parameter index: its shape */
  of: (Shape | null)[];
  /** per `items` parameter index: its number of items (0 when omitted) */
  items: number[];
}

function shapesPhase(params: ParamDef[], args: HostArg[]): Shapes | SheetError {
  const of: (Shape | null)[] = new Array(params.length).fill(null);
  const items: number[] = new Array(params.length).fill(0);
  const elementShapes: Shape[] = [];
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p.kind === 'setting') continue;
    const a = args[i];
    // an omitted optional item list: no items (a required one, SCORECARD's ratings, is read: a blank is a blank element)
    if (p.shape === 'items' && p.optional && (a === null || a === undefined || a === '')) continue;
    const s = shapeOf(a, label(p));
    if (s instanceof SheetError) return s;
    of[i] = s;
    if (p.shape === 'column' && !isSingle(s) && s.cols !== 1) return new SheetError('#VALUE!', msg('columnOnly', { arg: label(p), shape: shapeText(s) }));
    if (p.shape !== 'items') elementShapes.push(s);
  }
  let out = commonShape(elementShapes);
  if (out instanceof SheetError) return out;
  // only item lists (SCORECARD): each row of the first is one element, and one row is one value (as DEALERSCORE's
  // row of ratings beside single amounts)
  if (elementShapes.length === 0) {
    const first = params.findIndex((p, i) => p.shape === 'items' && of[i]);
    if (first >= 0) out = of[first]!.rows === 1 ? SCALAR_SHAPE : { rows: of[first]!.rows, cols: 1, scalar: false };
  }
  // an items argument has one row per element and any number of columns
  for (let i = 0; i < params.length; i++) {
    const s = of[i];
    if (params[i].shape !== 'items' || !s) continue;
    if (s.rows !== out.rows) return new SheetError('#VALUE!', msg(params[i].shapeMessage ?? 'shapeMismatch', { n: out.rows, shape: shapeText(s), a: shapeText(out), b: shapeText(s) }));
    items[i] = s.cols;
  }
  return { out, of, items };
}

// ---- phase 2: read -----------------------------------------------------------------------------

/** What a blank cell holds inside a non-blank element, or an error when a value is required. */
function blankValue(p: ParamDef): number | SheetError {
  if (p.optional && typeof p.default === 'number') return p.default;
  if (p.blank === 'missing') return new SheetError('#N/A', p.missing ? msg(p.missing) : msg('notAValue', { arg: label(p) }));
  if (p.blank === 'skip') return NaN;
  return 0;
}

/**
 * Read `rows` × `w` cells of `a` (a scalar, a 1-D or a 2-D array) row-major into x and st: one element's cells
 * (w = its columns), or the k items of each element (w = k). Plain numbers take a fast path; every other cell
 * goes through the spec's rules, or the parameter's `readCell` (each distinct text read once per call).
 */
function readCells(p: ParamDef, a: HostArg, s: Shape, rows: number, w: number, scratch: Scratch): Pick<Column, 'x' | 'st' | 'err' | 'missing'> {
  const x = scratch.f64(rows * w);
  const st = scratch.u8(rows * w);
  let err: Map<number, SheetError> | null = null;
  const whenBlank = blankValue(p);
  const blankX = typeof whenBlank === 'number' ? whenBlank : 0;
  const ratio = p.ratio === true;
  const lbl = label(p);
  const grid = a as unknown[];
  const twoD = !s.scalar && Array.isArray(grid[0]);
  const readCell = p.readCell;
  // words repeat (grades, tiers): each distinct text is read once per call, the last one without a lookup
  const seen = readCell ? new Map<string, number | null | SheetError>() : null;
  let lastText: string | null = null;
  let lastRead: number | null | SheetError = null;
  for (let r = 0, e = 0; r < rows; r++) {
    const row = s.scalar ? a : grid[r];
    for (let c = 0; c < w; c++, e++) {
      const v = twoD ? (row as unknown[])[c] : row;
      let rd: number | null | SheetError;
      if (!readCell) {
        if (typeof v === 'number' && v - v === 0) {
          x[e] = v === 0 ? 0 : v;
          continue;
        }
        rd = readNumber(v, ratio, lbl);
      } else if (typeof v === 'string') {
        if (v === lastText) rd = lastRead;
        else {
          let hit = seen!.get(v);
          if (hit === undefined) {
            hit = readCell(v);
            seen!.set(v, hit);
          }
          lastText = v;
          lastRead = rd = hit;
        }
      } else rd = readCell(v);
      if (typeof rd === 'number') x[e] = rd;
      else if (rd === null) {
        st[e] = BLANK;
        x[e] = blankX;
      } else {
        st[e] = ERROR;
        (err ??= new Map()).set(e, rd);
      }
    }
  }
  return { x, st, err, missing: typeof whenBlank === 'number' ? null : whenBlank };
}

/** The read columns of one element, population or items argument (an omitted items argument: none). */
function readArgument(p: ParamDef, a: HostArg, s: Shape | null, items: number, scratch: Scratch): Column[] {
  if (!s) return [];
  if (p.shape !== 'items') {
    const single = isSingle(s);
    const cells = readCells(p, a, s, single ? 1 : s.rows, single ? 1 : s.cols, scratch);
    return [{ p, single, ...cells, stride: single ? 0 : 1, off: 0 }];
  }
  // each row is one element's k items, read in one pass over the rows
  const single = s.rows === 1;
  const cells = readCells(p, a, s, s.rows, items, scratch);
  const out: Column[] = [];
  for (let j = 0; j < items; j++) out.push({ p, single, ...cells, stride: single ? 0 : items, off: j });
  return out;
}

/** A column's numbers one per element (a copy for an item of an `items` argument). */
function elementNumbers(c: Column, n: number): Float64Array {
  if (c.stride <= 1) return c.x;
  const x = new Float64Array(n);
  for (let e = 0, i = c.off; e < n; e++, i += c.stride) x[e] = c.x[i];
  return x;
}

/** A setting's single cell: a 1×1 range unwraps; any larger range is `#VALUE!`. */
function settingCell(v: HostArg, p: ParamDef): unknown | SheetError {
  if (!Array.isArray(v)) return v;
  const s = shapeOf(v, label(p));
  if (s instanceof SheetError) return s;
  if (!isSingle(s)) return new SheetError('#VALUE!', msg('settingRange', { arg: label(p) }));
  return firstCell(v);
}

/** A number setting: blank → its default; an error → that error; other text → `#VALUE!`; then its check. */
function readNumberSetting(v: HostArg, p: ParamDef, ctx: ReadContext): number | SheetError {
  const cell = settingCell(v, p);
  if (cell instanceof SheetError) return cell;
  const ratio = typeof p.ratio === 'function' ? p.ratio(ctx) : !!p.ratio;
  const rd = readNumber(cell, ratio, label(p));
  if (rd instanceof SheetError) return rd;
  const x = rd === null ? (typeof p.default === 'function' ? p.default(ctx) : (p.default as number)) : rd;
  const e = p.check ? domainError(p.check, x, p, ctx.settings) : null;
  return e ?? x;
}

/** A word setting matched against its words (case-, width- and space-insensitive). */
function readWordSetting(v: HostArg, p: ParamDef): string | SheetError {
  const cell = settingCell(v, p);
  if (cell instanceof SheetError) return cell;
  if (isBlank(cell)) return p.default as string;
  const err = asHostError(cell);
  if (err) return err;
  const hit = typeof cell === 'string' ? lookupWord(p.words!, textKey(cell)) : undefined;
  return hit ?? new SheetError('#VALUE!', msg(p.unknownWord ?? 'notAValue', { value: quote(cell), arg: label(p) }));
}

/**
 * Settings are read words first, then numbers, then matrices (each in argument order): a word (method,
 * format, channel) decides how the others read — TIER's cuts are ratios or points by method.
 */
const SETTING_ORDER: ParamDef['type'][] = ['text', 'number', 'matrix'];

function readSettings(params: ParamDef[], args: HostArg[], ctx: ReadContext): Settings | SheetError {
  for (const type of SETTING_ORDER) {
    for (let i = 0; i < params.length; i++) {
      const p = params[i];
      if (p.kind !== 'setting' || p.type !== type) continue;
      const v = type === 'text' ? readWordSetting(args[i], p) : type === 'number' ? readNumberSetting(args[i], p, ctx) : p.readSetting!(args[i], ctx);
      if (v instanceof SheetError) return v;
      ctx.settings[p.name] = v;
    }
  }
  return ctx.settings;
}

// ---- phase 4: domain ---------------------------------------------------------------------------

function domainError(check: DomainCheck, x: number, p: ParamDef, s: Settings): SheetError | null {
  if (check === 'nonNegative') return x < 0 ? new SheetError('#NUM!', msg('negative', { arg: label(p), value: x })) : null;
  if (check === 'positive') return x <= 0 ? new SheetError('#NUM!', msg('notPositive', { arg: label(p), value: x })) : null;
  if (x !== x) return null; // a skipped blank
  if (typeof check === 'object') return x < check.min || x > check.max ? new SheetError('#NUM!', msg(check.message, { value: x })) : null;
  const m = check(x, s);
  return m ? new SheetError('#NUM!', m) : null;
}

// ---- phase 3: the blank rule, then the reading errors ----------------------------------------------

/** Which elements are blank (""): every deciding argument blank (spec, "Blank elements"). */
function blankPhase(def: FunctionDef, columns: Column[], state: Uint8Array, n: number): void {
  // a function of item lists only (SCORECARD) has its required items decide: a row is blank when every item is
  const withoutItems = columns.filter((c) => !c.p.optional && c.p.shape !== 'items');
  const required = withoutItems.length || def.params.some((p) => p.kind !== 'setting' && p.shape !== 'items') ? withoutItems : columns.filter((c) => !c.p.optional);
  let deciders = required;
  if (def.blankRule !== 'all') {
    const ranges = required.filter((c) => !c.single);
    if (ranges.length) deciders = ranges;
  }
  if (!deciders.length || !deciders.filter((c) => c.single).every((c) => c.st[c.off] === BLANK)) return;
  const ranges = deciders.filter((c) => !c.single);
  if (ranges.length === 0) {
    state.fill(BLANK_RESULT);
    return;
  }
  for (let e = 0; e < n; e++) {
    let blank = 1;
    for (let d = 0; d < ranges.length; d++) {
      const c = ranges[d];
      if (c.st[e * c.stride + c.off] !== BLANK) {
        blank = 0;
        break;
      }
    }
    if (blank) state[e] = BLANK_RESULT;
  }
}

/** The elements' errors, in argument order: the first one an element meets wins. */
class Failures {
  readonly errors = new Map<number, SheetError>();
  constructor(readonly state: Uint8Array) {}
  fail(e: number, err: SheetError): void {
    this.state[e] = ERROR_RESULT;
    this.errors.set(e, err);
  }
  /** fail every pending element with the same error (a single argument's) */
  failAll(err: SheetError): void {
    const state = this.state;
    for (let e = 0; e < state.length; e++) if (state[e] === PENDING) this.fail(e, err);
  }
}

/** Reading errors and missing values, in argument order. */
function readErrorPhase(columns: Column[], f: Failures, n: number): void {
  const state = f.state;
  for (const c of columns) {
    if (!c.err && !c.missing) continue;
    const { st, stride, off } = c;
    if (c.single) {
      const e0 = st[off] === ERROR ? c.err!.get(off)! : st[off] === BLANK ? c.missing : null;
      if (e0) f.failAll(e0);
      continue;
    }
    for (let e = 0, i = off; e < n; e++, i += stride) {
      if (state[e] !== PENDING || st[i] === NUMBER) continue;
      if (st[i] === ERROR) f.fail(e, c.err!.get(i)!);
      else if (c.missing) f.fail(e, c.missing);
    }
  }
}

// ---- phase 4: domain checks on the elements, in argument order ----------------------------------------

function domainPhase(columns: Column[], settings: Settings, f: Failures, n: number): void {
  const state = f.state;
  for (const c of columns) {
    const check = c.p.check;
    if (!check) continue;
    const { x, stride, off, p } = c;
    if (c.single) {
      const e0 = domainError(check, x[off], p, settings);
      if (e0) f.failAll(e0);
      continue;
    }
    // the usual checks without a call per element
    if (check === 'nonNegative') {
      for (let e = 0, i = off; e < n; e++, i += stride) if (x[i] < 0 && state[e] === PENDING) f.fail(e, domainError(check, x[i], p, settings)!);
    } else if (check === 'positive') {
      for (let e = 0, i = off; e < n; e++, i += stride) if (x[i] <= 0 && state[e] === PENDING) f.fail(e, domainError(check, x[i], p, settings)!);
    } else if (typeof check === 'object') {
      const { min, max } = check;
      for (let e = 0, i = off; e < n; e++, i += stride) if ((x[i] < min || x[i] > max) && state[e] === PENDING) f.fail(e, domainError(check, x[i], p, settings)!);
    } else {
      for (let e = 0, i = off; e < n; e++, i += stride) {
        if (state[e] !== PENDING || x[i] !== x[i]) continue; // NaN: a skipped blank
        const err = domainError(check, x[i], p, settings);
        if (err) f.fail(e, err);
      }
    }
  }
}

// ---- phase 5: compute ---------------------------------------------------------------------------

/** The result of the elements still pending, laid out as `out` (× width result columns per element). */
function computePhase(def: FunctionDef, columns: Column[], settings: Settings, f: Failures, out: Shape): FunctionResult {
  const n = out.rows * out.cols;
  const { state, errors } = f;
  const callState = def.prepare ? def.prepare(settings) : settings;
  const width = def.width ? def.width(settings) : 1;
  if ('population' in def.compute) {
    const graded: number[] = [];
    for (let e = 0; e < n; e++) if (state[e] === PENDING) graded.push(e);
    const res: ResultScalar[] = new Array(n).fill('');
    def.compute.population(
      columns.map((c) => elementNumbers(c, n)),
      graded,
      callState,
      res,
    );
    for (const [e, err] of errors) res[e] = err;
    if (out.scalar) return res[0];
    const rows: ResultScalar[][] = new Array(out.rows);
    for (let r = 0; r < out.rows; r++) rows[r] = res.slice(r * out.cols, (r + 1) * out.cols);
    return rows;
  }
  const element = def.compute.element;
  const k = columns.length;
  const xs = columns.map((c) => c.x);
  const stride = new Int32Array(columns.map((c) => c.stride));
  const off = new Int32Array(columns.map((c) => c.off));
  const v: number[] = new Array(k).fill(0.5);
  const one = (e: number, j: number): ResultScalar => {
    const s = state[e];
    if (s === BLANK_RESULT) return '';
    if (s === ERROR_RESULT) return errors.get(e)!;
    for (let i = 0; i < k; i++) v[i] = xs[i][e * stride[i] + off[i]];
    const res = element(v, callState, j);
    // a result too large for a number is #NUM!, as in the hosts
    return typeof res === 'number' && !(res - res === 0) ? new SheetError('#NUM!', msg('overflow')) : res;
  };
  if (out.scalar && width === 1) return one(0, 0);
  const rows: ResultScalar[][] = new Array(out.rows);
  if (out.cols === 1 && width === 1) {
    // the usual call: one column in, one column out
    for (let r = 0; r < out.rows; r++) rows[r] = [one(r, 0)];
    return rows;
  }
  const cw = out.cols * width;
  for (let r = 0; r < out.rows; r++) {
    const row: ResultScalar[] = new Array(cw);
    for (let c = 0; c < out.cols; c++) {
      const e = r * out.cols + c;
      for (let j = 0; j < width; j++) row[c * width + j] = one(e, j);
    }
    rows[r] = row;
  }
  return rows;
}

// ---- the run -----------------------------------------------------------------------------------

/** Run a function on host arguments. Never throws on user data: every problem is a SheetError. */
export function runFunction(def: FunctionDef, args: HostArg[]): FunctionResult {
  const scratch = new Scratch();
  try {
    return run(def, args, scratch);
  } finally {
    // the read columns live in pooled arrays: nothing of them is left in the result
    scratch.release();
  }
}

function run(def: FunctionDef, args: HostArg[], scratch: Scratch): FunctionResult {
  const params = def.params;

  // 1. shapes: each argument's, the common element shape, items per element
  const shapes = shapesPhase(params, args);
  if (shapes instanceof SheetError) return shapes;
  const { out } = shapes;
  const n = out.rows * out.cols;

  // 2. read: element and population columns, then the settings (whole-result errors)
  const columns: Column[] = [];
  const byName = new Map<string, Column[]>();
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p.kind === 'setting') continue;
    const cols = readArgument(p, args[i], shapes.of[i], shapes.items[i], scratch);
    columns.push(...cols);
    byName.set(p.name, cols);
  }
  const ctx: ReadContext = {
    settings: {},
    items: (name) => byName.get(name)?.length ?? 0,
    column: (name) => {
      const c = byName.get(name)![0];
      return { x: elementNumbers(c, n), ok: (i) => c.st[i * c.stride + c.off] === NUMBER };
    },
  };
  const settings = readSettings(params, args, ctx);
  if (settings instanceof SheetError) return settings;
  const whole = def.checkSettings ? def.checkSettings(settings, out) : null;
  if (whole) return whole;

  // 3. the blank rule, then reading errors and missing values
  const failures = new Failures(scratch.u8(n));
  blankPhase(def, columns, failures.state, n);
  readErrorPhase(columns, failures, n);

  // 4. domain checks
  domainPhase(columns, settings, failures, n);

  // 5. compute
  return computePhase(def, columns, settings, failures, out);
}

/** A function from its declaration: `run` is the runner over its metadata. */
export function defineFunction(spec: Omit<FunctionDef, 'run'>): FunctionDef {
  const def = spec as FunctionDef;
  def.run = (args) => runFunction(def, args);
  return def;
}

export { shapeText };
