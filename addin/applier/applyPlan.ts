// The Office.js applier: a SheetPlan → a new worksheet in whole 2-D blocks, ≤ 3 syncs under the request limit; on failure the new sheet goes.
import { BORDER_COLOR, CHART_TYPES, columnPoints, conditionalRules, H_ALIGN, listSource, printSetup, typedText } from '../../core/apply/mappings';
import { ApplyError, applyNewSheet } from '../../core/apply/newSheet';
import { cell as a1 } from '../../core/plan/a1';
import { expandRows } from '../../core/plan/copiedDown';
import { toDialect } from '../../core/plan/dialect';
import type { ChartSpec, FormatSpec, RangeRef, SheetPlan } from '../../core/plan/types';
import { MAX_REQUEST_BYTES, packBatches, writeOps, type WriteOp } from './batches';

/** The one entry of the Excel namespace the applier needs (tests pass a fake; the default is Office.js's global). */
export type ExcelApi = Pick<typeof Excel, 'run'>;
type Worksheet = Excel.Worksheet;

export interface ExcelApplyOptions {
  /** the Excel namespace (default: the global one Office.js defines) */
  excel?: ExcelApi;
  onProgress?: (done: number, total: number) => void;
  maxRequestBytes?: number;
}

export interface ExcelApplyResult {
  sheetName: string;
  rowsWritten: number;
  syncs: number;
  batches: number;
}

export { ApplyError };

/** Strings are written as typed text: a leading apostrophe keeps =…, +86…, 00123 from being parsed. */
function protect(rows: unknown[][]): unknown[][] {
  return rows.map((r) => r.map(typedText));
}

function toExcel(op: WriteOp): WriteOp {
  if (op.kind === 'values') return { ...op, values: protect(op.values) };
  if (op.kind === 'formulas') return { ...op, formulas: op.formulas.map((r) => r.map((f) => (typeof f === 'string' ? toDialect(f, 'excel') : f))) };
  if (op.kind === 'copiedDown') return { ...op, formulas: op.formulas.map((f) => toDialect(f, 'excel')) };
  return op;
}

const grid = <T>(rows: number, cols: number, v: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
const rangeOf = (s: Worksheet, r: RangeRef) => s.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

function runOp(sheet: Worksheet, op: WriteOp) {
  if (op.kind === 'numberFormat') rangeOf(sheet, op.range).numberFormat = grid(op.range.rows, op.range.cols, op.format);
  else if (op.kind === 'values') sheet.getRangeByIndexes(op.row, op.col, op.values.length, op.values[0].length).values = op.values;
  // copied-down formulas are expanded here, one request-sized band at a time, so the texts of a band exist only
  // until its sync; the request holds exactly the formulas a per-row plan would send, and no more calls
  else if (op.kind === 'copiedDown') sheet.getRangeByIndexes(op.row, op.col, op.rows, op.formulas.length).formulas = expandRows({ kind: 'copiedDown', row: op.row, col: op.col, rows: op.rows, formulas: op.formulas, cached: [] }, 0, op.rows);
  else sheet.getRangeByIndexes(op.row, op.col, op.formulas.length, op.formulas[0].length).formulas = op.formulas;
}

function applyFormat(sheet: Worksheet, f: FormatSpec) {
  if (f.bold === undefined && f.italic === undefined && !f.fontColor && !f.fontSize && !f.fill && !f.hAlign && !f.wrap && !f.border) return;
  const r = rangeOf(sheet, f.range);
  if (f.bold !== undefined) r.format.font.bold = f.bold;
  if (f.italic !== undefined) r.format.font.italic = f.italic;
  if (f.fontColor) r.format.font.color = f.fontColor;
  if (f.fontSize) r.format.font.size = f.fontSize;
  if (f.fill) r.format.fill.color = f.fill;
  if (f.hAlign) r.format.horizontalAlignment = H_ALIGN[f.hAlign].excel;
  if (f.wrap) r.format.wrapText = true;
  if (f.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      const b = r.format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = BORDER_COLOR;
    }
  }
}

function addChart(sheet: Worksheet, c: ChartSpec) {
  const cats = rangeOf(sheet, c.categories);
  const first = c.series[0];
  const chart = sheet.charts.add(CHART_TYPES[c.type].excel, rangeOf(sheet, first.values), 'Columns');
  chart.title.text = c.title;
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(rangeOf(sheet, s.values));
    series.setXAxisValues(cats);
    // the Pareto line: cumulative share on the secondary axis
    if (s.drawAs === 'line' && c.type !== 'line') series.chartType = 'Line';
    if (s.secondaryAxis) series.axisGroup = 'Secondary';
  });
  if (c.xTitle) chart.axes.categoryAxis.title.text = c.xTitle;
  if (c.yTitle) chart.axes.valueAxis.title.text = c.yTitle;
  chart.setPosition(a1(c.anchor.row, c.anchor.col), a1(c.anchor.row + c.anchor.rows - 1, c.anchor.col + c.anchor.cols - 1));
}

/**
 * Page set-up (ExcelApi 1.9, https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout): A4, one
 * page wide, print titles, the table and summary ranges and the native chart as one print area (each range
 * prints on its own page), page numbers in the footer, a break below each customer card.
 */
function applyPrint(sheet: Worksheet, plan: SheetPlan) {
  // Excel draws the chart, so its place prints too
  const p = printSetup(plan, { charts: true });
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = p.landscape ? 'Landscape' : 'Portrait';
  // one page wide, as many tall as needed: only horizontalFitToPages is set, since the docs give no meaning to
  // verticalFitToPages: 0 (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions)
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  if (p.titleRows) layout.setPrintTitleRows(p.titleRows);
  if (p.area) layout.setPrintArea(p.area);
  layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  for (const r of p.pageStarts) sheet.horizontalPageBreaks.add(a1(r, 0));
}

/** Everything but cell contents: small and constant-size, written in the last batch. */
function finish(sheet: Worksheet, plan: SheetPlan) {
  // the sheet's font first, so the formats below (title size, bold) apply on top of it
  if (plan.extent.rows && plan.extent.cols) {
    const all = sheet.getRangeByIndexes(0, 0, plan.extent.rows, plan.extent.cols).format.font;
    all.name = plan.print.font.name;
    all.size = plan.print.font.size;
  }
  for (const f of plan.formats) applyFormat(sheet, f);
  for (const m of plan.merges) rangeOf(sheet, m).merge(false);
  plan.columnWidths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnPoints(w)));
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member (ExcelApi 1.2)
  for (const c of plan.hiddenColumns) sheet.getRangeByIndexes(0, c, 1, 1).columnHidden = true;
  for (const [r, h] of Object.entries(plan.rowHeights)) sheet.getRangeByIndexes(Number(r), 0, 1, 1).format.rowHeight = h;
  if (plan.frozenRows) sheet.freezePanes.freezeRows(plan.frozenRows);
  for (const v of plan.validations) {
    // drop-downs refuse other entries in both hosts (Sheets: setAllowInvalid(false)); Excel's default alert is Stop,
    // set here so it does not rest on a default: https://learn.microsoft.com/javascript/api/excel/excel.datavalidationerroralert
    const dv = rangeOf(sheet, v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: listSource(v.list) } };
    dv.ignoreBlanks = v.allowBlank;
    dv.errorAlert = { showAlert: true, style: 'Stop', title: 'DealerKit', message: v.list.join(', ') };
  }
  for (const cf of conditionalRules(plan, 'excel')) {
    const rule = rangeOf(sheet, cf.range).conditionalFormats.add('Custom');
    rule.custom.rule.formula = cf.formula;
    if (cf.fill) rule.custom.format.fill.color = cf.fill;
    if (cf.bold) rule.custom.format.font.bold = true;
    if (cf.fontColor) rule.custom.format.font.color = cf.fontColor;
  }
  applyPrint(sheet, plan);
  for (const c of plan.charts) addChart(sheet, c);
}

export async function applyPlanExcel(plan: SheetPlan, opts: ExcelApplyOptions = {}): Promise<ExcelApplyResult> {
  const excel = opts.excel ?? Excel;
  const limit = opts.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const batches = packBatches(writeOps(plan, toExcel, limit), limit);
  return excel.run(async (ctx) => {
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await ctx.sync();
    };
    // add() returns a proxy bound to the sheet it created, not to a name: rollback deletes that object. A sheet a
    // co-author adds under the same name meanwhile makes add() fail with ItemAlreadyExists and is never touched
    // (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1):
    // add "returns the new worksheet"; names are unique)
    await applyNewSheet<Worksheet>(plan.name, {
      async hasSheet(name) {
        const existing = ctx.workbook.worksheets.getItemOrNullObject(name);
        existing.load('isNullObject');
        await sync();
        return !existing.isNullObject;
      },
      addSheet: (name) => ctx.workbook.worksheets.add(name),
      async write(sheet) {
        for (let i = 0; i < batches.length; i++) {
          for (const op of batches[i]) runOp(sheet, op);
          if (i === batches.length - 1) finish(sheet, plan);
          await sync();
          opts.onProgress?.(i + 1, batches.length);
        }
      },
      async removeSheet(sheet) {
        sheet.delete();
        await sync();
      },
      nameTaken: (e) => (e as { code?: string } | null)?.code === 'ItemAlreadyExists' || /ItemAlreadyExists/.test(e instanceof Error ? e.message : String(e)),
    });
    return { sheetName: plan.name, rowsWritten: plan.dataRows, syncs, batches: batches.length };
  });
}

/** The names the workbook has (for a unique new name). */
export async function listSheetNamesExcel(excel: ExcelApi = Excel): Promise<string[]> {
  return excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets;
    ws.load('items/name');
    await ctx.sync();
    return ws.items.map((s) => s.name);
  });
}

