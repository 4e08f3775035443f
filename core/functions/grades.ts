// The evaluation grades of the 批发商评估表 and their points (优秀 100, 良好 80, 中等 60, 中下 40), and how a rating cell reads.
import type { Bilingual } from '../i18n/lang';
import { msg } from '../i18n/messages';
import { asHostError, SheetError } from '../values/errors';
import { isBlank, quote, readNumber, textKey } from '../values/read';
import { lookupWord, wordTable } from '../values/words';

/** Grade words (keys already case-, width- and space-normalised) → points. */
export const GRADE_POINTS: Readonly<Record<string, number>> = wordTable({
  优秀: 100, 优: 100, a: 100, excellent: 100,
  良好: 80, 良: 80, b: 80, good: 80,
  中等: 60, 中: 60, c: 60, fair: 60, average: 60,
  中下: 40, 较差: 40, 差: 40, d: 40, poor: 40,
});

/** The four grades offered in drop-downs, best first. */
export const GRADE_WORDS = ['优秀', '良好', '中等', '中下'] as const;

export function gradePoints(text: string): number | undefined {
  return lookupWord(GRADE_POINTS, textKey(text));
}

/**
 * One rating cell (DEALERSCORE's and SCORECARD's items) → points, null (blank: skipped) or an error: a grade word,
 * a number (text too), an error passed through; other text says which grades exist. Range 0–100 is the domain stage.
 */
export function readRating(v: unknown, arg: Bilingual): number | null | SheetError {
  if (isBlank(v)) return null;
  if (typeof v === 'string') {
    const err = asHostError(v);
    if (err) return err;
    const pts = gradePoints(v);
    if (pts !== undefined) return pts;
    const n = readNumber(v, false, arg);
    if (n instanceof SheetError && n.code === '#VALUE!') return new SheetError('#VALUE!', msg('gradeUnknown', { value: quote(v) }));
    return n;
  }
  return readNumber(v, false, arg);
}
