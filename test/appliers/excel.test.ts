// The Office.js applier against the recording fake: the sheet matches the plan, syncs stay bounded, nothing else changes, failures clean up.
import { describe, expect, it } from 'vitest';
import { absoluteRanges, rangeA1 } from '../../core/plan/a1';
import { toDialect } from '../../core/plan/dialect';
import { templates } from '../../core/templates/index';
import { applyPlanExcel, ApplyError } from '../../addin/applier/applyPlan';
import { MAX_REQUEST_BYTES, writeOps } from '../../addin/applier/batches';
import { cellKey, fakeExcel, FakeWorkbookState, WEB_PAYLOAD_BYTES } from '../fakes/fakeExcel';
import { HOST_PARSED_TEXT, parseLikeHost } from '../fakes/hostParsing';
import { scaledPlan } from '../helpers/scaled';
import type { SheetPlan } from '../../core/plan/types';
import type { ExcelApi } from '../../addin/applier/applyPlan';
import { expandedBlocks } from '../../core/plan/copiedDown';

function workbook() {
  const wb = new FakeWorkbookState(['Sheet1', '数据']);
  // existing content that must not change
  const s = wb.sheet('Sheet1')!;
  s.values.set(cellKey(0, 0), '经销商');
  s.values.set(cellKey(1, 0), 100);
  s.formulas.set(cellKey(1, 1), '=A2*2');
  return wb;
}

/** Every cell the plan writes is in the fake sheet as the plan says (text as text, formulas in Excel's dialect). */
function expectMatches(wb: FakeWorkbookState, plan: SheetPlan) {
  const s = wb.sheet(plan.name)!;
  expect(s, `sheet ${plan.name}`).toBeTruthy();
  // compare cell by cell without an expect per cell (a million cells): collect mismatches
  const bad: string[] = [];
  for (const b of expandedBlocks(plan.blocks)) {
    if (b.kind === 'values') {
      for (let r = 0; r < b.values.length; r++)
        for (let c = 0; c < b.values[r].length; c++) {
          const v = b.values[r][c];
          if (v === null) continue;
          const k = cellKey(b.row + r, b.col + c);
          if (s.formulas.has(k) || s.values.get(k) !== v) bad.push(`${b.row + r},${b.col + c}: ${String(s.values.get(k) ?? s.formulas.get(k))} ≠ ${String(v)}`);
        }
    } else {
      for (let r = 0; r < b.formulas.length; r++)
        for (let c = 0; c < b.formulas[r].length; c++) {
          const f = b.formulas[r][c];
          if (f !== null && s.formulas.get(cellKey(b.row + r, b.col + c)) !== toDialect(f, 'excel')) bad.push(`${b.row + r},${b.col + c}: formula ${s.formulas.get(cellKey(b.row + r, b.col + c))}`);
        }
      if (b.spill && s.formulas.has(cellKey(b.row + 1, b.col))) bad.push('a spill is one formula');
    }
  }
  expect(bad.slice(0, 5)).toEqual([]);
  expect(s.frozenRows).toBe(plan.frozenRows);
  expect(s.validations.length).toBe(plan.validations.length);
  expect(s.conditionalFormats.map((c) => c.formula)).toEqual(plan.conditionalFormats.map((c) => toDialect(c.formula, 'excel')));
  expect(s.charts.length).toBe(plan.charts.length);
  expect(s.pageLayout.orientation).toBe(plan.print.landscape ? 'Landscape' : 'Portrait');
  expect(s.pageLayout).toMatchObject({ paperSize: 'A4', zoom: { horizontalFitToPages: 1 }, printTitleRows: '$4:$4' });
  // the undocumented verticalFitToPages: 0 is not sent
  expect(s.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
  expect(s.pageLayout.printArea).toBe(absoluteRanges([...plan.print.areas, ...plan.print.chartAreas]));
  expect(s.pageLayout.centerFooter).toContain(plan.lang === 'zh-CN' ? '第 &P 页 / 共 &N 页' : 'Page &P of &N');
  expect(((s.pageLayout.breaks ?? []) as string[]).length).toBe(plan.print.rowBreaks.length);
  expect(wb.log.filter((l) => l.call === 'PageBreaks.add').length).toBe(plan.print.rowBreaks.length);
}

// page breaks are one call each (one per customer card, at most 1,026): counted apart
const calls = (wb: FakeWorkbookState) => wb.log.filter((l) => l.call !== 'sync' && l.call !== 'PageBreaks.add').length;

describe('Office.js applier', () => {
  for (const t of templates) {
    describe(t.id, () => {
      const counts: Record<number, { syncs: number; calls: number }> = {};
      it.each([10, 1000, 100_000])('%i rows', { timeout: 300_000 }, async (n) => {
        if (t.layout === 'cards' && n === 100_000) {
          // 100,000 cards would be 2.9 million rows, past Excel's 1,048,576: refused with a message
          const { renderTemplate } = await import('../../core/renderTemplate');
          const { scaledTable } = await import('../helpers/scaled');
          const r = renderTemplate(t.id, scaledTable(t.id, n));
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.message['en-US']).toMatch(/at most 30,000/);
          return;
        }
        const wb = workbook();
        const before = wb.sheets.map((s) => wb.checksum(s.name));
        const plan = scaledPlan(t.id, n, wb.sheets.map((s) => s.name));
        const progress: number[] = [];
        const res = await applyPlanExcel(plan, { excel: fakeExcel(wb) as unknown as ExcelApi, onProgress: (d) => progress.push(d) });
        expectMatches(wb, plan);
        expect(wb.sheets.slice(0, 2).map((s) => wb.checksum(s.name))).toEqual(before);
        expect(res.syncs).toBe(wb.syncs);
        // one sync to check the name, then one per request-sized batch: ≤ 3 under the limit, one per chunk above it
        const bytes = writeOps(plan, (o) => o, MAX_REQUEST_BYTES).reduce((a, o) => a + o.bytes, 0);
        if (bytes < MAX_REQUEST_BYTES) expect(res.syncs).toBeLessThanOrEqual(3);
        expect(res.syncs).toBeLessThanOrEqual(1 + 2 * Math.ceil(bytes / MAX_REQUEST_BYTES));
        expect(progress[progress.length - 1]).toBe(res.batches);
        counts[n] = { syncs: res.syncs, calls: calls(wb) };
        if (n === 1000) {
          // the number of host calls does not grow with rows; syncs only where a plan passes one request
          // (portable per-row formulas of the dealer evaluation pass 4 MB at 1,000 rows)
          expect(counts[1000].calls).toBe(counts[10].calls);
          if (bytes < MAX_REQUEST_BYTES) expect(counts[1000].syncs).toBe(counts[10].syncs);
        }
      });

      it('an injected failure leaves no new sheet and the others unchanged', async () => {
        for (const failure of [{ failAtSync: 2 }, { failOnCall: t.id === 'customer-card' ? 'Range.merge' : 'Format.bold' }]) {
          const wb = workbook();
          Object.assign(wb, failure);
          const before = wb.sheets.map((s) => wb.checksum(s.name));
          const plan = scaledPlan(t.id, 50, wb.sheets.map((s) => s.name));
          await expect(applyPlanExcel(plan, { excel: fakeExcel(wb) as unknown as ExcelApi })).rejects.toBeInstanceOf(ApplyError);
          expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', '数据']);
          expect(wb.sheets.map((s) => wb.checksum(s.name))).toEqual(before);
        }
      });
    });
  }

  it('refuses a name that is taken instead of touching that sheet', async () => {
    const wb = workbook();
    const plan = { ...scaledPlan('stock-order', 5), name: '数据' };
    const before = wb.checksum('数据');
    await expect(applyPlanExcel(plan, { excel: fakeExcel(wb) as unknown as ExcelApi })).rejects.toThrow(/already exists/);
    expect(wb.checksum('数据')).toBe(before);
  });

  it('writes hostile text as typed text, never as a formula or number', async () => {
    const { renderTemplate } = await import('../../core/renderTemplate');
    const evil = HOST_PARSED_TEXT;
    const r = renderTemplate('visitor-log', { headers: ['日期', '来店/来电', '顾客姓名', '备注'], rows: evil.map((s) => ['2026-11-02', '来店', s, s]) });
    if (!r.ok) throw new Error('render');
    const wb = workbook();
    await applyPlanExcel(r.plan, { excel: fakeExcel(wb) as unknown as ExcelApi });
    const s = wb.sheet(r.plan.name)!;
    evil.forEach((e, i) => {
      expect(wb.cell(r.plan.name, 4 + i, 3)).toEqual({ value: e, numberFormat: '@' });
    });
  });

  it('the fake parses each of those texts into something else when written bare (so a missed one would show)', () => {
    for (const t of HOST_PARSED_TEXT) expect(parseLikeHost(t), t).not.toEqual({ value: t });
  });

  it("a co-author's sheet that takes the name between the check and add() is never deleted", async () => {
    const wb = workbook();
    const plan = scaledPlan('stock-order', 50, wb.sheets.map((s) => s.name));
    // the co-author's sheet appears as the request that adds ours is sent
    wb.beforeSync = (n) => {
      if (n === 2) {
        wb.sheets.push({ ...new FakeWorkbookState([plan.name]).sheets[0] });
        wb.sheet(plan.name)!.values.set(0, 'co-author');
      }
    };
    const err = await applyPlanExcel(plan, { excel: fakeExcel(wb) as unknown as ExcelApi }).catch((e) => e);
    expect(err).toBeInstanceOf(ApplyError);
    expect((err as ApplyError).messages['en-US']).toMatch(/already exists/);
    expect(wb.sheet(plan.name)?.values.get(0)).toBe('co-author');
    expect(wb.log.some((l) => l.call === 'Worksheet.delete')).toBe(false);
  });

  it('a failure after add() deletes exactly the sheet add() returned', async () => {
    const wb = workbook();
    wb.failOnCall = 'Format.bold';
    const plan = scaledPlan('stock-order', 50, wb.sheets.map((s) => s.name));
    await expect(applyPlanExcel(plan, { excel: fakeExcel(wb) as unknown as ExcelApi })).rejects.toThrow(/removed/);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', '数据']);
  });

  it('the fake refuses a request over 5 MB, as Excel on the web does', async () => {
    const wb = workbook();
    const big = Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${'x'.repeat(80)}`]);
    await expect(
      fakeExcel(wb).run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 5, big.length, 1).values = big;
        await ctx.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(wb.peak.requestBytes).toBeGreaterThan(WEB_PAYLOAD_BYTES);
    expect(wb.sheet('Sheet1')!.values.has(cellKey(0, 5))).toBe(false);
  });

  it('the fake refuses to read a property before sync, as Office.js does', async () => {
    const wb = workbook();
    await fakeExcel(wb).run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject('Sheet1');
      s.load('isNullObject');
      expect(() => s.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(s.isNullObject).toBe(false);
    });
  });
});
