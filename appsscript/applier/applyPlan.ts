// The SpreadsheetApp applier: a SheetPlan → a new sheet with whole-block calls, a constant number of them; on failure the sheet goes.
// Its steps (add, write blocks, finish, remove) are the server functions the sidebar calls; applyPlanSheets runs them in-process.
import { BORDER_COLOR, CHART_TYPES, columnPixels, conditionalRules, typedText } from '../../core/apply/mappings';
import { ApplyError } from '../../core/apply/newSheet';
import { now } from '../../core/fill/maybe';
import { expandRows } from '../../core/plan/copiedDown';
import { toDialect } from '../../core/plan/dialect';
import type { Block, ChartSpec, FormatSpec, FormulaBlock, RangeRef, SheetPlan } from '../../core/plan/types';
import type { PlanFinish } from '../wire';
import { applyInParts, nameTakenError, type PartSteps } from './parts';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
/** The Apps Script globals the applier calls (tests pass fakes; the default is the script's own). */
export type GSpreadsheetApp = Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActiveSpreadsheet' | 'newDataValidation' | 'newConditionalFormatRule' | 'BorderStyle'>;
export type GCharts = Pick<GoogleAppsScript.Charts.Charts, 'ChartType'>;

/**
 * Cells per setValues/setFormulas call. Apps Script has no documented per-call cap, but very large
 * calls fail with service errors or run into the 6-minute limit (reported from about a million
 * cells up); 250,000 cells keeps each call a few MB, so only fills past that are chunked.
 */
export const MAX_CELLS_PER_CALL = 250_000;

export interface SheetsApplyOptions {
  app?: GSpreadsheetApp;
  charts?: GCharts;
  onProgress?: (done: number, total: number) => void;
  maxCellsPerCall?: number;
}

export interface SheetsApplyResult {
  sheetName: string;
  rowsWritten: number;
}

/** The shared applier error (its old name here) */
export { ApplyError as SheetsApplyError };

const G = () => ({ SpreadsheetApp: SpreadsheetApp as GSpreadsheetApp, Charts: Charts as GCharts });

function range(sheet: GSheet, r: RangeRef): GRange {
  return sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols);
}

/** Rows of a block in slices of at most `maxCells` cells. */
function slices(rows: number, cols: number, maxCells: number): [number, number][] {
  const per = Math.max(1, Math.floor(maxCells / Math.max(1, cols)));
  const out: [number, number][] = [];
  for (let r = 0; r < rows; r += per) out.push([r, Math.min(rows, r + per)]);
  return out;
}

/** Column runs of a formula block where every row has a formula (so setFormulas never blanks a written value). */
function formulaRuns(b: FormulaBlock): { col: number; cols: number; full: boolean }[] {
  const cols = b.formulas[0].length;
  const full = (c: number) => b.formulas.every((row) => row[c] !== null);
  const none = (c: number) => b.formulas.every((row) => row[c] === null);
  const runs: { col: number; cols: number; full: boolean }[] = [];
  for (let c = 0; c < cols; c++) {
    if (none(c)) continue;
    const f = full(c);
    const last = runs[runs.length - 1];
    if (last && last.full && f && last.col + last.cols === c) last.cols++;
    else runs.push({ col: c, cols: 1, full: f });
  }
  return runs;
}

/** The blocks, in order, in whole-block calls of at most `maxCells` cells. */
export function writePlanBlocks(sheet: GSheet, blocks: readonly Block[], maxCells = MAX_CELLS_PER_CALL, progress: () => void = () => undefined) {
  for (const b of blocks) {
    if (b.kind === 'values') {
      const cols = b.values[0].length;
      for (const [from, to] of slices(b.values.length, cols, maxCells)) {
        const part = b.values.slice(from, to).map((row) => row.map((v) => (v === null ? '' : typedText(v))));
        sheet.getRange(b.row + from + 1, b.col + 1, to - from, cols).setValues(part);
        progress();
      }
    } else if (b.kind === 'copiedDown') {
      // Expanded a slice at a time: Range.setFormula's reference says only "Updates the formula for this range"
      // (https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula), not that relative
      // references move across a multi-cell range (the REST API's RepeatCellRequest does document that, but the
      // applier runs on SpreadsheetApp), so each slice's formulas are written as setFormulas does for any block.
      const cols = b.formulas.length;
      for (const [from, to] of slices(b.rows, cols, maxCells)) {
        sheet.getRange(b.row + from + 1, b.col + 1, to - from, cols).setFormulas(expandRows(b, from, to, (f) => toDialect(f, 'sheets')));
        progress();
      }
    } else if (b.spill) {
      sheet.getRange(b.row + 1, b.col + 1).setFormula(toDialect(b.formulas[0][0]!, 'sheets'));
    } else {
      for (const run of formulaRuns(b)) {
        if (run.full) {
          for (const [from, to] of slices(b.formulas.length, run.cols, maxCells)) {
            const part = b.formulas.slice(from, to).map((row) => row.slice(run.col, run.col + run.cols).map((f) => toDialect(f!, 'sheets')));
            sheet.getRange(b.row + from + 1, b.col + run.col + 1, to - from, run.cols).setFormulas(part);
            progress();
          }
        } else {
          // a column mixing formulas and values (small summary blocks only): formula by formula
          b.formulas.forEach((row, r) => {
            const f = row[run.col];
            if (f !== null) sheet.getRange(b.row + r + 1, b.col + run.col + 1).setFormula(toDialect(f, 'sheets'));
          });
        }
      }
    }
  }
}

function applyFormat(sheet: GSheet, f: FormatSpec, border: GoogleAppsScript.Spreadsheet.BorderStyle) {
  const r = range(sheet, f.range);
  if (f.numberFormat) r.setNumberFormat(f.numberFormat);
  if (f.bold !== undefined) r.setFontWeight(f.bold ? 'bold' : 'normal');
  if (f.italic !== undefined) r.setFontStyle(f.italic ? 'italic' : 'normal');
  if (f.fontColor) r.setFontColor(f.fontColor);
  if (f.fontSize) r.setFontSize(f.fontSize);
  if (f.fill) r.setBackground(f.fill);
  if (f.hAlign) r.setHorizontalAlignment(f.hAlign);
  if (f.wrap) r.setWrap(true);
  if (f.border) r.setBorder(true, true, true, true, true, true, BORDER_COLOR, border);
}

/** A data range with the header cell above it, so the chart's legend and axis take the series names. */
const withHeader = (r: RangeRef): RangeRef => (r.row > 0 ? { ...r, row: r.row - 1, rows: r.rows + 1 } : r);

function addChart(sheet: GSheet, c: ChartSpec, charts: GCharts) {
  let b = sheet.newChart().setChartType(charts.ChartType[CHART_TYPES[c.type].sheets]).addRange(range(sheet, withHeader(c.categories)));
  for (const s of c.series) b = b.addRange(range(sheet, withHeader(s.values)));
  // the first row of every range is its header: series names for the legend, not a data point
  // (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setnumheadersheaders)
  b = b.setNumHeaders(1).setPosition(c.anchor.row + 1, c.anchor.col + 1, 0, 0).setOption('title', c.title).setOption('useFirstColumnAsDomain', true);
  if (c.type === 'pareto') {
    // bars for sales, the cumulative share as a line on the right axis
    b = b.setOption('series', { 0: { type: 'bars' }, 1: { type: 'line', targetAxisIndex: 1 } }).setOption('vAxes', { 1: { format: 'percent' } });
  }
  if (c.xTitle) b = b.setOption('hAxis', { title: c.xTitle });
  if (c.yTitle) b = b.setOption('vAxis', { title: c.yTitle });
  sheet.insertChart(b.build());
}


/** Adds the report's sheet at the end and grows it to `rows` × `cols` (a new sheet has 1000 × 26). */
export function addPlanSheet(book: GSpreadsheet, name: string, rows: number, cols: number): GSheet {
  // insertSheet returns the new sheet; rollback deletes that sheet, never one found by name. A co-author's sheet
  // taking the name after the check makes insertSheet throw before anything of ours exists
  // (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex)
  const sheet = book.insertSheet(name, book.getNumSheets());
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < cols) sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  return sheet;
}

/** The in-process form (bench, tests): the same steps the sidebar calls through google.script.run, without the wire. */
export function applyPlanSheets(plan: SheetPlan, ss?: GSpreadsheet, opts: SheetsApplyOptions = {}): SheetsApplyResult {
  const app = opts.app ?? G().SpreadsheetApp;
  const charts = opts.charts ?? G().Charts;
  const book = ss ?? app.getActiveSpreadsheet();
  const maxCells = opts.maxCellsPerCall ?? MAX_CELLS_PER_CALL;
  let done = 0;
  const total = plan.blocks.length;
  const steps: PartSteps<GSheet> = {
    hasSheet: (name) => !!book.getSheetByName(name),
    add: (name, rows, cols) => addPlanSheet(book, name, rows, cols),
    writeBlocks: (sheet, blocks) => writePlanBlocks(sheet, blocks, maxCells, () => opts.onProgress?.(++done, total)),
    finish: (sheet, finish) => finishPlanSheet(sheet, finish, app, charts),
    remove: (sheet) => book.deleteSheet(sheet),
    nameTaken: nameTakenError,
  };
  // in-process nothing crosses a wire: one part holds every block
  now(applyInParts(plan, steps, { maxChars: Infinity }));
  return { sheetName: plan.name, rowsWritten: plan.dataRows };
}

/** Everything but the blocks: formats, merges, widths, hidden columns, frozen rows, drop-downs, conditional formats, charts. */
export function finishPlanSheet(sheet: GSheet, plan: PlanFinish, app: GSpreadsheetApp, charts: GCharts): void {
  const border = app.BorderStyle.SOLID;
  for (const f of plan.formats) applyFormat(sheet, f, border);
  for (const m of plan.merges) range(sheet, m).merge();
  // print-friendly widths: characters → pixels
  plan.columnWidths.forEach((w, c) => sheet.setColumnWidth(c + 1, columnPixels(w)));
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidecolumnscolumnindex,-numcolumns
  for (const c of plan.hiddenColumns) sheet.hideColumns(c + 1, 1);
  if (plan.frozenRows) sheet.setFrozenRows(plan.frozenRows);
  // plan.print is not applied: SpreadsheetApp has no page set-up (paper, fit, print area, footer, breaks);
  // Sheets asks for them in File → Print. Wrapped headers grow their row by themselves (no rowHeights).
  // drop-downs refuse other entries, as Excel's list validation does (its alert style Stop): a value outside the list
  // is rejected, not just flagged (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvalidData)
  for (const v of plan.validations) {
    range(sheet, v.range).setDataValidation(app.newDataValidation().requireValueInList(v.list, true).setAllowInvalid(false).build());
  }
  const rules = conditionalRules(plan, 'sheets');
  if (rules.length) {
    sheet.setConditionalFormatRules(
      rules.map((cf) => {
        let r = app.newConditionalFormatRule().whenFormulaSatisfied(cf.formula);
        if (cf.fill) r = r.setBackground(cf.fill);
        if (cf.bold) r = r.setBold(true);
        if (cf.fontColor) r = r.setFontColor(cf.fontColor);
        return r.setRanges([range(sheet, cf.range)]).build();
      }),
    );
  }
  for (const c of plan.charts) addChart(sheet, c, charts);
}
