// Parameter shapes templates share: a lookup column (a value per row label, read by VLOOKUP) and the words a decision column writes.
import type { Bilingual } from '../i18n/lang';
import type { ParamSpec } from './templateSpec';

/** A one-column lookup table: a value for each row label (grade → points, intent level → days), editable on the sheet. */
export function lookupParam(id: string, label: Bilingual, column: Bilingual, rows: readonly (readonly [string, number])[], note?: Bilingual): ParamSpec {
  return {
    id,
    label,
    value: rows.map(([, v]) => [v]),
    rowLabels: rows.map(([l]) => l),
    colLabels: [column],
    ...(note ? { note } : {}),
  };
}

/**
 * The words a decision column writes (保留 / 观察 / 准备替换), each an editable text parameter labelled
 * "<what>: <which>", so a team can use its own words and the formulas follow.
 */
export function outcomeWordParams(what: Bilingual, words: readonly { id: string; which: Bilingual; word: string }[]): ParamSpec[] {
  return words.map(({ id, which, word }) => ({
    id,
    label: { 'zh-CN': `${what['zh-CN']}：${which['zh-CN']}`, 'en-US': `${what['en-US']}: ${which['en-US']}` },
    value: word,
  }));
}
