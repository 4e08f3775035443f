// SheetPlan: the host-neutral description of one new sheet; every applier (Excel, Sheets, .xlsx) consumes exactly this.
import type { Lang } from '../i18n/lang';

/** How a report writes what it computes (see SheetPlan.formulas). */
export type FormulaMode = 'portable' | 'dk' | 'values';
export const FORMULA_MODES: readonly FormulaMode[] = ['portable', 'dk', 'values'];

/** A literal cell value. `null` = leave the cell empty. Text is always written as text, never parsed. */
export type PlanScalar = string | number | boolean | null;

/** A cached error result: the code (and message) a formula shows. */
export interface PlanError {
  error: string;
  message?: string;
}

/** What a formula cell is known to evaluate to. */
export type PlanCached = PlanScalar | PlanError;

/** 0-based rectangle on the new sheet. */
export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Literal values. Strings stay strings in every host (appliers must stop `=…`, `+86…`, `00123` being parsed).
 * `null` leaves the cell as it is; blocks are written in plan order (a grid writes its values, then its formulas).
 */
export interface ValueBlock {
  kind: 'values';
  row: number;
  col: number;
  values: PlanScalar[][];
}

/**
 * Formulas in the neutral dialect: native functions by their common Excel/Sheets name and DealerKit
 * functions by their bare registry name (`=TIER(C5:C44)`); `toDialect` turns them into `=DK.TIER(…)`
 * for Excel. `null` entries are left empty.
 * `spill` = the block is one formula (1×1) whose result fills `cached`'s shape (a dynamic array in
 * Excel 365/Sheets; a legacy array formula over exactly that range in .xlsx).
 * `cached` always holds the value(s) the core computed, same shape as the written/spilled area, so
 * a writer that cannot evaluate (ExcelJS) stores correct results and tests can compare.
 */
export interface FormulaBlock {
  kind: 'formulas';
  row: number;
  col: number;
  formulas: (string | null)[][];
  cached: PlanCached[][];
  spill?: boolean;
}

/**
 * Cached results of one column, n rows, without an object per cell: the number of each row in `numbers`, and
 * per row a code: -1 = the number, else the index of the row's value in `others` (text, blank `''`, `null`,
 * booleans and errors, each distinct value once).
 */
export interface CachedColumn {
  numbers: Float64Array;
  codes: Int32Array;
  others: PlanCached[];
}

/**
 * Formulas copied down: per column one formula in the neutral dialect, written for the block's first row, and
 * `rows` rows where row r holds it moved down r rows as a spreadsheet moves a copied formula (relative row
 * numbers grow by r; `$`-anchored rows, text in quotes and quoted sheet names stay; see `copiedDown.ts`).
 * Every cell of the block has a formula. `cached` holds the results per column, `rows` each.
 * A renderer uses this instead of a FormulaBlock whenever a column's per-row formulas are one formula shifted,
 * so a 100,000-row report holds one text per column, not 100,000.
 */
export interface CopiedDownBlock {
  kind: 'copiedDown';
  row: number;
  col: number;
  rows: number;
  formulas: string[];
  cached: CachedColumn[];
}

export type Block = ValueBlock | FormulaBlock | CopiedDownBlock;

export type HAlign = 'left' | 'center' | 'right';

/** Formatting of a rectangle; later entries win where they overlap. Colours are `#RRGGBB`. */
export interface FormatSpec {
  range: RangeRef;
  numberFormat?: string; // Excel codes: '0', '0.0', '#,##0', '0.0%', 'yyyy-mm-dd', '@' (text)
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: HAlign;
  wrap?: boolean;
  border?: 'thin';
}

/** Drop-down list validation. */
export interface ValidationSpec {
  range: RangeRef;
  list: string[];
  allowBlank: boolean;
}

/** Formula rule in the neutral dialect, written for the range's top-left cell (relative refs move). */
export interface ConditionalFormatSpec {
  range: RangeRef;
  formula: string;
  style: { fill?: string; fontColor?: string; bold?: boolean };
}

export type ChartType = 'bar' | 'column' | 'line' | 'scatter' | 'pareto';

export interface ChartSeries {
  name: string;
  /** one column of values */
  values: RangeRef;
  /** pareto: the cumulative line goes on the secondary axis */
  secondaryAxis?: boolean;
  /** combo charts (pareto): how this series is drawn */
  drawAs?: 'column' | 'line';
}

export interface ChartSpec {
  type: ChartType;
  title: string;
  /** category labels (x for scatter: the x values column) */
  categories: RangeRef;
  series: ChartSeries[];
  /** where the chart's top-left corner goes; size in columns × rows */
  anchor: { row: number; col: number; rows: number; cols: number };
  xTitle?: string;
  yTitle?: string;
}

/**
 * How the sheet prints (hosts with a page set-up: Excel and the .xlsx writer; Google Sheets has no print API
 * and prints from its own dialog). Every printed page is A4, one page wide, with the header row repeated.
 */
export interface PrintSpec {
  paper: 'A4';
  landscape: boolean;
  fitToWidth: boolean;
  /** rows (0-based, inclusive) repeated at the top of each printed page */
  repeatRows?: { from: number; to: number };
  /**
   * What prints, in order: the report table, then the summaries beside it (one print area of several ranges;
   * each range starts a new page). The parameter block is not printed: a settings line above the table is.
   */
  areas: RangeRef[];
  /** where a native chart sits: printed by hosts that draw one (Excel); the .xlsx writer has only a note there */
  chartAreas: RangeRef[];
  /** 0-based rows that end a page (a manual break below each): one customer card per page */
  rowBreaks: number[];
  /** centre footer in Excel's header/footer codes (&P page, &N pages), in the report's language */
  footer: string;
  /** the font every cell of the sheet is written in: CJK glyphs that Excel and WPS on Windows both have */
  font: { name: string; size: number };
}

export interface PlanMessage {
  'zh-CN': string;
  'en-US': string;
}

export interface SheetPlan {
  /** final sheet name: legal (≤31 chars, no / \ ? * [ ] :) and unique against the workbook's names */
  name: string;
  templateId: string;
  lang: Lang;
  /**
   * How computed columns and summaries are written: `portable` native formulas every spreadsheet program
   * computes, `dk` spilling DealerKit functions (needs the add-in or script), `values` no formulas at all.
   */
  formulas: FormulaMode;
  /** used extent of the sheet (rows × cols), for appliers that size or checksum */
  extent: { rows: number; cols: number };
  blocks: Block[];
  formats: FormatSpec[];
  merges: RangeRef[];
  /** width in characters (Excel's unit); appliers convert (Sheets pixels ≈ 7×chars+5) */
  columnWidths: number[];
  /**
   * Columns (0-based) hidden on the sheet: helper columns a portable formula reads (DEALERSCORE's item points).
   * Hidden columns neither show nor print, so they do not shrink one-page-wide printing.
   */
  hiddenColumns: number[];
  frozenRows: number;
  frozenCols: number;
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
  print: PrintSpec;
  /** row heights in points (0-based row → height), where the default would cut wrapped text */
  rowHeights: Record<number, number>;
  /** rows of source data written */
  dataRows: number;
  warnings: PlanMessage[];
}
