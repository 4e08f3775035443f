// The computed columns of a table report: written from the core's results as a spilling formula, per-row formulas or values.
import type { Bilingual } from '../i18n/lang';
import { planText } from '../i18n/plan-messages';
import { SheetError } from '../values/errors';
import type { FunctionResult, HostArg } from '../values/types';
import type { PortableHelper } from '../functions/types';
import { cell, rect } from './a1';
import { cachedAsValue } from './builder';
import { cachedOf } from './cellValues';
import { copiedDownForm } from './copiedDown';
import { dkFormula, fnDef, hostArgs, portableArgs, tooManyRowsNote, type FnArg } from './fnColumn';
import { displayWidth, shownFormat } from './printText';
import { FIRST_DATA_ROW } from './tableLayout';
import type { TableReport } from './tableReport';
import type { ComputedSpec } from './templateSpec';
import type { PlanCached } from './types';

export class ComputedColumns {
  /** the helper cells (`portable.helpers`) a population column's portable formulas read, by computed column id */
  private readonly helperCells = new Map<string, readonly string[]>();

  constructor(
    private readonly report: TableReport,
    /** the computed columns of this mode (helper columns exist only in the modes that need them) */
    readonly specs: readonly ComputedSpec[],
  ) {}

  /**
   * Write a computed column from the core's result for the same inputs: one spilling DealerKit formula,
   * or (a grid) one formula per cell; `asValues` writes the results whatever the mode.
   */
  spill(id: string, formula: string | string[][] | ((i: number, j: number) => string), result: FunctionResult, asValues = false) {
    const { report } = this;
    const n = report.n;
    const spec = this.spec(id);
    const k = spec.headers.length;
    let cached: PlanCached[][];
    const of = (v: unknown) => cachedOf(v, report.lang);
    if (result instanceof SheetError || !Array.isArray(result)) cached = [[of(result)]];
    else cached = result.map((row) => row.slice(0, k).map(of));
    report.columnValues.setComputedRows(id, cached.length === n ? cached : Array.from({ length: n }, (_, i) => cached[i] ?? Array(k).fill(of(result instanceof SheetError ? result : ''))));
    const all = report.columnValues.computedRows(id)!;
    const col = report.columns.col(id);
    if (asValues) report.sheet.values(FIRST_DATA_ROW, col, all.map((r) => r.map(cachedAsValue)));
    else if (typeof formula === 'string') report.sheet.formulas(FIRST_DATA_ROW, col, [[formula]], cached, true);
    else if (typeof formula === 'function') this.rowFormulas(col, k, formula, all);
    else if (n > 0) report.sheet.formulas(FIRST_DATA_ROW, col, formula, all);
    this.style(spec);
  }

  /**
   * Write a computed column declared as a call of a registry function on the table's columns, in the
   * report's mode: `dk` one spilling DealerKit formula, `portable` the function's native form in every
   * row (`def.portable`), `values` the results. All three cache the core's results for the same inputs.
   * Above the portable form's `maxRows` the column is written as values, with a note on the sheet.
   */
  fn(id: string, name: string, args: FnArg[]) {
    const { report } = this;
    const def = fnDef(name);
    const result = def.run(hostArgs(report, args));
    const max = def.portable.maxRows;
    if (report.mode !== 'portable') return this.spill(id, dkFormula(report, name, args), result);
    const spec = this.spec(id);
    if (max !== undefined && report.n > max) {
      // values, not formulas, for this column only: the builder writes a spill's cached results in values mode
      const note = tooManyRowsNote(spec.headers[0], name, report.n, max);
      report.sheet.warn(note);
      report.side.notes(planText('notes'), [note]);
      return this.spill(id, dkFormula(report, name, args), result, true);
    }
    const helpers = report.n > 0 ? (def.portable.helpers?.(portableArgs(report, args, 0, 0)) ?? []) : [];
    if (helpers.length) this.placeHelpers(id, spec.headers[0], helpers, hostArgs(report, args), result);
    const at = this.helperCells.get(id);
    this.spill(id, (i, j) => `=${def.portable.formula(portableArgs(report, args, i, j, at))}`, result);
  }

  /**
   * Per-row formulas of data columns `col`…`col+k-1` with their cached rows: one copied-down block when every
   * row is the first row's formulas moved down (a 100,000-row column then holds one text, not 100,000), else
   * every row's text.
   */
  private rowFormulas(col: number, k: number, at: (i: number, j: number) => string, cached: PlanCached[][]) {
    const { report } = this;
    if (report.n === 0) return;
    const form = report.copyDown ? copiedDownForm(report.n, k, at) : { rows: Array.from({ length: report.n }, (_, i) => Array.from({ length: k }, (_, j) => at(i, j))) };
    if ('first' in form) report.sheet.copiedDown(FIRST_DATA_ROW, col, form.first, cached);
    else report.sheet.formulas(FIRST_DATA_ROW, col, form.rows, cached);
  }

  /** Write a computed column of native per-row formulas with their values (`k`: the column of a multi-column block). */
  perRow(id: string, formula: (i: number, row: number) => string, cached: PlanCached[], k = 0) {
    const { report } = this;
    const spec = this.spec(id);
    const rows = report.columnValues.computedRows(id) ?? cached.map(() => []);
    cached.forEach((v, i) => (rows[i][k] = v));
    report.columnValues.setComputedRows(id, rows);
    this.rowFormulas(report.columns.col(id) + k, 1, (i) => formula(i, FIRST_DATA_ROW + i + 1), cached.map((v) => [v]));
    if (k === 0) this.style(spec);
  }

  /**
   * The helper cells a column's portable formulas share (pareto TIER: its thresholds), each named by the column
   * it serves and what it holds: under the parameter block (they are inputs of the formulas, not a summary;
   * the block does not print), or in the side area when there is no block. Muted: they are machinery.
   */
  private placeHelpers(id: string, forHeader: Bilingual, helpers: readonly PortableHelper[], host: HostArg[], result: FunctionResult) {
    const { report } = this;
    const { params, side } = report;
    const inParams = params.width > 0;
    const r = inParams ? params.nextRow : side.row;
    const c = inParams ? params.col : side.col;
    const at = helpers.map((_, j) => cell(r + j, c + 1, true));
    const header = report.text(forHeader);
    report.sheet.values(r, c, helpers.map((h) => [report.text(planText('fnHelper', { header, label: report.text(h.label) }))]));
    report.sheet.formulas(r, c + 1, helpers.map((h) => [`=${h.formula(at)}`]), helpers.map((h) => [h.value(host, result)]));
    report.sheet.format({ range: rect(r, c, helpers.length, 2), fontColor: '#7F7F7F' });
    report.sheet.format({ range: rect(r, c + 1, helpers.length, 1), border: 'thin', numberFormat: '#,##0.##' });
    this.helperCells.set(id, at);
    if (inParams) params.nextRow = r + helpers.length;
    else side.row = r + helpers.length + 1;
  }

  private spec(id: string): ComputedSpec {
    const s = this.specs.find((c) => c.id === id);
    if (!s) throw new Error(`template ${this.report.spec.id}: no computed column ${id}`);
    return s;
  }

  private style(spec: ComputedSpec) {
    const { report } = this;
    const { sheet, n } = report;
    const c = report.columns.col(spec.id);
    const k = spec.headers.length;
    const fmt = shownFormat(spec.numberFormat, (report.columnValues.computedRows(spec.id) ?? []).flat());
    for (let j = 0; j < k; j++) report.columns.shownFormats.set(c + j, fmt);
    if (n > 0) sheet.format({ range: rect(FIRST_DATA_ROW, c, n, k), border: 'thin', fill: '#F7FAFD', ...(fmt ? { numberFormat: fmt } : {}) });
    // long headers wrap (the header row grows) rather than widen the printed page
    for (let j = 0; j < k; j++) sheet.width(c + j, spec.width ?? Math.max(10, Math.min(12, displayWidth(report.text(spec.headers[j])) + 2)));
    if (spec.hidden) sheet.hide(c, k);
  }
}
