// The one runner of every function, from parameter metadata, in named phases: shapes → read → blank rule → domain → compute.
import type { Bilingual } from '../i18n/lang';
import { msg } from '../i18n/messages';
import { asHostError, SheetError } from '../values/errors';
import { isBlank, quote, readNumber, textKey } from '../values/read';
import { commonShape, isSingle, SCALAR_SHAPE, shapeOf, shapeText, type Shape } from '../values/shape';
import type { FunctionResult, HostArg, ResultScalar } from '../values/types';
import { lookupWord } from '../values/words';
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

/** One read column: an element or population argument (or one item of an `items` argument). */
interface Column {
  p: ParamDef;
  /** a single value (or 1×1 range), broadcast to every element */
  single: boolean;
  /** read numbers; a blank cell holds what a blank means inside a non-blank element (NaN: skipped) */
  x: Float64Array;
  st: Uint8Array;
  /** the error of each ERROR cell */
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
 * Read one element column (rows × cols cells of `a`, a scalar, a 1-D or a 2-D array; `item` picks one
 * column of an items argument): plain numbers on a fast path, everything else through the spec's rules.
 */
function readColumn(p: ParamDef, a: HostArg, s: Shape, rows: number, cols: number, item: number): Column {
  const n = rows * cols;
  const x = new Float64Array(n);
  const st = new Uint8Array(n);
  let err: Map<number, SheetError> | null = null;
  const whenBlank = blankValue(p);
  const blankX = typeof whenBlank === 'number' ? whenBlank : 0;
  const ratio = p.ratio === true;
  const lbl = label(p);
  const grid = a as unknown[];
  const twoD = !s.scalar && Array.isArray(grid[0]);
  const col = item < 0 ? 0 : item;
  const readCell = p.readCell;
  if (readCell) {
    // words repeat (grades, tiers): each distinct text is read once per call, the last one without a lookup
    const seen = new Map<string, number | null | SheetError>();
    let lastText: string | null = null;
    let lastRead: number | null | SheetError = null;
    for (let r = 0; r < rows; r++) {
      const row = s.scalar ? a : grid[r];
      for (let c = 0; c < cols; c++) {
        const e = r * cols + c;
        const v = twoD ? (row as unknown[])[item < 0 ? c : col] : row;
        let rd: number | null | SheetError;
        if (typeof v === 'string') {
          if (v === lastText) rd = lastRead;
          else {
            let hit = seen.get(v);
            if (hit === undefined) {
              hit = readCell(v);
              seen.set(v, hit);
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
  } else {
    for (let r = 0; r < rows; r++) {
      const row = s.scalar ? a : grid[r];
      for (let c = 0; c < cols; c++) {
        const e = r * cols + c;
        const v = twoD ? (row as unknown[])[item < 0 ? c : col] : row;
        if (typeof v === 'number' && v - v === 0) {
          x[e] = v === 0 ? 0 : v;
          continue;
        }
        const rd = readNumber(v, ratio, lbl);
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
  }
  return { p, single: n === 1, x, st, err, missing: typeof whenBlank === 'number' ? null : whenBlank };
}

/** Read the k item columns of an items argument in one pass over its rows (each row is one element's items). */
function readItems(p: ParamDef, a: HostArg, s: Shape, k: number): Column[] {
  if (!p.readCell || s.scalar || !Array.isArray((a as unknown[])[0])) {
    const out: Column[] = [];
    for (let j = 0; j < k; j++) out.push(readColumn(p, a, s, s.rows, 1, j));
    return out;
  }
  const rows = s.rows;
  const readCell = p.readCell;
  const whenBlank = blankValue(p);
  const blankX = typeof whenBlank === 'number' ? whenBlank : 0;
  const missing = typeof whenBlank === 'number' ? null : whenBlank;
  const xs: Float64Array[] = [];
  const sts: Uint8Array[] = [];
  const errs: (Map<number, SheetError> | null)[] = [];
  for (let j = 0; j < k; j++) xs.push(new Float64Array(rows)), sts.push(new Uint8Array(rows)), errs.push(null);
  // words repeat (grades): each distinct text is read once per call, the last one without a lookup
  const seen = new Map<string, number | null | SheetError>();
  let lastText: string | null = null;
  let lastRead: number | null | SheetError = null;
  const grid = a as unknown[][];
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    for (let j = 0; j < k; j++) {
      const v = row[j];
      let rd: number | null | SheetError;
      if (typeof v === 'string') {
        if (v === lastText) rd = lastRead;
        else {
          let hit = seen.get(v);
          if (hit === undefined) {
            hit = readCell(v);
            seen.set(v, hit);
          }
          lastText = v;
          lastRead = rd = hit;
        }
      } else rd = readCell(v);
      if (typeof rd === 'number') xs[j][r] = rd;
      else if (rd === null) {
        sts[j][r] = BLANK;
        xs[j][r] = blankX;
      } else {
        sts[j][r] = ERROR;
        (errs[j] ??= new Map()).set(r, rd);
      }
    }
  }
  const out: Column[] = [];
  for (let j = 0; j < k; j++) out.push({ p, single: rows === 1, x: xs[j], st: sts[j], err: errs[j], missing });
  return out;
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

// ---- the run -----------------------------------------------------------------------------------

/** Run a function on host arguments. Never throws on user data: every problem is a SheetError. */
export function runFunction(def: FunctionDef, args: HostArg[]): FunctionResult {
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
    const s = shapes.of[i];
    const cols: Column[] = [];
    if (p.shape === 'items') {
      if (s) cols.push(...readItems(p, args[i], s, shapes.items[i]));
    } else {
      const single = isSingle(s!);
      cols.push(readColumn(p, args[i], s!, single ? 1 : s!.rows, single ? 1 : s!.cols, -1));
    }
    columns.push(...cols);
    byName.set(p.name, cols);
  }
  const ctx: ReadContext = {
    settings: {},
    items: (name) => byName.get(name)?.length ?? 0,
    column: (name) => {
      const c = byName.get(name)![0];
      return { x: c.x, ok: (i) => c.st[i] === NUMBER };
    },
  };
  const settings = readSettings(params, args, ctx);
  if (settings instanceof SheetError) return settings;
  const whole = def.checkSettings ? def.checkSettings(settings, out) : null;
  if (whole) return whole;

  // 3. the blank rule: which elements are blank ("")
  const state = new Uint8Array(n);
  // a function of item lists only (SCORECARD) has its required items decide: a row is blank when every item is
  const withoutItems = columns.filter((c) => !c.p.optional && c.p.shape !== 'items');
  const required = withoutItems.length || def.params.some((p) => p.kind !== 'setting' && p.shape !== 'items') ? withoutItems : columns.filter((c) => !c.p.optional);
  let deciders = required;
  if (def.blankRule !== 'all') {
    const ranges = required.filter((c) => !c.single);
    if (ranges.length) deciders = ranges;
  }
  const singleDeciders = deciders.filter((c) => c.single);
  const rangeDeciders = deciders.filter((c) => !c.single);
  if (deciders.length && singleDeciders.every((c) => c.st[0] === BLANK)) {
    if (rangeDeciders.length === 0) state.fill(BLANK_RESULT);
    else {
      for (let e = 0; e < n; e++) {
        let blank = 1;
        for (let d = 0; d < rangeDeciders.length; d++) {
          if (rangeDeciders[d].st[e] !== BLANK) {
            blank = 0;
            break;
          }
        }
        if (blank) state[e] = BLANK_RESULT;
      }
    }
  }

  // 3b. reading errors and missing values, in argument order (the first one of an element wins)
  const errors = new Map<number, SheetError>();
  const fail = (e: number, err: SheetError) => {
    state[e] = ERROR_RESULT;
    errors.set(e, err);
  };
  for (const c of columns) {
    if (!c.err && !c.missing) continue;
    if (c.single) {
      const e0 = c.st[0] === ERROR ? c.err!.get(0)! : c.st[0] === BLANK ? c.missing : null;
      if (e0) for (let e = 0; e < n; e++) if (state[e] === PENDING) fail(e, e0);
      continue;
    }
    const st = c.st;
    for (let e = 0; e < n; e++) {
      if (state[e] !== PENDING || st[e] === NUMBER) continue;
      if (st[e] === ERROR) fail(e, c.err!.get(e)!);
      else if (c.missing) fail(e, c.missing);
    }
  }

  // 4. domain checks, in argument order
  for (const c of columns) {
    const check = c.p.check;
    if (!check) continue;
    if (c.single) {
      const e0 = domainError(check, c.x[0], c.p, settings);
      if (e0) for (let e = 0; e < n; e++) if (state[e] === PENDING) fail(e, e0);
      continue;
    }
    const x = c.x;
    if (check === 'nonNegative') {
      for (let e = 0; e < n; e++) if (x[e] < 0 && state[e] === PENDING) fail(e, domainError(check, x[e], c.p, settings)!);
    } else if (check === 'positive') {
      for (let e = 0; e < n; e++) if (x[e] <= 0 && state[e] === PENDING) fail(e, domainError(check, x[e], c.p, settings)!);
    } else if (typeof check === 'object') {
      const { min, max } = check;
      for (let e = 0; e < n; e++) if ((x[e] < min || x[e] > max) && state[e] === PENDING) fail(e, domainError(check, x[e], c.p, settings)!);
    } else {
      for (let e = 0; e < n; e++) {
        if (state[e] !== PENDING || x[e] !== x[e]) continue; // NaN: a skipped blank
        const err = domainError(check, x[e], c.p, settings);
        if (err) fail(e, err);
      }
    }
  }

  // 5. compute
  const callState = def.prepare ? def.prepare(settings) : settings;
  const width = def.width ? def.width(settings) : 1;
  if ('population' in def.compute) {
    const graded: number[] = [];
    for (let e = 0; e < n; e++) if (state[e] === PENDING) graded.push(e);
    const res: ResultScalar[] = new Array(n).fill('');
    def.compute.population(
      columns.map((c) => c.x),
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
  const stride = new Int32Array(columns.map((c) => (c.single ? 0 : 1)));
  const v: number[] = new Array(k).fill(0.5);
  const one = (e: number, j: number): ResultScalar => {
    const s = state[e];
    if (s === BLANK_RESULT) return '';
    if (s === ERROR_RESULT) return errors.get(e)!;
    for (let i = 0; i < k; i++) v[i] = xs[i][e * stride[i]];
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

/** A function from its declaration: `run` is the runner over its metadata. */
export function defineFunction(spec: Omit<FunctionDef, 'run'>): FunctionDef {
  const def = spec as FunctionDef;
  def.run = (args) => runFunction(def, args);
  return def;
}

export { shapeText };
