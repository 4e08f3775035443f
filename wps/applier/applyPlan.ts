// The WPS applier: a SheetPlan → a new worksheet through the ET object model, whole blocks per call; a failed fill deletes only its own new sheet.
/// <reference types="et-jsapi-declare" />
import { BORDER_COLOR, CHART_TYPES, conditionalRules, H_ALIGN, listSource, printSetup, typedText } from '../../core/apply/mappings';
import { ApplyError, applyNewSheet } from '../../core/apply/newSheet';
import { always } from '../../core/fill/maybe';
import { fillText, reason } from '../../core/i18n/fill-messages';
import type { Bilingual } from '../../core/i18n/lang';
import { rangeA1 } from '../../core/plan/a1';
import { copiedDownFormula, expandRows } from '../../core/plan/copiedDown';
import { toDialect } from '../../core/plan/dialect';
import type { ChartSpec, FormatSpec, RangeRef, SheetPlan } from '../../core/plan/types';
import type { EtApp, EtRange, EtShape, EtWorksheet } from './et-types';

/*
 * ET constants (the VBA object model's numbers; et-jsapi-declare declares them as ambient enums, which do
 * not exist at run time, so their values are written here).
 */
const XL_PAPER_A4 = 9;
const XL_PORTRAIT = 1;
const XL_LANDSCAPE = 2;
const XL_VALIDATE_LIST = 3;
const XL_VALID_ALERT_STOP = 1;
const XL_EXPRESSION = 2;
const XL_CONTINUOUS = 1;
const XL_LINE = 4;
const XL_SECONDARY = 2;
const XL_CATEGORY = 1;
const XL_VALUE = 2;
/** AddChart2's Style: the chart type's default style */
const DEFAULT_STYLE = -1;

export interface WpsApplyResult {
  sheetName: string;
  rowsWritten: number;
  /** what did not go as planned but did not fail the fill (a chart WPS refused) */
  notes: Bilingual[];
}

/** The shared applier error (its old name here) */
export { ApplyError as WpsApplyError };

/** `#RRGGBB` → the BGR long ET (like VBA) takes for colours. */
export function bgr(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

const at = (sheet: EtWorksheet, r: RangeRef) => sheet.Range(rangeA1(r));
const block = (sheet: EtWorksheet, row: number, col: number, rows: number, cols: number) => at(sheet, { row, col, rows, cols });

/** Strings are written as typed text: a leading apostrophe keeps =…, +86…, 00123 from being parsed (as in Excel). */
const typed = (v: string | number | boolean) => typedText(v);

/**
 * What an earlier block left in a cell (a `null` means "leave the cell as it is", but a whole-block write
 * writes every cell): the latest earlier block's value or formula there, else empty. Looked up only for holes.
 */
function earlier(plan: SheetPlan, before: number, row: number, col: number): string | number | boolean {
  for (let i = before - 1; i >= 0; i--) {
    const b = plan.blocks[i];
    if (b.kind === 'formulas' && b.spill) continue; // an array formula's area cannot be rewritten cell by cell
    if (b.kind === 'copiedDown') {
      if (row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.formulas.length) return toDialect(copiedDownFormula(b, row - b.row, col - b.col), 'excel');
      continue;
    }
    const grid = b.kind === 'values' ? b.values : b.formulas;
    const r = row - b.row;
    const c = col - b.col;
    if (r < 0 || c < 0 || r >= grid.length || c >= grid[r].length) continue;
    const v = grid[r][c];
    if (v === null) continue;
    return b.kind === 'values' ? typed(v) : toDialect(v as string, 'excel');
  }
  return '';
}

/**
 * Cell contents, one host call per block: a value block is one Value2 write, a formula block one Formula
 * write (a 2-D array); a spilling DealerKit formula one FormulaArray over exactly the area its result
 * fills (an array formula every WPS version computes, without relying on dynamic arrays).
 */
function writeBlocks(sheet: EtWorksheet, plan: SheetPlan) {
  plan.blocks.forEach((b, i) => {
    if (b.kind === 'formulas' && b.spill) {
      const rows = Math.max(b.cached.length, 1);
      const cols = Math.max(b.cached.length ? b.cached[0].length : 1, 1);
      const f = b.formulas[0][0];
      if (f) block(sheet, b.row, b.col, rows, cols).FormulaArray = toDialect(f, 'excel');
      return;
    }
    if (b.kind === 'copiedDown') {
      // one Formula write of the whole block, as for any formula block (the ET call takes the 2-D array at once)
      block(sheet, b.row, b.col, b.rows, b.formulas.length).Formula = expandRows(b, 0, b.rows, (f) => toDialect(f, 'excel')) as unknown as string;
      return;
    }
    const grid = b.kind === 'values' ? b.values : b.formulas;
    if (!grid.length || !grid[0].length) return;
    const cells = grid.map((row, r) =>
      row.map((v, c) => (v === null ? earlier(plan, i, b.row + r, b.col + c) : b.kind === 'values' ? typed(v) : toDialect(v as string, 'excel'))),
    );
    const target = block(sheet, b.row, b.col, grid.length, grid[0].length);
    if (b.kind === 'values') target.Value2 = cells;
    else target.Formula = cells as unknown as string; // Range.Formula takes a 2-D array for a 2-D range, as in Excel's VBA model
  });
}

function applyFormat(sheet: EtWorksheet, f: FormatSpec) {
  const r: EtRange = at(sheet, f.range);
  if (f.numberFormat) r.NumberFormat = f.numberFormat;
  if (f.bold !== undefined) r.Font.Bold = f.bold;
  if (f.italic !== undefined) r.Font.Italic = f.italic;
  if (f.fontColor) r.Font.Color = bgr(f.fontColor);
  if (f.fontSize) r.Font.Size = f.fontSize;
  if (f.fill) r.Interior.Color = bgr(f.fill);
  if (f.hAlign) r.HorizontalAlignment = H_ALIGN[f.hAlign].et;
  if (f.wrap) r.WrapText = true;
  if (f.border) {
    r.Borders.LineStyle = XL_CONTINUOUS;
    r.Borders.Color = bgr(BORDER_COLOR);
  }
}

/** Page set-up through PageSetup, as in Excel's VBA model: A4, one page wide, print titles, print area, footer, card breaks. */
function applyPrint(sheet: EtWorksheet, plan: SheetPlan, drawn: readonly RangeRef[]) {
  // a chart WPS drew prints in its place, as in Excel; one it refused leaves only cells there, so its place is left out
  const p = printSetup(plan, { charts: drawn });
  const ps = sheet.PageSetup;
  ps.PaperSize = XL_PAPER_A4 as Et.XlPaperSize;
  ps.Orientation = (p.landscape ? XL_LANDSCAPE : XL_PORTRAIT) as Et.XlPageOrientation;
  if (p.fitToWidth) {
    ps.Zoom = false;
    ps.FitToPagesWide = 1;
    ps.FitToPagesTall = false;
  }
  if (p.titleRows) ps.PrintTitleRows = p.titleRows;
  if (p.area) ps.PrintArea = p.area;
  ps.CenterFooter = p.footer;
  for (const r of p.pageStarts) sheet.HPageBreaks.Add(block(sheet, r, 0, 1, 1));
}

/**
 * One native chart through the ET object model, as the Excel applier maps a ChartSpec: Shapes.AddChart2 over
 * the anchor's cells, then each series from its own range (NewSeries; Values/XValues take a Range, as in
 * Excel's VBA model), the title and axis titles. A few calls per chart and series, none per row.
 */
function addChart(sheet: EtWorksheet, c: ChartSpec): EtShape {
  const place = block(sheet, c.anchor.row, c.anchor.col, c.anchor.rows, c.anchor.cols);
  const shapes = sheet.Shapes;
  const type = CHART_TYPES[c.type].et;
  const shape =
    typeof shapes.AddChart2 === 'function'
      ? shapes.AddChart2(DEFAULT_STYLE, type, place.Left, place.Top, place.Width, place.Height)
      : shapes.AddChart(type, place.Left, place.Top, place.Width, place.Height);
  try {
    const chart = shape.Chart;
    // AddChart2 may plot the active cell's region by itself (Excel's VBA model does): start from no series
    const all = chart.SeriesCollection();
    for (let i = all.Count; i >= 1; i--) all.Item(i).Delete();
    const cats = at(sheet, c.categories);
    for (const s of c.series) {
      const series = chart.SeriesCollection().NewSeries();
      series.Name = s.name;
      series.Values = at(sheet, s.values);
      series.XValues = cats;
      if (s.drawAs === 'line' && c.type !== 'line') series.ChartType = XL_LINE as Kso.XlChartType;
      if (s.secondaryAxis) series.AxisGroup = XL_SECONDARY as Kso.XlAxisGroup;
    }
    chart.HasTitle = true;
    chart.ChartTitle.Text = c.title;
    chart.HasLegend = c.series.length > 1;
    const axisTitle = (type: number, text: string | undefined) => {
      if (!text) return;
      const axis = chart.Axes().Item(type as Kso.XlAxisType);
      axis.HasTitle = true;
      axis.AxisTitle.Text = text;
    };
    axisTitle(XL_CATEGORY, c.xTitle);
    axisTitle(XL_VALUE, c.yTitle);
    return shape;
  } catch (e) {
    try {
      shape.Delete(); // a half-made chart would mislead: the note says it is missing
    } catch {
      // the note below says what happened
    }
    throw e;
  }
}

/** Draws every chart; one WPS refuses becomes a note and the fill goes on (as a chart is optional to a report). */
function addCharts(sheet: EtWorksheet, plan: SheetPlan, notes: Bilingual[]): RangeRef[] {
  const drawn: RangeRef[] = [];
  for (const c of plan.charts) {
    try {
      addChart(sheet, c);
      drawn.push({ row: c.anchor.row, col: c.anchor.col, rows: c.anchor.rows, cols: c.anchor.cols });
    } catch (e) {
      notes.push(fillText('chartFailed', { title: c.title, why: reason(e) }));
    }
  }
  return drawn;
}

function finish(app: EtApp, sheet: EtWorksheet, plan: SheetPlan, notes: Bilingual[]) {
  if (plan.extent.rows && plan.extent.cols) {
    const all = block(sheet, 0, 0, plan.extent.rows, plan.extent.cols).Font;
    all.Name = plan.print.font.name;
    all.Size = plan.print.font.size;
  }
  for (const f of plan.formats) applyFormat(sheet, f);
  for (const m of plan.merges) at(sheet, m).Merge(false);
  plan.columnWidths.forEach((w, c) => (block(sheet, 0, c, 1, 1).ColumnWidth = w));
  // helper columns a portable formula reads (DEALERSCORE's item points): hidden, so they neither show nor print
  for (const c of plan.hiddenColumns) block(sheet, 0, c, 1, 1).EntireColumn.Hidden = true;
  for (const [r, h] of Object.entries(plan.rowHeights)) block(sheet, Number(r), 0, 1, 1).RowHeight = h;
  for (const v of plan.validations) {
    const val = at(sheet, v.range).Validation;
    val.Add(XL_VALIDATE_LIST as Et.XlDVType, XL_VALID_ALERT_STOP, undefined, listSource(v.list));
    val.IgnoreBlank = v.allowBlank;
    val.InCellDropdown = true;
  }
  for (const cf of conditionalRules(plan, 'excel')) {
    const rule = at(sheet, cf.range).FormatConditions.Add(XL_EXPRESSION as Et.XlFormatConditionType, undefined, cf.formula) as { Interior: { Color: number }; Font: { Color: number; Bold: boolean } };
    if (cf.fill) rule.Interior.Color = bgr(cf.fill);
    if (cf.fontColor) rule.Font.Color = bgr(cf.fontColor);
    if (cf.bold) rule.Font.Bold = true;
  }
  const drawn = addCharts(sheet, plan, notes);
  applyPrint(sheet, plan, drawn);
  // freeze panes act on the active window: the new sheet is active (Worksheets.Add activates it)
  const win = app.ActiveWindow;
  if (win && (plan.frozenRows || plan.frozenCols)) {
    win.FreezePanes = false;
    win.SplitColumn = plan.frozenCols;
    win.SplitRow = plan.frozenRows;
    win.FreezePanes = true;
  }
}

export function listSheetNamesWps(app: EtApp): string[] {
  const ws = app.ActiveWorkbook?.Worksheets;
  if (!ws) return [];
  const names: string[] = [];
  for (let i = 1; i <= ws.Count; i++) names.push(ws.Item(i).Name);
  return names;
}

/** Writes the plan into a new sheet after the last one; synchronous, like the ET object model. */
export function applyPlanWps(plan: SheetPlan, app: EtApp): WpsApplyResult {
  const ws = app.ActiveWorkbook?.Worksheets;
  if (!ws) throw new ApplyError(fillText('noWorkbook'));
  const notes: Bilingual[] = [];
  const updating = app.ScreenUpdating;
  app.ScreenUpdating = false;
  always(
    () =>
      applyNewSheet<EtWorksheet>(plan.name, {
        hasSheet: (name) => listSheetNamesWps(app).some((n) => n.toLowerCase() === name.toLowerCase()),
        addSheet: () => ws.Add(undefined, ws.Item(ws.Count)),
        // named here, not in addSheet: a name WPS refuses leaves a sheet of ours that the rollback removes
        write(sheet) {
          sheet.Name = plan.name;
          writeBlocks(sheet, plan);
          finish(app, sheet, plan, notes);
        },
        removeSheet(sheet) {
          const alerts = app.DisplayAlerts;
          try {
            app.DisplayAlerts = false; // Delete would otherwise ask the user to confirm
            sheet.Delete();
          } finally {
            app.DisplayAlerts = alerts;
          }
        },
      }),
    () => (app.ScreenUpdating = updating),
  );
  return { sheetName: plan.name, rowsWritten: plan.dataRows, notes };
}
