// PlanBuilder: collects blocks, formats, validation, charts into a SheetPlan; in values mode formulas become their values.
import type { Lang } from '../i18n/lang';
import type {
  Block,
  ChartSpec,
  ConditionalFormatSpec,
  FormatSpec,
  FormulaMode,
  PlanCached,
  PlanMessage,
  PlanScalar,
  PrintSpec,
  RangeRef,
  SheetPlan,
  ValidationSpec,
} from './types';
import { defaultPrint } from './print';
import { cachedColumn } from './copiedDown';

/** A grid cell: a literal, or a formula with the value it is known to give. */
export type GridCell = PlanScalar | { f: string; v: PlanCached };

export function isPlanError(v: unknown): v is { error: string; message?: string } {
  return v !== null && typeof v === 'object' && typeof (v as { error?: unknown }).error === 'string';
}

/** How a cached value reads when written as a plain value (errors as Sheets shows them inside arrays). */
export function cachedAsValue(v: PlanCached): PlanScalar {
  if (isPlanError(v)) return v.message ? `${v.error} ${v.message}` : v.error;
  return v;
}

export class PlanBuilder {
  blocks: Block[] = [];
  formats: FormatSpec[] = [];
  merges: RangeRef[] = [];
  widths: number[] = [];
  validations: ValidationSpec[] = [];
  conditionalFormats: ConditionalFormatSpec[] = [];
  charts: ChartSpec[] = [];
  warnings: PlanMessage[] = [];
  frozenRows = 0;
  private hidden = new Set<number>();
  print: PrintSpec;
  rowHeights: Record<number, number> = {};
  private maxRow = 0;
  private maxCol = 0;

  constructor(
    readonly lang: Lang,
    readonly mode: FormulaMode,
  ) {
    this.print = defaultPrint(lang);
  }

  /** whether formulas are written (portable or dk) rather than their values */
  get live(): boolean {
    return this.mode !== 'values';
  }

  private touch(row: number, col: number, rows: number, cols: number) {
    this.maxRow = Math.max(this.maxRow, row + rows);
    this.maxCol = Math.max(this.maxCol, col + cols);
  }

  values(row: number, col: number, values: PlanScalar[][]) {
    if (!values.length || !values[0].length) return;
    this.blocks.push({ kind: 'values', row, col, values });
    this.touch(row, col, values.length, values[0].length);
  }

  /** Formulas with their cached values; with live off the cached values are written instead. */
  formulas(row: number, col: number, formulas: (string | null)[][], cached: PlanCached[][], spill = false) {
    if (!cached.length || !cached[0].length) return;
    if (!this.live) {
      this.values(row, col, cached.map((r) => r.map(cachedAsValue)));
      return;
    }
    this.blocks.push(spill ? { kind: 'formulas', row, col, formulas, cached, spill: true } : { kind: 'formulas', row, col, formulas, cached });
    this.touch(row, col, cached.length, cached[0].length);
  }

  /**
   * Formulas copied down `cached.length` rows: `first` holds each column's formula for the first row (see
   * CopiedDownBlock); with live off the cached values are written instead.
   */
  copiedDown(row: number, col: number, first: string[], cached: PlanCached[][]) {
    if (!cached.length || !first.length) return;
    if (!this.live) {
      this.values(row, col, cached.map((r) => r.map(cachedAsValue)));
      return;
    }
    this.blocks.push({ kind: 'copiedDown', row, col, rows: cached.length, formulas: first, cached: first.map((_, c) => cachedColumn(cached.map((r) => r[c]))) });
    this.touch(row, col, cached.length, first.length);
  }

  /** A small table of literals and formulas: one values block then one formulas block, whatever its size. */
  grid(row: number, col: number, cells: GridCell[][]) {
    if (!cells.length) return;
    const isF = (c: GridCell): c is { f: string; v: PlanCached } => c !== null && typeof c === 'object';
    const anyValue = cells.some((r) => r.some((c) => !isF(c) && c !== null));
    const anyFormula = cells.some((r) => r.some(isF));
    if (anyValue || !this.live) {
      this.values(row, col, cells.map((r) => r.map((c) => (isF(c) ? (this.live ? null : cachedAsValue(c.v)) : c))));
    }
    if (anyFormula && this.live) {
      this.blocks.push({
        kind: 'formulas',
        row,
        col,
        formulas: cells.map((r) => r.map((c) => (isF(c) ? c.f : null))),
        cached: cells.map((r) => r.map((c) => (isF(c) ? c.v : null))),
      });
    }
    this.touch(row, col, cells.length, Math.max(...cells.map((r) => r.length)));
  }

  format(f: FormatSpec) {
    this.formats.push(f);
  }
  merge(r: RangeRef) {
    this.merges.push(r);
  }
  /** hide columns (helper columns: they stay in the file, named in their header, and do not print) */
  hide(col: number, cols = 1) {
    for (let c = col; c < col + cols; c++) this.hidden.add(c);
  }

  width(col: number, w: number) {
    this.widths[col] = Math.max(this.widths[col] ?? 0, w);
  }
  validation(v: ValidationSpec) {
    this.validations.push(v);
  }
  conditional(c: ConditionalFormatSpec) {
    this.conditionalFormats.push(c);
  }
  chart(c: ChartSpec) {
    this.charts.push(c);
    this.touch(c.anchor.row, c.anchor.col, c.anchor.rows, c.anchor.cols);
  }
  warn(m: PlanMessage) {
    this.warnings.push(m);
  }

  build(meta: { name: string; templateId: string; dataRows: number }): SheetPlan {
    const cols = this.maxCol;
    const widths = Array.from({ length: cols }, (_, i) => this.widths[i] ?? 10);
    return {
      name: meta.name,
      templateId: meta.templateId,
      lang: this.lang,
      formulas: this.mode,
      extent: { rows: this.maxRow, cols },
      blocks: this.blocks,
      formats: this.formats,
      merges: this.merges,
      columnWidths: widths,
      hiddenColumns: [...this.hidden].filter((c) => c < cols).sort((a, b) => a - b),
      frozenRows: this.frozenRows,
      frozenCols: 0,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      print: this.print,
      rowHeights: this.rowHeights,
      dataRows: meta.dataRows,
      warnings: this.warnings,
    };
  }
}
