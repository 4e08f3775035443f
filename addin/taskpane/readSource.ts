// Reads a source range from Excel within Excel on the web's limits: detection loads only header, preview and size; a fill reads row bands ≤ 4 MB.
import { jsonBytes, MAX_REQUEST_BYTES } from '../applier/batches';
import type { ExcelApi } from '../applier/applyPlan';
import type { SourceKind } from '../../core/fill/types';

/**
 * Excel on the web refuses a request or a response over 5 MB and a read over 5,000,000 cells
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Bands aim at MAX_REQUEST_BYTES (4 MB) of JSON, sized from the rows already read.
 */
export const MAX_READ_CELLS = 5_000_000;
export const PREVIEW_ROWS = 5;
/** rows of the first band, before the size of a row is known */
const FIRST_BAND_ROWS = 1000;

export function splitAddress(address: string): [string, string] {
  const i = address.lastIndexOf('!');
  return [address.slice(0, i).replace(/^'|'$/g, '').replace(/''/g, "'"), address.slice(i + 1)];
}

/** The range a source kind names, resolved in this request (one sync at most, for a one-cell selection). */
async function sourceRange(ctx: Excel.RequestContext, kind: SourceKind | 'address', arg?: string): Promise<Excel.Range> {
  if (kind === 'table') return ctx.workbook.tables.getItem(arg!).getRange();
  if (kind === 'address') {
    const [sheet, a1] = splitAddress(arg!);
    return ctx.workbook.worksheets.getItem(sheet).getRange(a1);
  }
  const sel = ctx.workbook.getSelectedRange();
  if (kind === 'region') return sel.getSurroundingRegion();
  sel.load('rowCount,columnCount');
  await ctx.sync();
  // one cell selected: take the region around it
  return sel.rowCount * sel.columnCount === 1 ? sel.getSurroundingRegion() : sel;
}

export interface SourceHead {
  address: string;
  rowCount: number;
  columnCount: number;
  /** the header row and up to PREVIEW_ROWS rows under it */
  top: unknown[][];
}

/** The header, a few rows and the size of a source: two syncs (three for a one-cell selection), whatever its size. */
export async function readSourceHead(excel: ExcelApi, kind: SourceKind | 'address', arg?: string): Promise<SourceHead> {
  return excel.run(async (ctx) => {
    const r = await sourceRange(ctx, kind, arg);
    r.load('address,rowCount,columnCount');
    await ctx.sync();
    const top = r.getCell(0, 0).getResizedRange(Math.min(r.rowCount, PREVIEW_ROWS + 1) - 1, r.columnCount - 1);
    top.load('values');
    await ctx.sync();
    return { address: r.address, rowCount: r.rowCount, columnCount: r.columnCount, top: top.values };
  });
}

const isPayloadError = (e: unknown) => /PayloadSizeLimitExceeded|payload/i.test(String((e as { code?: string })?.code ?? '') + String((e as Error)?.message ?? ''));

/** Every value of the range at `address` (or of the named `table`), header first, read in bands of at most ~4 MB and 5,000,000 cells. */
export async function readSourceBanded(excel: ExcelApi, address: string, limitBytes = MAX_REQUEST_BYTES, table?: string): Promise<{ values: unknown[][]; address: string; bands: number }> {
  return excel.run(async (ctx) => {
    const r = await (table ? sourceRange(ctx, 'table', table) : sourceRange(ctx, 'address', address));
    r.load('address,rowCount,columnCount');
    await ctx.sync();
    const cols = Math.max(1, r.columnCount);
    const maxRowsByCells = Math.max(1, Math.floor(MAX_READ_CELLS / cols));
    const values: unknown[][] = [];
    let band = Math.min(FIRST_BAND_ROWS, maxRowsByCells);
    let widestRow = 0;
    let bands = 0;
    for (let row = 0; row < r.rowCount; ) {
      const n = Math.min(band, r.rowCount - row);
      const part = r.getCell(row, 0).getResizedRange(n - 1, cols - 1);
      part.load('values');
      try {
        await ctx.sync();
      } catch (e) {
        // a band of unusually long texts went over the limit: halve it and read again
        if (isPayloadError(e) && n > 1) {
          band = Math.max(1, Math.floor(n / 2));
          continue;
        }
        throw e;
      }
      bands++;
      for (const v of part.values) {
        widestRow = Math.max(widestRow, jsonBytes(v));
        values.push(v);
      }
      row += n;
      // size the next band from the widest row so far (a margin for the envelope), within the cell cap
      band = Math.max(1, Math.min(maxRowsByCells, Math.floor((limitBytes * 0.9) / Math.max(1, widestRow + 1))));
    }
    return { values, address: r.address, bands };
  });
}
