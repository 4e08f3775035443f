// The streaming .xlsx writer the command line uses writes the same sheet as the in-memory applier, cell by cell and part by part.
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../core/renderTemplate';
import type { SheetPlan } from '../../core/plan/types';
import { templates } from '../../core/templates/index';
import { applyPlanXlsx } from '../../cli/xlsx/applyPlan';
import { slideRows, writePlanXlsx } from '../../cli/xlsx/writeStream';
import { sampleTables } from '../../samples/index';
import { HOSTILE_TEXT } from '../plan/safety.test';

const dir = mkdtempSync(join(tmpdir(), 'dk-stream-'));
const NOW = new Date(2026, 10, 24, 9, 30);
let n = 0;

/** Everything a reader sees in the file's sheet: every cell (value, style, note, merge), and the sheet-wide parts. */
async function dump(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const cells: Record<string, unknown> = {};
  const heights: Record<number, number | undefined> = {};
  ws.eachRow({ includeEmpty: true }, (row) => (heights[row.number] = row.height));
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      const { numFmt, font, fill, border, alignment } = c.style;
      // a formula as any program reads it: its text (a shared formula's copy is slid to its cell) and its cached result
      const v = c.type === ExcelJS.ValueType.Formula ? { formula: c.formula, result: c.result, array: (c.value as { shareType?: string }).shareType === 'array' ? (c.value as { ref?: string }).ref : undefined } : c.value;
      cells[c.address] = { value: v, type: c.type, numFmt, font, fill, border, alignment, note: c.note, master: c.isMerged ? c.master.address : undefined };
    }),
  );
  const m = ws.model as unknown as Record<string, unknown>;
  return {
    name: ws.name,
    cells,
    merges: m.merges,
    heights,
    rowBreaks: m.rowBreaks,
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    conditionalFormattings: m.conditionalFormattings,
    views: ws.views,
    pageSetup: ws.pageSetup,
    headerFooter: ws.headerFooter,
    columns: ws.columns?.map((c) => c.width),
    hidden: ws.columns?.flatMap((c, i) => (c.hidden ? [i] : [])),
    definedNames: (wb as unknown as { definedNames: { model: unknown } }).definedNames.model,
  };
}

async function both(plan: SheetPlan, values = false) {
  const mem = join(dir, `mem-${++n}.xlsx`);
  const wb = new ExcelJS.Workbook();
  applyPlanXlsx(plan, wb, { values });
  await wb.xlsx.writeFile(mem);
  const str = join(dir, `stream-${n}.xlsx`);
  await writePlanXlsx(plan, str, { values });
  return { mem: await dump(mem), stream: await dump(str) };
}

const render = (id: string, table: Parameters<typeof renderTemplate>[1], opts: Parameters<typeof renderTemplate>[2] = {}) => {
  const r = renderTemplate(id, table, { now: NOW, ...opts });
  if (!r.ok) throw new Error(r.error.message['en-US']);
  return r.plan;
};

describe('the streaming writer writes what the in-memory applier writes', () => {
  const tables = sampleTables();
  it.each(templates.map((t) => t.id))('%s filled from the sample', async (id) => {
    const { mem, stream } = await both(render(id, tables[id]));
    expect(Object.keys(stream.cells).length).toBeGreaterThan(10);
    expect(stream).toEqual(mem);
  });

  it.each(templates.map((t) => t.id))('%s as a blank form', async (id) => {
    const { mem, stream } = await both(render(id, null, { blank: true, rows: 12 }));
    expect(stream).toEqual(mem);
  });

  it.each(['portable', 'dk', 'values'] as const)('stock-order with --formulas %s at 300 rows (shared formulas for copied-down columns)', async (formulas) => {
    const t = tables['stock-order'];
    const plan = render('stock-order', { headers: t.headers, rows: Array.from({ length: 300 }, (_, i) => t.rows[i % t.rows.length]) }, { formulas });
    const { mem, stream } = await both(plan);
    expect(stream).toEqual(mem);
  });

  it("hides the plan's helper columns in both writers (portable dealer evaluation)", async () => {
    const plan = render('dealer-evaluation', tables['dealer-evaluation'], { formulas: 'portable' });
    expect(plan.hiddenColumns.length).toBeGreaterThan(0);
    const { mem, stream } = await both(plan);
    expect(stream.hidden).toEqual(plan.hiddenColumns);
    expect(mem.hidden).toEqual(plan.hiddenColumns);
  });

  it("keeps the print set-up's font on every written cell and its row heights", async () => {
    const plan = render('stock-order', tables['stock-order']);
    const { stream } = await both(plan);
    const cells = Object.values(stream.cells) as { font?: { name?: string }; value: unknown }[];
    const valued = cells.filter((c) => c.value !== null && c.value !== undefined);
    expect(valued.length).toBeGreaterThan(100);
    expect(valued.every((c) => c.font?.name === plan.print.font.name)).toBe(true);
    for (const [r, h] of Object.entries(plan.rowHeights)) expect(stream.heights[Number(r) + 1]).toBe(h);
  });

  it('slides a formula down as Excel copies it', () => {
    expect(slideRows('IF(ISNUMBER(C5),C5*$N$5+Sheet1!B5,"C5")', 3)).toBe('IF(ISNUMBER(C8),C8*$N$5+Sheet1!B8,"C5")');
    expect(slideRows("LOG10(A1)+'My Sheet'!A$1+SUM($C5:$C9)", 1)).toBe("LOG10(A2)+'My Sheet'!A$1+SUM($C6:$C10)");
  });

  it('values only, in English', async () => {
    const { mem, stream } = await both(render('stock-order', tables['stock-order'], { lang: 'en-US' }), true);
    expect(stream).toEqual(mem);
  });

  it('hostile text (XML specials, control characters, formula-like text) stays the same text', async () => {
    const plan = render('visitor-log', { headers: ['日期', '来店/来电', '顾客姓名', '电话', '备注'], rows: HOSTILE_TEXT.map((s) => ['2026-11-02', '来店', s, `<&"'>${s}`, s]) });
    const { mem, stream } = await both(plan);
    expect(stream).toEqual(mem);
  });
});
