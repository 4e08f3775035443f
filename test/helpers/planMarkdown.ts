// A readable Markdown snapshot of a plan: header, first rows (values and formulas), totals, parameters, formats, rules, charts.
import { colLetter, rangeA1 } from '../../core/plan/a1';
import { toDialect } from '../../core/plan/dialect';
import type { SheetPlan } from '../../core/plan/types';
import { FIRST_DATA_ROW, HEADER_ROW } from '../../core/plan/tableLayout';
import { key, planGrid, shown, type PlanCell } from './planGrid';

const esc = (s: unknown) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ⏎ ');

function show(c: PlanCell | undefined): string {
  if (!c) return '';
  if (c.formula) return `\`${esc(c.formula)}\` → ${esc(shown(c))}`;
  if (c.spillOf) return `↓ ${esc(shown(c))}`;
  return esc(c.value);
}

export function planMarkdown(plan: SheetPlan, firstRows = 5): string {
  const g = planGrid(plan);
  const cols = plan.extent.cols;
  const lines: string[] = [];
  lines.push(`# ${plan.templateId} (${plan.lang}) — sheet "${plan.name}"`, '');
  lines.push(`- extent: ${plan.extent.rows} rows × ${cols} columns; data rows: ${plan.dataRows}; frozen rows: ${plan.frozenRows}; formulas: ${plan.formulas}`);
  const pr = plan.print;
  lines.push(`- print: ${pr.paper} ${pr.landscape ? 'landscape' : 'portrait'}${pr.fitToWidth ? ', fit to one page wide' : ''}${pr.repeatRows ? `, repeat row ${pr.repeatRows.from + 1}` : ''}, areas ${pr.areas.map((a) => rangeA1(a)).join(' + ') || '—'}${pr.chartAreas.length ? `, chart ${pr.chartAreas.map((a) => rangeA1(a)).join(' + ')}` : ''}${pr.rowBreaks.length ? `, breaks below rows ${pr.rowBreaks.map((r) => r + 1).join(', ')}` : ''}; footer "${pr.footer}"; font ${pr.font.name} ${pr.font.size}${Object.keys(plan.rowHeights).length ? `; row heights ${Object.entries(plan.rowHeights).map(([r, h]) => `${Number(r) + 1}: ${h}`).join(', ')}` : ''}`);
  lines.push(`- blocks: ${plan.blocks.length} (${plan.blocks.filter((b) => b.kind === 'formulas' || b.kind === 'copiedDown').length} of formulas); merges: ${plan.merges.map((m) => rangeA1(m)).join(', ') || '—'}`);
  lines.push(`- title: ${esc(shown(g.get(key(0, 0))))}`, `- meta: ${esc(shown(g.get(key(1, 0))))}`);
  const settings = g.get(key(2, 0));
  if (settings) lines.push(`- settings line: ${show(settings)}`);
  lines.push('');
  // the table: header row, first data rows, and the rows just after the data (totals)
  // the table ends at the first gap in the header row (the parameter block starts after it)
  let span = 0;
  while (span < cols && g.has(key(HEADER_ROW, span))) span++;
  const header = [...Array(span).keys()].map((c) => esc(shown(g.get(key(HEADER_ROW, c)))));
  lines.push('## Table', '', `| row | ${[...Array(span).keys()].map((c) => colLetter(c)).join(' | ')} |`, `|---|${'---|'.repeat(span)}`);
  lines.push(`| ${HEADER_ROW + 1} | ${header.join(' | ')} |`);
  const dataEnd = FIRST_DATA_ROW + Math.max(plan.dataRows, 0);
  const rows = [...Array(Math.min(firstRows, Math.max(plan.dataRows, 0))).keys()].map((i) => FIRST_DATA_ROW + i);
  for (const r of [...rows, dataEnd, dataEnd + 1]) {
    const cells = [...Array(span).keys()].map((c) => show(g.get(key(r, c))));
    if (cells.some((x) => x)) lines.push(`| ${r + 1} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  // everything right of the table (parameters, summary blocks)
  const side: string[] = [];
  for (let r = 0; r < plan.extent.rows && side.length < 40; r++) {
    const cells: string[] = [];
    for (let c = span; c < cols; c++) {
      const s = show(g.get(key(r, c)));
      if (s) cells.push(`${colLetter(c)}${r + 1}: ${s}`);
    }
    if (cells.length) side.push(`- ${cells.join(' · ')}`);
  }
  if (side.length) lines.push('## Parameters and summary blocks', '', ...side, '');
  lines.push('## Excel dialect of the computed columns', '');
  for (const b of plan.blocks) if (b.kind === 'formulas' && b.spill) lines.push(`- ${colLetter(b.col)}${b.row + 1}: \`${esc(toDialect(b.formulas[0][0]!, 'excel'))}\` spills ${b.cached.length}×${b.cached[0].length}`);
  lines.push('');
  const fmts = [...new Set(plan.formats.filter((f) => f.numberFormat).map((f) => `\`${f.numberFormat}\``))];
  lines.push('## Formats', '', `- ${plan.formats.length} format ranges; number formats: ${fmts.join(', ') || '—'}`, `- column widths: ${plan.columnWidths.map((w) => Math.round(w)).join(', ')}`, ...(plan.hiddenColumns.length ? [`- hidden columns: ${plan.hiddenColumns.map((c) => colLetter(c)).join(', ')}`] : []), '');
  lines.push('## Validation', '', ...(plan.validations.length ? plan.validations.map((v) => `- ${rangeA1(v.range)}: ${v.list.join(' / ')}`) : ['—']), '');
  lines.push('## Conditional formats', '', ...(plan.conditionalFormats.length ? plan.conditionalFormats.map((c) => `- ${rangeA1(c.range)}: \`${esc(c.formula)}\` → ${JSON.stringify(c.style)}`) : ['—']), '');
  lines.push('## Charts', '', ...(plan.charts.length ? plan.charts.map((c) => `- ${c.type} "${esc(c.title)}" at ${colLetter(c.anchor.col)}${c.anchor.row + 1}: categories ${rangeA1(c.categories)}; ${c.series.map((s) => `${esc(s.name)} ${rangeA1(s.values)}${s.drawAs ? ` (${s.drawAs}${s.secondaryAxis ? ', secondary axis' : ''})` : ''}`).join('; ')}`) : ['—']), '');
  lines.push('## Warnings', '', ...(plan.warnings.length ? plan.warnings.map((w) => `- ${esc(w['zh-CN'])} / ${esc(w['en-US'])}`) : ['—']), '');
  return lines.join('\n');
}
