// How Excel and Sheets read a typed/written string: formulas, numbers, booleans and dates are parsed; a leading ' keeps text.
export type Parsed = { formula: string } | { value: unknown };

export function parseLikeHost(s: string): Parsed {
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=')) return { formula: s };
  const t = s.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/.test(t)) {
    const n = Number(t.replace(/[,%]/g, ''));
    return { value: t.endsWith('%') ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(t)) return { value: /^true$/i.test(t) };
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return { value: new Date(t) };
  // +SUM(A1), -2+3: typed as a formula
  if (/^[+-]/.test(t) && /[\d(A-Za-z]/.test(t.slice(1, 2))) return { formula: `=${t}` };
  return { value: s };
}
