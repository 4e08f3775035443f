// Generates the README's function reference (zh-CN and en-US) from the registry.
import { exampleFormula, resultText } from './formula.mjs';

export const BEGIN = '<!-- BEGIN GENERATED: function reference (tools/gen/readmeReference.mjs; run `npm run gen`) -->';
export const END = '<!-- END GENERATED: function reference -->';

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function one(d) {
  const sig = d.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  const lines = [
    `### ${d.name}(${sig}) — ${d.title['zh-CN']} / ${d.title['en-US']}`,
    '',
    d.description['zh-CN'],
    '',
    d.description['en-US'],
    '',
    '| parameter | 说明 | description |',
    '|---|---|---|',
    ...d.params.map((p) => `| \`${p.name}\`${p.optional ? ' (optional)' : ''} | ${cell(p.help['zh-CN'])} | ${cell(p.help['en-US'])} |`),
    '',
    '| example (Excel: prefix `DK.`) | result |',
    '|---|---|',
    ...d.examples.map((e) => `| \`${cell(exampleFormula(d.name, e.args))}\` | ${cell(resultText(e.result))} |`),
    '',
  ];
  return lines.join('\n');
}

export function readmeReference(registry) {
  const count = `${registry.length} functions, from the files in \`core/functions/\` / 共 ${registry.length} 个函数（来自 \`core/functions/\` 中的文件）：${registry.map((d) => d.name).join(', ')}.`;
  return [BEGIN, '', count, '', ...registry.map(one), END].join('\n');
}

/** Replace the generated section of a README text (or append it). */
export function spliceReference(readme, section) {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) return readme.trimEnd() + '\n\n' + section + '\n';
  return readme.slice(0, a) + section + readme.slice(b + END.length);
}
