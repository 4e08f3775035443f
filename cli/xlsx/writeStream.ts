// Writes one SheetPlan straight to an .xlsx file with ExcelJS's streaming writer: rows go to the zip as they are made,
// and plain rows are written as XML text, so a 100,000-row report needs no per-cell ExcelJS objects at all.
import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { colLetter } from '../../core/plan/a1';
import { isSlid, rowPattern, slideRows, type RowPattern } from '../../core/plan/copiedDown';
import type { SheetPlan } from '../../core/plan/types';
import { columnStyle, sheetOptions } from './applyPlan';
import { addSheetRules, planCells, type XlsxApplyOptions } from './cells';
import { applyPrintXlsx } from './print';

/**
 * The parts of ExcelJS 4.4's streaming worksheet this writer uses besides its public API (the version is pinned in
 * package.json; test/cli/roundtrip.test.ts reads every written part back).
 */
interface StreamSheet {
  commit(): void;
  getRow(n: number): ExcelJS.Row & { commit(): void };
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  startedData: boolean;
  _rowZero: number;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _write(text: string): void;
}
interface StreamBook {
  styles: { addStyleModel(style: Partial<ExcelJS.Style> | undefined, type: number): number };
  sharedStrings: { add(s: string): number };
}

// ExcelJS's ValueType numbers, which decide a style's default number format
const TYPE = { number: 2, string: 3, formula: 6, boolean: 9, error: 10 } as const;

/**
 * Text as XML 1.0 allows it in an element: &, < and > escaped (quotes need no escape outside attributes), and the
 * control characters XML forbids dropped, as ExcelJS drops them.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[<>&\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
function xml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** The <v> and type attribute of a value (a cell's own or a formula's cached result); null when there is none. */
function valueXml(v: unknown, book: StreamBook, inFormula: boolean): { t: string; v: string } | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? { t: '', v: String(v) } : { t: ' t="e"', v: '#NUM!' };
  if (typeof v === 'boolean') return { t: ' t="b"', v: v ? '1' : '0' };
  if (typeof v === 'string') return inFormula ? { t: ' t="str"', v: xml(v) } : { t: ' t="s"', v: String(book.sharedStrings.add(v)) };
  if (typeof v === 'object' && 'error' in v) return { t: ' t="e"', v: xml(String((v as { error: string }).error)) };
  return null;
}

function cellXml(ref: string, value: ExcelJS.CellValue | undefined, style: Partial<ExcelJS.Style> | undefined, book: StreamBook, shared?: { si: number; master: string | null }): string {
  const v = value as unknown;
  const isFormula = typeof v === 'object' && v !== null && 'formula' in v;
  const type = isFormula ? TYPE.formula : typeof v === 'number' ? TYPE.number : typeof v === 'string' ? TYPE.string : typeof v === 'boolean' ? TYPE.boolean : TYPE.error;
  const s = style ? book.styles.addStyleModel(style, type) : 0;
  const sAttr = s ? ` s="${s}"` : '';
  if (isFormula) {
    const f = v as { formula: string; result?: unknown; shareType?: string; ref?: string };
    const r = valueXml(f.result, book, true);
    const cached = r ? `<v>${r.v}</v>` : '';
    if (shared && shared.master === null) return `<c r="${ref}"${sAttr}${r ? r.t : ''}><f t="shared" si="${shared.si}"/>${cached}</c>`;
    const fAttr = shared ? ` t="shared" ref="${shared.master}" si="${shared.si}"` : f.shareType === 'array' ? ` t="array" ref="${f.ref}"` : '';
    return `<c r="${ref}"${sAttr}${r ? r.t : ''}><f${fAttr}>${xml(f.formula)}</f>${cached}</c>`;
  }
  const r = valueXml(v, book, false);
  if (!r) return s ? `<c r="${ref}"${sAttr}/>` : '';
  return `<c r="${ref}"${sAttr}${r.t}><v>${r.v}</v></c>`;
}

/** moving a formula down (re-exported: the stream tests check it where the writer uses it) */
export { slideRows };

/**
 * Runs of rows in a column whose formulas are one formula copied down: written as Excel's shared formulas (the text
 * once, on the run's first cell), which every spreadsheet program reads, and which makes a 100,000-row portable
 * report a fraction of the XML. A copied-down block is one run per column as it stands; runs in per-row formula
 * blocks are found by comparing each formula with the one above it moved down. Gives, per cell, 0 (no run) or the
 * run's index + 1.
 */
function sharedRuns(plan: SheetPlan, rows: number, cols: number): { grid: Int32Array; runs: { top: number; bottom: number; col: number }[] } {
  const grid = new Int32Array(rows * cols);
  const runs: { top: number; bottom: number; col: number }[] = [];
  for (const b of plan.blocks) {
    if (b.kind === 'copiedDown' && plan.formulas !== 'values' && b.rows > 1) {
      for (let c = 0; c < b.formulas.length; c++) {
        runs.push({ top: b.row, bottom: b.row + b.rows - 1, col: b.col + c });
        for (let r = 0; r < b.rows; r++) grid[(b.row + r) * cols + b.col + c] = runs.length;
      }
      continue;
    }
    if (b.kind !== 'formulas' || b.spill || plan.formulas === 'values') continue;
    const width = b.formulas[0]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      let start = -1;
      let pattern: RowPattern = { texts: [''], rows: [] };
      const close = (end: number) => {
        if (start >= 0 && end > start) {
          runs.push({ top: b.row + start, bottom: b.row + end, col: b.col + c });
          for (let r = start; r <= end; r++) grid[(b.row + r) * cols + b.col + c] = runs.length;
        }
        start = -1;
      };
      for (let r = 0; r < b.formulas.length; r++) {
        const f = b.formulas[r][c];
        if (f !== null && start >= 0 && isSlid(pattern, f, r - start)) continue;
        close(r - 1);
        if (f !== null) {
          start = r;
          pattern = rowPattern(f);
        }
      }
      close(b.formulas.length - 1);
    }
  }
  return { grid, runs };
}

/**
 * The same sheet `applyPlanXlsx` makes (styles, merges, validations, rules, panes, print set-up, cached results,
 * array formulas), written to `path`. Resolves when the file is complete on disk; rejects on any write error.
 */
export async function writePlanXlsx(plan: SheetPlan, path: string, opts: XlsxApplyOptions = {}): Promise<void> {
  const stream = createWriteStream(path);
  // ExcelJS listens for stream errors only once it finalises: catch a full disk or a lost folder from the start
  const failed = new Promise<never>((_, reject) => stream.on('error', reject));
  failed.catch(() => undefined);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = 'DealerKit';
  const book = wb as unknown as StreamBook;
  const ws = wb.addWorksheet(plan.name, sheetOptions(plan)) as unknown as ExcelJS.Worksheet & StreamSheet;
  applyPrintXlsx(ws, plan);
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of plan.hiddenColumns) ws.getColumn(c + 1).hidden = true;
  addSheetRules(ws, plan);

  // rows the print set-up gave a height are written by ExcelJS (with their height); its early Row objects are dropped
  // so that rows written as text and ExcelJS's own rows keep one order
  const heights = new Map(Object.entries(plan.rowHeights ?? {}).map(([r, h]) => [Number(r), h]));
  (ws as unknown as { _rows: unknown[] })._rows = [];
  const cells = planCells(plan, opts, (c) => columnStyle(ws, c));
  // Rows in a merge or with a note go through ExcelJS's own rows (it copies a merge's style and writes notes);
  // every other row is written as text.
  const special = new Uint8Array(cells.rows);
  for (const m of plan.merges) for (let r = m.row; r < m.row + m.rows && r < cells.rows; r++) special[r] = 1;
  for (let r = 0; r < cells.rows; r++) if (cells.hasNote(r) || heights.has(r)) special[r] = 1;
  const values = new Array<ExcelJS.CellValue | undefined>(cells.cols);
  const { grid: runAt, runs } = sharedRuns(plan, cells.rows, cells.cols);
  // a run that touches a row ExcelJS writes itself is left as plain formulas (its rows are few: titles and merges)
  const plainRun = new Uint8Array(runs.length + 1);
  runs.forEach((run, i) => {
    for (let r = run.top; r <= run.bottom; r++) if (special[r]) plainRun[i + 1] = 1;
  });
  const merges = [...plan.merges].sort((a, b) => a.row + a.rows - (b.row + b.rows));
  let nextMerge = 0;
  const letters = Array.from({ length: cells.cols }, (_, c) => colLetter(c));

  const write = async () => {
    let text = '';
    let pending = 0;
    const flush = (nextRow: number) => {
      // rows written as text count as committed (every row above a text row is committed already)
      if (!text) {
        ws._rowZero = Math.max(ws._rowZero, nextRow);
        return;
      }
      if (!ws.startedData) {
        ws._writeColumns();
        ws._writeOpenSheetData();
        ws.startedData = true;
      }
      ws._write(text);
      text = '';
      ws._rowZero = nextRow;
    };
    for (let r = 0; r < cells.rows; r++) {
      if (!special[r]) {
        cells.valuesOf(r, values, (c) => !runAt[r * cells.cols + c] || plainRun[runAt[r * cells.cols + c]] === 1 || runs[runAt[r * cells.cols + c] - 1].top === r);
        let cs = '';
        for (let c = 0; c < cells.cols; c++) {
          const style = values[c] !== undefined ? cells.valuedStyleAt(r, c) : cells.styleAt(r, c);
          if (!(style || values[c] !== undefined)) continue;
          const run = runAt[r * cells.cols + c];
          if (run && !plainRun[run]) {
            const x = runs[run - 1];
            cs += cellXml(letters[c] + (r + 1), values[c], style, book, { si: run - 1, master: r === x.top ? `${letters[c]}${x.top + 1}:${letters[c]}${x.bottom + 1}` : null });
          } else cs += cellXml(letters[c] + (r + 1), values[c], style, book);
        }
        if (cs) text += `<row r="${r + 1}">${cs}</row>`;
        if (++pending >= 512) {
          pending = 0;
          flush(r + 2);
          // let the zip and the file catch up, so memory stays flat however long the sheet
          await new Promise((res) => setImmediate(res));
        }
        continue;
      }
      flush(r + 1);
      const row = cells.row(r);
      const wsRow = ws.getRow(r + 1);
      if (heights.has(r)) wsRow.height = heights.get(r)!;
      for (let c = 0; c < cells.cols; c++) {
        const x = row[c];
        if (!x) continue;
        const cell = wsRow.getCell(c + 1);
        if (x.style) cell.style = x.style;
        if (x.value !== undefined) cell.value = x.value;
        if (x.note) cell.note = x.note;
      }
      // a merge is made once its rows have their values (its other cells take the master's style), then committed
      while (nextMerge < merges.length && merges[nextMerge].row + merges[nextMerge].rows - 1 <= r) {
        const m = merges[nextMerge++];
        ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
      }
      let open = r + 1;
      for (let i = nextMerge; i < merges.length; i++) open = Math.min(open, merges[i].row);
      if (open === r + 1) wsRow.commit();
    }
    flush(cells.rows + 1);
    ws.commit();
    await wb.commit();
  };
  await Promise.race([write(), failed]);
}
