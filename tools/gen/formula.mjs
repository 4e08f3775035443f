// Renders a registry example as a formula (array constants for ranges) and its result as text, for docs and help.

/** One argument as a formula literal: numbers, "text", {a,b;c,d} for ranges, nothing for omitted. */
export function literal(v) {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return '{' + v.map((row) => row.map(literal).join(',')).join(';') + '}';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return '"' + String(v).replace(/"/g, '""') + '"';
}

export function exampleFormula(name, args, prefix = '') {
  const parts = args.map(literal);
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return `=${prefix}${name}(${parts.join(', ')})`;
}

function cellText(c) {
  if (c && typeof c === 'object') return c.error;
  if (c === '') return '(blank)';
  return String(c);
}

export function resultText(r) {
  if (Array.isArray(r)) return r.map((row) => row.map(cellText).join(' ')).join(', ');
  return cellText(r);
}
