// The Office.js applier: a SheetPlan → a new worksheet in whole 2-D blocks, ≤ 3 syncs under the request limit; on failure the new sheet goes.
import type { Bilingual } from '../../core/i18n/lang';
import { absoluteRanges, cell as a1 } from '../../core/plan/a1';
import { expandRows } from '../../core/plan/copiedDown';
import { toDialect } from '../../core/plan/dialect';
import { asTypedText } from '../../core/plan/textSafety';
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

export class ApplyError extends Error {
  constructor(
    readonly messages: Bilingual,
    readonly original?: unknown,
  ) {
    super(messages['en-US']);
  }
}

/** Strings are written as typed text: a leading apostrophe keeps =…, +86…, 00123 from being parsed. */
function protect(rows: unknown[][]): unknown[][] {
  return rows.map((r) => r.map((v) => (typeof v === 'string' ? asTypedText(v) : v)));
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
  if (f.hAlign) r.format.horizontalAlignment = f.hAlign === 'center' ? 'Center' : f.hAlign === 'right' ? 'Right' : 'Left';
  if (f.wrap) r.format.wrapText = true;
  if (f.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      const b = r.format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#BFBFBF';
    }
  }
}

const CHART_TYPE: Record<ChartSpec['type'], `${Excel.ChartType}`> = { bar: 'BarClustered', column: 'ColumnClustered', line: 'Line', scatter: 'XYScatter', pareto: 'ColumnClustered' };

function addChart(sheet: Worksheet, c: ChartSpec) {
  const cats = rangeOf(sheet, c.categories);
  const first = c.series[0];
  const chart = sheet.charts.add(CHART_TYPE[c.type], rangeOf(sheet, first.values), 'Columns');
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
  const p = plan.print;
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = p.landscape ? 'Landscape' : 'Portrait';
  // one page wide, as many tall as needed: only horizontalFitToPages is set, since the docs give no meaning to
  // verticalFitToPages: 0 (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions)
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.from + 1}:$${p.repeatRows.to + 1}`);
  // Excel draws the chart, so its place prints too (the .xlsx writer leaves it out: only a note is there)
  const areas = [...p.areas, ...p.chartAreas];
  if (areas.length) layout.setPrintArea(absoluteRanges(areas));
  layout.headersFooters.defaultForAllPages.centerFooter = `&"${p.font.name},Regular"&9${p.footer}`;
  // a break above the first row of the next page
  for (const r of p.rowBreaks) sheet.horizontalPageBreaks.add(a1(r + 1, 0));
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
  plan.columnWidths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round((w * 7 + 5) * 0.75)));
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member (ExcelApi 1.2)
  for (const c of plan.hiddenColumns) sheet.getRangeByIndexes(0, c, 1, 1).columnHidden = true;
  for (const [r, h] of Object.entries(plan.rowHeights)) sheet.getRangeByIndexes(Number(r), 0, 1, 1).format.rowHeight = h;
  if (plan.frozenRows) sheet.freezePanes.freezeRows(plan.frozenRows);
  for (const v of plan.validations) {
    // drop-downs refuse other entries in both hosts (Sheets: setAllowInvalid(false)); Excel's default alert is Stop,
    // set here so it does not rest on a default: https://learn.microsoft.com/javascript/api/excel/excel.datavalidationerroralert
    const dv = rangeOf(sheet, v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
    dv.ignoreBlanks = v.allowBlank;
    dv.errorAlert = { showAlert: true, style: 'Stop', title: 'DealerKit', message: v.list.join(', ') };
  }
  for (const cf of plan.conditionalFormats) {
    const rule = rangeOf(sheet, cf.range).conditionalFormats.add('Custom');
    rule.custom.rule.formula = toDialect(cf.formula, 'excel');
    if (cf.style.fill) rule.custom.format.fill.color = cf.style.fill;
    if (cf.style.bold) rule.custom.format.font.bold = true;
    if (cf.style.fontColor) rule.custom.format.font.color = cf.style.fontColor;
  }
  applyPrint(sheet, plan);
  for (const c of plan.charts) addChart(sheet, c);
}

const NAME_TAKEN = (name: string): Bilingual => ({ 'zh-CN': `已有名为“${name}”的工作表：请重新生成`, 'en-US': `A sheet named "${name}" already exists: generate again` });
const FAILED = (why: string): Bilingual => ({
  'zh-CN': `写入失败，已删除未完成的新工作表，其他工作表未改动。原因：${why}`,
  'en-US': `Writing failed; the half-written new sheet was removed and no other sheet changed. Reason: ${why}`,
});

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
    const existing = ctx.workbook.worksheets.getItemOrNullObject(plan.name);
    existing.load('isNullObject');
    await sync();
    if (!existing.isNullObject) throw new ApplyError(NAME_TAKEN(plan.name));
    // rollback deletes the object add() returned (a proxy bound to the sheet it created, not to a name), never a sheet
    // looked up by name: a sheet a co-author adds under the same name meanwhile makes add() fail and is never touched
    // (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1):
    // add "returns the new worksheet"; names are unique, so a taken name fails with ItemAlreadyExists)
    let sheet: Worksheet | undefined;
    try {
      sheet = ctx.workbook.worksheets.add(plan.name);
      for (let i = 0; i < batches.length; i++) {
        for (const op of batches[i]) runOp(sheet, op);
        if (i === batches.length - 1) finish(sheet, plan);
        await sync();
        opts.onProgress?.(i + 1, batches.length);
      }
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      const code = (e as { code?: string } | null)?.code ?? '';
      // the name was taken between the check and add(): nothing of ours exists, nothing is deleted
      if (code === 'ItemAlreadyExists' || /ItemAlreadyExists/.test(why)) throw new ApplyError(NAME_TAKEN(plan.name), e);
      try {
        sheet?.delete();
        await sync();
      } catch {
        // the sheet never came to be, or cannot be removed; the error below says what happened
      }
      throw new ApplyError(FAILED(why), e);
    }
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

