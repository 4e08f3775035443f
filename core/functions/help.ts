// The function help the pane and sidebar show, from the registry (JSON-safe; examples as formulas with array constants).
import type { Lang } from '../i18n/lang';
import { registry } from './index';
import type { ExampleCell, ExampleResult } from './types';

export interface FunctionHelp {
  name: string;
  title: string;
  description: string;
  signature: string;
  params: { name: string; help: string; optional: boolean }[];
  examples: { formula: string; result: string }[];
}

function literal(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return '{' + v.map((row) => (row as unknown[]).map(literal).join(',')).join(';') + '}';
  if (typeof v === 'number') return String(v);
  return `"${String(v).replace(/"/g, '""')}"`;
}

const cellText = (c: ExampleCell) => (typeof c === 'object' ? c.error : c === '' ? '(blank)' : String(c));
function resultText(r: ExampleResult): string {
  return Array.isArray(r) ? r.map((row) => row.map(cellText).join(' ')).join(', ') : cellText(r);
}

/** `prefix` is "DK." in Excel and "" in Sheets. */
export function functionHelp(lang: Lang, prefix = ''): FunctionHelp[] {
  return registry.map((d) => ({
    name: prefix + d.name,
    title: d.title[lang],
    description: d.description[lang],
    signature: `${prefix}${d.name}(${d.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`,
    params: d.params.map((p) => ({ name: p.name, help: p.help[lang], optional: !!p.optional })),
    examples: d.examples.map((e) => {
      const args = e.args.map(literal);
      while (args.length && args[args.length - 1] === '') args.pop();
      return { formula: `=${prefix}${d.name}(${args.join(', ')})`, result: resultText(e.result) };
    }),
  }));
}
