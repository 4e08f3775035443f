// How Excel and Sheets read a written string (as if typed, en-US/zh-CN locales): formulas, numbers, fractions, booleans, dates and
// month-name dates are parsed; a leading ' keeps the rest as text. Both fakes use this, so a text the appliers leave unprotected changes.
// Sources: typing rules of Excel (https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8 —
// "5-Jan", "1/2", leading apostrophe), Sheets (https://support.google.com/docs/answer/58515 — dates by locale) and Office.js writes
// (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values — values are read as entered).
export type Parsed = { formula: string } | { value: unknown };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase());
/** the fake's "this year" for dates typed without one (Excel and Sheets take the current year) */
const THIS_YEAR = 2026;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

/** A date the hosts' en-US/zh-CN parsers accept, or null. */
function parseDate(t: string): Date | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t))) return utc(+m[1], +m[2] - 1, +m[3]);
  if ((m = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(t))) return utc(+m[1], +m[2] - 1, +m[3]);
  if ((m = /^(\d{1,2})月(\d{1,2})日$/.exec(t))) return utc(THIS_YEAR, +m[1] - 1, +m[2]);
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(t))) return utc(+m[3] < 100 ? 2000 + +m[3] : +m[3], +m[1] - 1, +m[2]);
  if ((m = /^(\d{1,2})\/(\d{1,2})$/.exec(t)) && +m[1] <= 12 && +m[2] <= 31) return utc(THIS_YEAR, +m[1] - 1, +m[2]);
  // "Jan 5", "January 5, 2026"
  if ((m = /^([A-Za-z]{3,9})\.?[\s-](\d{1,2})(?:,?\s+(\d{4}))?$/.exec(t)) && month(m[1]) >= 0) return utc(m[3] ? +m[3] : THIS_YEAR, month(m[1]), +m[2]);
  // "5-Jan", "5 Jan 2026"
  if ((m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?(?:[\s-](\d{2,4}))?$/.exec(t)) && month(m[2]) >= 0) return utc(m[3] ? (+m[3] < 100 ? 2000 + +m[3] : +m[3]) : THIS_YEAR, month(m[2]), +m[1]);
  // "May 2026", "Mar-26": the first of the month
  if ((m = /^([A-Za-z]{3,9})\.?[\s-](\d{2}|\d{4})$/.exec(t)) && month(m[1]) >= 0) return utc(m[2].length === 2 ? 2000 + +m[2] : +m[2], month(m[1]), 1);
  return null;
}

export function parseLikeHost(s: string): Parsed {
  if (s.startsWith("'")) return { value: s.slice(1) };
  // East Asian input: a full-width ＝ starts a formula as = does
  if (s.startsWith('=') || s.startsWith('＝')) return { formula: `=${s.slice(1)}` };
  const t = s.trim();
  let m: RegExpExecArray | null;
  if ((m = /^([+-])?[$¥￥€]?((\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+)([eE][+-]?\d+)?(%)?$/.exec(t))) {
    const n = Number(t.replace(/[,%$¥￥€]/g, ''));
    return { value: m[7] ? n / 100 : n };
  }
  // "1 1/2": a mixed fraction
  if ((m = /^(\d+) (\d+)\/(\d+)$/.exec(t)) && +m[3] > 0) return { value: +m[1] + +m[2] / +m[3] };
  if (/^(true|false)$/i.test(t)) return { value: /^true$/i.test(t) };
  if ((m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t))) return { value: (+m[1] * 3600 + +m[2] * 60 + +(m[3] ?? 0)) / 86400 };
  const d = parseDate(t);
  if (d) return { value: d };
  // +SUM(A1), -2+3, @cmd: typed as a formula
  if (/^[+\-@]/.test(t) && /[\d(A-Za-z]/.test(t.slice(1, 2))) return { formula: `=${t.replace(/^@/, '')}` };
  return { value: s };
}

/** Texts that a host would change if written bare (each is parsed into something else by parseLikeHost). */
export const HOST_PARSED_TEXT = [
  '=1+1', '+SUM(A1)', '-2+3', '@cmd', '00123', '+8613800000000', "'quoted", '2026-11-23', '1,234',
  'Jan 5', '5-Jan', 'May 2026', 'Mar-26', '1 1/2', '1E5', '110101199003077777', 'TRUE', '＝1+1', '5月1日', '12:30', '50%',
];
