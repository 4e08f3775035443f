// The one formatter of registry examples: an example as a formula (array constants for ranges) and its result as text.
import type { ExampleCell, ExampleResult } from './types';

/** One argument as a formula literal: numbers, TRUE/FALSE, "text", {a,b;c,d} for ranges, nothing for omitted. */
export function argLiteral(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return '{' + v.map((row) => (row as unknown[]).map(argLiteral).join(',')).join(';') + '}';
  if (typeof v === 'number') return String(v);
  // a spreadsheet's boolean literal, not the text "true"
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `"${String(v).replace(/"/g, '""')}"`;
}

/** `=PREFIXNAME(args…)` with trailing omitted optionals dropped; `prefix` is "DK." in Excel and "" in Sheets. */
export function exampleFormula(name: string, args: readonly unknown[], prefix = ''): string {
  const parts = args.map(argLiteral);
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return `=${prefix}${name}(${parts.join(', ')})`;
}

function cellText(c: ExampleCell): string {
  if (typeof c === 'object') return c.error;
  if (c === '') return '(blank)';
  return String(c);
}

/** A result as text: cells of a row by spaces, rows by commas. */
export function resultText(r: ExampleResult): string {
  return Array.isArray(r) ? r.map((row) => row.map(cellText).join(' ')).join(', ') : cellText(r);
}
