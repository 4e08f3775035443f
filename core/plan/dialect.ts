// Plan formulas name DealerKit functions bare (=TIER(…)); Excel needs its namespace (=DK.TIER(…)), Sheets takes them as they are.
import { registry } from '../functions/index';

export type Dialect = 'excel' | 'sheets';
export const EXCEL_NAMESPACE = 'DK';

const NAMES: ReadonlySet<string> = new Set(registry.map((d) => d.name));
const ANY_NAME = new RegExp(registry.map((d) => d.name).join('|'), 'i');

/**
 * Rewrites DealerKit function calls outside string literals. A name counts only as a whole word
 * followed by "(" and not preceded by a letter, digit, "_", "." or "$" (so MYTIER( and X.TIER( stay).
 */
export function toDialect(formula: string, dialect: Dialect): string {
  if (dialect === 'sheets' || !ANY_NAME.test(formula)) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      // copy a string literal ("" is an escaped quote)
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch) && (i === 0 || !/[A-Za-z0-9_.$]/.test(formula[i - 1]))) {
      let j = i;
      while (j < n && /[A-Za-z0-9_.]/.test(formula[j])) j++;
      const word = formula.slice(i, j);
      out += formula[j] === '(' && NAMES.has(word.toUpperCase()) ? `${EXCEL_NAMESPACE}.${word}` : word;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
