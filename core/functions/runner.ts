// The generic runner: reads, broadcasts, applies the blank rule and the error order once, from parameter metadata.
import type { Bilingual } from '../i18n/lang';
import { msg, type MessageKey } from '../i18n/messages';
import { asHostError, SheetError } from '../values/errors';
import { isBlank, quote, readNumber, textKey, type NumRead } from '../values/read';
import { cellAt, commonShape, isSingle, shapeOf, shapeText, type Shape } from '../values/shape';
import type { FunctionResult, HostArg, ResultScalar } from '../values/types';
import { lookupWord } from '../values/words';
import type { DomainCheck, ParamDef } from './types';

/** The name of a parameter in messages (both languages). */
export function label(p: ParamDef): Bilingual {
  return p.label;
}

function checkDomain(check: DomainCheck, x: number, p: ParamDef): SheetError | null {
  if (check === 'nonNegative') {
    if (x >= 0) return null;
    return x < 0 ? new SheetError('#NUM!', msg('negative', { arg: label(p), value: x })) : null;
  }
  if (check === 'positive') {
    if (x > 0) return null;
    return x <= 0 ? new SheetError('#NUM!', msg('notPositive', { arg: label(p), value: x })) : null;
  }
  const m = check(x);
  return m ? new SheetError('#NUM!', m) : null;
}

/** Shapes of all arguments, or the whole-result error of the first bad one. */
export function shapesOf(params: ParamDef[], args: HostArg[]): Shape[] | SheetError {
  const out: Shape[] = [];
  for (let i = 0; i < params.length; i++) {
    const s = shapeOf(args[i], label(params[i]));
    if (s instanceof SheetError) return s;
    out.push(s);
  }
  return out;
}

/**
 * Run an element-wise function: every parameter is a numeric element argument.
 * `compute` receives the read numbers (blanks replaced per metadata) and returns a number or an error.
 */
export function runElementwise(
  params: ParamDef[],
  args: HostArg[],
  compute: (v: number[]) => number | SheetError,
): FunctionResult {
  const n = params.length;
  const shapes = shapesOf(params, args);
  if (shapes instanceof SheetError) return shapes;
  const out = commonShape(shapes);
  if (out instanceof SheetError) return out;

  // The blank rule: required element arguments from ranges larger than 1×1 decide; else all required.
  let deciders: number[] = [];
  for (let i = 0; i < n; i++) if (!params[i].optional && !isSingle(shapes[i])) deciders.push(i);
  if (deciders.length === 0) deciders = params.map((p, i) => (p.optional ? -1 : i)).filter((i) => i >= 0);

  const labels = params.map(label);
  // single arguments are read once; ranges are indexed directly (1-D arrays become columns first)
  const singleRead: (NumRead | undefined)[] = new Array(n);
  const singleBlank: boolean[] = new Array(n);
  const grids: (unknown[][] | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    if (isSingle(shapes[i])) {
      const v = cellAt(args[i], shapes[i], 0, 0);
      singleBlank[i] = isBlank(v);
      singleRead[i] = readNumber(v, !!params[i].ratio, labels[i]);
    } else {
      const a = args[i] as unknown[];
      grids[i] = Array.isArray(a[0]) ? (a as unknown[][]) : a.map((x) => [x]);
    }
  }
  const ratio = params.map((p) => !!p.ratio);
  const vals = new Array<number>(n).fill(0);
  // Singles are read, blank-ruled and domain-checked once; the loop only visits range arguments.
  // Their errors keep their place in argument order: the first one stops every element whose
  // range arguments before it were fine.
  let singleReadErr: SheetError | null = null;
  let singleReadAt = n;
  let singleDomErr: SheetError | null = null;
  let singleDomAt = n;
  for (let i = 0; i < n; i++) {
    if (grids[i] !== null) continue;
    const p = params[i];
    const rd = singleRead[i]!;
    const v = rd === null ? (p.optional ? (p.default as number) : p.blank === 'missing' ? new SheetError('#N/A', missingMessage(p)) : 0) : rd;
    if (typeof v !== 'number') {
      if (i < singleReadAt) {
        singleReadAt = i;
        singleReadErr = v;
      }
      continue;
    }
    vals[i] = v === 0 ? 0 : v;
    const e = p.check ? checkDomain(p.check, vals[i], p) : null;
    if (e && i < singleDomAt) {
      singleDomAt = i;
      singleDomErr = e;
    }
  }
  const rangeIdx: number[] = [];
  for (let i = 0; i < n; i++) if (grids[i] !== null) rangeIdx.push(i);
  const rangeDeciders = deciders.filter((i) => grids[i] !== null);
  const singleDecidersBlank = deciders.every((i) => grids[i] !== null || singleBlank[i]);
  const checks = params.map((p) => p.check);

  const evalAt = (r: number, c: number): ResultScalar => {
    // (1) the blank rule
    if (singleDecidersBlank) {
      let allBlank = true;
      for (let d = 0; d < rangeDeciders.length; d++) {
        if (!isBlank(grids[rangeDeciders[d]]![r][c])) {
          allBlank = false;
          break;
        }
      }
      if (allBlank) return '';
    }
    // (2) passed-through and reading errors, in argument order
    for (let k = 0; k < rangeIdx.length; k++) {
      const i = rangeIdx[k];
      if (i > singleReadAt) return singleReadErr!;
      const v = grids[i]![r][c];
      const rd = typeof v === 'number' && v === v && v - v === 0 ? v : readNumber(v, ratio[i], labels[i]);
      if (rd === null) {
        const p = params[i];
        if (p.optional) vals[i] = p.default as number;
        else if (p.blank === 'missing') return new SheetError('#N/A', missingMessage(p));
        else vals[i] = 0;
      } else if (typeof rd === 'number') vals[i] = rd === 0 ? 0 : rd;
      else return rd;
    }
    if (singleReadErr) return singleReadErr;
    // (3) domain checks, in argument order
    for (let k = 0; k < rangeIdx.length; k++) {
      const i = rangeIdx[k];
      if (i > singleDomAt) return singleDomErr!;
      const check = checks[i];
      if (check) {
        const e = checkDomain(check, vals[i], params[i]);
        if (e) return e;
      }
    }
    if (singleDomErr) return singleDomErr;
    // (4) computing: a result too large for a number is #NUM!, as in the hosts
    const res = compute(vals);
    return typeof res === 'number' && !(res - res === 0) ? new SheetError('#NUM!', msg('overflow')) : res;
  };

  if (out.scalar) return evalAt(0, 0);
  const result: ResultScalar[][] = new Array(out.rows);
  for (let r = 0; r < out.rows; r++) {
    const row: ResultScalar[] = new Array(out.cols);
    for (let c = 0; c < out.cols; c++) row[c] = evalAt(r, c);
    result[r] = row;
  }
  return result;
}

function missingMessage(p: ParamDef): Bilingual {
  return p.name === 'current_stock' ? msg('currentStockMissing') : msg('notAValue', { arg: label(p) });
}

/** A setting's single cell: a 1×1 range unwraps; any larger range is `#VALUE!`. */
export function settingCell(v: HostArg, p: ParamDef): unknown | SheetError {
  if (!Array.isArray(v)) return v;
  const s = shapeOf(v, label(p));
  if (s instanceof SheetError) return s;
  if (!isSingle(s)) return new SheetError('#VALUE!', msg('settingRange', { arg: label(p) }));
  return cellAt(v, s, 0, 0);
}

/** A numeric setting: blank → `dflt`; an error → that error; text that is not a number → `#VALUE!`. */
export function readSettingNumber(v: HostArg, p: ParamDef, ratio: boolean, dflt: number): number | SheetError {
  const cell = settingCell(v, p);
  if (cell instanceof SheetError) return cell;
  const rd = readNumber(cell, ratio, label(p));
  return rd === null ? dflt : rd;
}

/** A word setting matched against an alias table (case-, width- and space-insensitive). */
export function readSettingWord<T extends string>(
  v: HostArg,
  p: ParamDef,
  aliases: Readonly<Record<string, T>>,
  dflt: T,
  unknown: MessageKey,
): T | SheetError {
  const cell = settingCell(v, p);
  if (cell instanceof SheetError) return cell;
  if (isBlank(cell)) return dflt;
  const err = asHostError(cell);
  if (err) return err;
  const key = typeof cell === 'string' ? textKey(cell) : '';
  const hit = lookupWord(aliases, key);
  return hit ?? new SheetError('#VALUE!', msg(unknown, { value: quote(cell) }));
}

export { shapeText };
