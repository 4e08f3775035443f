// Excel on the web's limits against the fake that enforces them: detection reads a few rows, a fill reads ≤ 4 MB bands, 100,000 rows pass.
import { afterEach, describe, expect, it } from 'vitest';
import { templates } from '../../core/templates/index';
import { readSourceBanded, readSourceHead, PREVIEW_ROWS } from '../../addin/taskpane/readSource';
import { excelBridge } from '../../addin/taskpane/excelBridge';
import type { ExcelApi } from '../../addin/applier/applyPlan';
import { cellKey, fakeExcel, FakeWorkbookState, WEB_PAYLOAD_BYTES } from '../fakes/fakeExcel';
import { scaledTable } from '../helpers/scaled';

/** A workbook whose sheet 数据 holds the template's sample source repeated to n rows, header in row 1. */
function withSource(id: string, n: number) {
  const wb = new FakeWorkbookState(['数据']);
  const t = scaledTable(id, n);
  const s = wb.sheet('数据')!;
  [t.headers, ...t.rows].forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== '' && v !== null && v !== undefined) s.values.set(cellKey(r, c), v instanceof Date ? v.toISOString().slice(0, 10) : v);
    }),
  );
  wb.selection = { sheet: '数据', row: 0, col: 0, rows: 1, cols: 1 };
  return { wb, t, excel: fakeExcel(wb) as unknown as ExcelApi };
}

const g = globalThis as unknown as { Excel?: unknown };
afterEach(() => delete g.Excel);

describe('Excel on the web: reads stay under 5 MB and 5,000,000 cells', () => {
  it('one read of a whole 100,000-row source is refused by the fake (why reads are banded)', { timeout: 180_000 }, async () => {
    let refused = 0;
    // two of the templates whose 100,000-row sources are 8–12 MB of JSON
    for (const id of ['daily-activity', 'visitor-log']) {
      const { excel } = withSource(id, 100_000);
      const whole = await excel
        .run(async (ctx) => {
          const r = ctx.workbook.getSelectedRange().getSurroundingRegion();
          r.load('values');
          await ctx.sync();
          return 'read';
        })
        .catch((e: Error) => e.message);
      if (/ResponsePayloadSizeLimitExceeded/.test(whole)) refused++;
    }
    expect(refused).toBe(2);
  });

  for (const t of templates) {
    it(`${t.id}: detection loads the header and ${PREVIEW_ROWS} rows; the fill's banded read of 100,000 rows is whole and under the caps`, { timeout: 180_000 }, async () => {
      const { wb, t: table, excel } = withSource(t.id, 100_000);
      const head = await readSourceHead(excel, 'selection');
      expect(head.rowCount).toBe(100_001);
      expect(head.top).toHaveLength(PREVIEW_ROWS + 1);
      expect(wb.peak.readCells).toBeLessThanOrEqual((PREVIEW_ROWS + 1) * table.headers.length);
      const read = await readSourceBanded(excel, head.address);
      expect(read.values).toHaveLength(100_001);
      expect(read.values[0]).toEqual(table.headers);
      expect(read.values[100_000].length).toBe(table.headers.length);
      expect(wb.peak.responseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_BYTES);
      expect(wb.peak.readCells).toBeLessThanOrEqual(5_000_000);
      expect(read.bands).toBeGreaterThanOrEqual(1);
    });
  }

  it('long texts: bands shrink to stay under 4 MB (a 12 MB source)', async () => {
    const wb = new FakeWorkbookState(['数据']);
    const s = wb.sheet('数据')!;
    const rows = 30_000;
    s.values.set(cellKey(0, 0), '备注');
    for (let r = 1; r <= rows; r++) s.values.set(cellKey(r, 0), `${r} ${'很长的备注'.repeat(25)}`);
    const read = await readSourceBanded(fakeExcel(wb) as unknown as ExcelApi, '数据!A1:A30001');
    expect(read.values).toHaveLength(rows + 1);
    expect(wb.peak.responseBytes).toBeLessThanOrEqual(4_000_000);
    expect(read.bands).toBeGreaterThanOrEqual(3);
  });

  it('the pane bridge detects and fills a 100,000-row source through the fake (stock-order)', { timeout: 240_000 }, async () => {
    const { wb } = withSource('stock-order', 100_000);
    g.Excel = fakeExcel(wb);
    const src = await excelBridge.detectSource('selection', 'stock-order');
    expect(src.ok).toBe(true);
    if (!src.ok) return;
    expect(src.rowCount).toBe(100_000);
    expect(src.preview).toHaveLength(PREVIEW_ROWS);
    const res = await excelBridge.fill('stock-order', { lang: 'zh-CN', live: true, sourceA1: src.a1, mapping: src.mapping });
    expect(res.ok).toBe(true);
    expect(wb.peak.requestBytes).toBeLessThanOrEqual(WEB_PAYLOAD_BYTES);
    expect(wb.peak.responseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_BYTES);
    if (res.ok) expect(res.rows).toBe(100_000);
  });
});
