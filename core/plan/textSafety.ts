// Text written to a host cell gets a leading apostrophe, so no locale's parser turns it into a formula, number, date or boolean.

/**
 * Would Excel or Sheets (some locale of them) turn this text into a formula, a number, a date or a boolean?
 * Kept for reports and the bench; the appliers no longer rely on it (see asTypedText).
 */
export function wouldParse(s: string): boolean {
  if (s === '') return false;
  if (/^[=＝+\-@']/.test(s)) return true;
  const t = s.trim();
  if (/^[(\d.,$¥￥€%\s-]+[)%]?$/.test(t) && /\d/.test(t)) return true;
  if (/^\d{1,4}[-/.年]\d{1,2}([-/.月]\d{1,4}日?)?/.test(t)) return true;
  if (/^\d{1,2}:\d{2}/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(t)) return true;
  if (/^\d+ \d+\/\d+$/.test(t)) return true;
  // month names: "Jan 5", "5-Jan", "May 2026", "Mar-26"
  if (/(^|[\s\-/.,])(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?([\s\-/.,]|$)/i.test(t) && /\d/.test(t)) return true;
  return false;
}

/**
 * The value to write so the cell holds exactly the text `s`: every non-empty text gets the hidden apostrophe.
 * Why every text and not only those wouldParse flags: both hosts parse a written string as if typed, by the
 * workbook's locale (Excel: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values ,
 * "values … will be interpreted"; Sheets: https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
 * parses like the UI, https://support.google.com/docs/answer/3094284 on ' keeping text), and no list of patterns
 * covers every locale's dates ("Jan 5", "5-Jan", "Mar-26", "5月1日") and numbers ("1 1/2", "1E5", "00123").
 * A leading apostrophe is the typed-text marker in both: it is not part of the value read back, and unlike a
 * text number format it does not depend on the order of format and value writes in a batch.
 */
export function asTypedText(s: string): string {
  return s === '' ? s : `'${s}`;
}
