// The function help the pane and sidebar show, from the registry (JSON-safe; examples as formulas with array constants).
import type { Lang } from '../i18n/lang';
import { registry } from './index';
import { exampleFormula, resultText } from './exampleText';

export interface FunctionHelp {
  name: string;
  title: string;
  description: string;
  signature: string;
  params: { name: string; help: string; optional: boolean }[];
  examples: { formula: string; result: string }[];
}

/** `prefix` is "DK." in Excel and "" in Sheets. */
export function functionHelp(lang: Lang, prefix = ''): FunctionHelp[] {
  return registry.map((d) => ({
    name: prefix + d.name,
    title: d.title[lang],
    description: d.description[lang],
    signature: `${prefix}${d.name}(${d.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`,
    params: d.params.map((p) => ({ name: p.name, help: p.help[lang], optional: !!p.optional })),
    examples: d.examples.map((e) => ({ formula: exampleFormula(d.name, e.args, prefix), result: resultText(e.result) })),
  }));
}
