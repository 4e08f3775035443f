// Text a host would parse on write (=…, +86…, 00123, 1,234, 2026-11-23) gets a leading apostrophe: it is shown as typed.

/** Would Excel or Sheets turn this text into a formula, a number, a date or a boolean? */
export function wouldParse(s: string): boolean {
  if (s === '') return false;
  if (/^[=+\-@']/.test(s)) return true;
  const t = s.trim();
  if (/^[(\d.,$¥￥€%\s-]+[)%]?$/.test(t) && /\d/.test(t)) return true;
  if (/^\d{1,4}[-/.年]\d{1,2}([-/.月]\d{1,4}日?)?/.test(t)) return true;
  if (/^\d{1,2}:\d{2}/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(t)) return true;
  return false;
}

/** The value to write so the cell holds exactly the text `s`. */
export function asTypedText(s: string): string {
  return wouldParse(s) ? `'${s}` : s;
}
