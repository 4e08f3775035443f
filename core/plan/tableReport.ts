// TableReport: what a list template's columns and finish step see — the sheet being built, its columns, values, parameters and side area.
import type { Bilingual, Lang } from '../i18n/lang';
import type { FunctionResult, HostArg } from '../values/types';
import { rect } from './a1';
import { PlanBuilder } from './builder';
import { ColumnValues } from './columnValues';
import { ComputedColumns } from './computedColumns';
import { writeDataColumns } from './dataColumns';
import type { FnArg, FnTable } from './fnColumn';
import { ParameterBlock } from './parameterBlock';
import { SideArea } from './sideArea';
import { TableColumns } from './tableColumns';
import { writeFrame } from './tableFrame';
import { FIRST_DATA_ROW, HEADER_ROW } from './tableLayout';
import { setTablePrint } from './tablePrint';
import type { TemplateSpec } from './templateSpec';
import { writeTotals } from './totalsRow';
import type { ChartSpec, FormulaMode, PlanCached, PlanScalar, RangeRef } from './types';

export interface TableInput {
  spec: TemplateSpec;
  lang: Lang;
  mode: FormulaMode;
  /** field id → column values as written (n each) */
  data: Record<string, PlanScalar[]>;
  n: number;
  blank: boolean;
  title: string;
  metaLine: string;
  /** when the report is made */
  now: Date;
  /** today's date as a serial, in the report's time zone (for TODAY-based cached values) */
  today: number;
  /** write a column of one formula shifted as a copied-down block (default); false: every row's text */
  copyDown?: boolean;
}

/**
 * One table report being built. Constructing it writes the frame, the parameter block and the data; the
 * renderer then has each computed column build itself, writes the totals, runs the template's finish step
 * and sets the print areas.
 */
export class TableReport implements FnTable {
  /** the PlanBuilder collecting this report's sheet */
  readonly sheet: PlanBuilder;
  readonly spec: TemplateSpec;
  readonly lang: Lang;
  readonly mode: FormulaMode;
  /** data rows */
  readonly n: number;
  /** a blank form (no source data) */
  readonly blank: boolean;
  readonly now: Date;
  readonly today: number;
  /** computed columns of one formula shifted are written as copied-down blocks (see TableInput) */
  readonly copyDown: boolean;
  /** where each field and computed column sits */
  readonly columns: TableColumns;
  /** the editable parameter block right of the table */
  readonly params: ParameterBlock;
  /** the summary blocks and notes right of the parameter block */
  readonly side: SideArea;
  /** the computed columns of this mode, and how they are written */
  readonly computed: ComputedColumns;
  /** the source data and the computed columns' cached results */
  readonly columnValues: ColumnValues;

  constructor(input: TableInput) {
    const { spec, lang, mode, n } = input;
    this.sheet = new PlanBuilder(lang, mode);
    this.spec = spec;
    this.lang = lang;
    this.mode = mode;
    this.n = n;
    this.blank = input.blank;
    this.now = input.now;
    this.today = input.today;
    this.copyDown = input.copyDown !== false;
    const computedSpecs = spec.computed.filter((cs) => !cs.modes || cs.modes.includes(mode));
    this.columns = new TableColumns(spec.id, spec.fields, computedSpecs, n);
    this.columnValues = new ColumnValues(spec.id, input.data);
    this.params = new ParameterBlock(spec.id, this.columns.count + 1);
    this.side = new SideArea(this.sheet, lang, this.params.col);
    this.computed = new ComputedColumns(this, computedSpecs);
    writeFrame(this, input.title, input.metaLine);
    this.params.write(this);
    // summaries go right of the parameter block, from the header row down
    if (this.params.width) {
      this.side.col = this.params.col + this.params.width + 1;
      this.side.row = HEADER_ROW;
    }
    writeDataColumns(this, input.data);
  }

  /** the text of a bilingual pair in the report's language */
  text(b: Bilingual): string {
    return b[this.lang];
  }

  /** the column letter of a field or computed column ("K") */
  letter(id: string, k = 0): string {
    return this.columns.letter(id, k);
  }
  /** "C5:C44": the data rows of a field or computed column (k-th column of a multi-column block). */
  range(id: string, k = 0, abs = false): string {
    return this.columns.range(id, k, abs);
  }
  /** the data rows of a column as a rectangle (charts, conditional formats) */
  rangeRef(id: string, k = 0): RangeRef {
    return this.columns.rangeRef(id, k);
  }
  /** the cell of data row i (0-based) of a column, relative ("C7") */
  dataCell(id: string, i: number, k = 0): string {
    return this.columns.dataCell(id, i, k);
  }
  /** first data row in A1 numbering (5) */
  get firstExcelRow(): number {
    return this.columns.firstExcelRow;
  }

  /** data column values (fields) or cached values (computed) */
  values(id: string, k = 0): PlanCached[] {
    return this.columnValues.of(id, k);
  }
  /** a column as a host passes it to a function: n×1, blanks as '' */
  host(id: string, k = 0): HostArg {
    return this.columnValues.host(id, k);
  }
  /** A data column is used when any row has a value (an unmapped optional field is all blank). */
  used(id: string): boolean {
    return this.columnValues.used(id);
  }

  /** a computed column from the core's result: one spilling formula, or a grid of formulas; `asValues` writes the results */
  spill(id: string, formula: string | string[][], result: FunctionResult, asValues = false) {
    this.computed.spill(id, formula, result, asValues);
  }
  /** a computed column declared as a call of a registry function on the table's columns, in the report's mode */
  fn(id: string, name: string, args: FnArg[]) {
    this.computed.fn(id, name, args);
  }
  /** a computed column of native per-row formulas with their values (`k`: the column of a multi-column block) */
  perRow(id: string, formula: (i: number, row: number) => string, cached: PlanCached[], k = 0) {
    this.computed.perRow(id, formula, cached, k);
  }

  /** the totals row under the data (see writeTotals) */
  totals(ids: string[], over?: string[]) {
    writeTotals(this, ids, over);
  }

  /** A chart to the right of the side area. */
  chart(spec: Omit<ChartSpec, 'anchor'>) {
    const { side, params } = this;
    const right = side.width ? side.col + side.width : params.width ? params.col + params.width : side.col;
    const col = right + 1;
    this.sheet.chart({ ...spec, anchor: { row: HEADER_ROW, col, rows: 18, cols: 8 } });
  }

  /** Highlight data rows where a formula (written for the first data row) holds. */
  highlightRows(formula: string, fill: string) {
    if (this.n === 0) return;
    this.sheet.conditional({ range: rect(FIRST_DATA_ROW, 0, this.n, this.columns.count), formula, style: { fill } });
  }

  /** What prints, once every block is placed (see setTablePrint). */
  finishPrint() {
    setTablePrint(this);
  }
}
