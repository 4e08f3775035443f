// The evaluation grades of the 批发商评估表 and their points (优秀 100, 良好 80, 中等 60, 中下 40).
import { textKey } from '../values/read';
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
