// Reading a weights argument (a row, a column, one value or omitted) into n non-negative numbers; shared by the scorecards.
import { msg } from '../i18n/messages';
import type { Bilingual } from '../i18n/lang';
import { SheetError } from '../values/errors';
import { isBlank, readNumber } from '../values/read';
import { cellAt, isSingle, shapeOf } from '../values/shape';
import type { HostArg } from '../values/types';

/**
 * n weights from a row, a column or one value; omitted means all 1 and a blank weight counts as 1. A wrong count is
 * `lengthError(got)`, any other shape or a negative weight a whole-result error.
 */
export function readWeightList(v: HostArg, n: number, argLabel: Bilingual, lengthError: (got: number) => SheetError): number[] | SheetError {
  if (v === null || v === undefined || v === '') return new Array(n).fill(1);
  const s = shapeOf(v, argLabel);
  if (s instanceof SheetError) return s;
  let cells: unknown[];
  if (isSingle(s)) {
    const one = cellAt(v, s, 0, 0);
    cells = new Array(n).fill(isBlank(one) ? 1 : one);
  } else if (s.rows === 1 || s.cols === 1) {
    const len = s.rows * s.cols;
    if (len !== n) return lengthError(len);
    cells = [];
    for (let i = 0; i < len; i++) cells.push(cellAt(v, s, s.rows === 1 ? 0 : i, s.rows === 1 ? i : 0));
  } else return new SheetError('#VALUE!', msg('weightsShape'));
  const out: number[] = [];
  for (const c of cells) {
    const x = readNumber(c, false, argLabel);
    if (x instanceof SheetError) return x;
    out.push(x === null ? 1 : x);
  }
  for (const w of out) if (w < 0) return new SheetError('#NUM!', msg('negative', { arg: argLabel, value: w }));
  return out;
}
