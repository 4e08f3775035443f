// The table layout every list template shares: title, meta, frozen header, data, computed columns, totals, parameters, extras.
import type { Bilingual, Lang } from '../i18n/lang';
import { planText } from '../i18n/plan-messages';
import { SheetError } from '../values/errors';
import type { FunctionResult, HostArg } from '../values/types';
import type { ComputedSpec, FieldSpec, ParamSpec, TemplateSpec } from '../templates/types';
import { cell, colLetter, colRange, rect } from './a1';
import { cachedAsValue, PlanBuilder, type GridCell } from './builder';
import type { ChartSpec, FormulaMode, PlanCached, PlanScalar, RangeRef } from './types';
import { dkFormula, fnDef, hostArgs, portableArgs, tooManyRowsNote, type FnArg } from './fnColumn';

export const TITLE_ROW = 0;
export const META_ROW = 1;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

export const COLORS = {
  header: '#1F5EA8',
  headerText: '#FFFFFF',
  title: '#1F3B5C',
  param: '#FFF7E0',
  paramHead: '#F2C14E',
  total: '#EAF1FB',
  alert: '#FDE2E1',
  good: '#E3F4E1',
  warn: '#FFF1CC',
  bad: '#FDE2E1',
  block: '#DCE8F5',
};

const FIELD_FORMAT: Record<FieldSpec['type'], string | undefined> = {
  text: '@',
  number: '#,##0.##',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  time: '@',
  choice: undefined,
};

/** Cached value of a core result cell; an error's message in the report's language (values mode writes it). */
export function cachedOf(v: unknown, lang: Lang): PlanCached {
  if (v instanceof SheetError) return { error: v.code, message: v.messageIn(lang) };
  if (v === undefined) return null;
  return v as PlanCached;
}

/** Spreadsheet arithmetic on a cell: empty is 0, numbers as they are, text is #VALUE!. */
export function arith(v: PlanCached): number | null {
  if (v === null || v === '') return 0;
  return typeof v === 'number' ? v : null;
}

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
}

export class TableContext {
  readonly b: PlanBuilder;
  readonly lang: Lang;
  readonly n: number;
  readonly spec: TemplateSpec;
  readonly blank: boolean;
  readonly now: Date;
  readonly today: number;
  /** column of every field and computed column */
  private cols = new Map<string, number>();
  private computedValues = new Map<string, PlanCached[][]>();
  private params = new Map<string, { ref: RangeRef; value: ParamSpec['value'] }>();
  readonly data: Record<string, PlanScalar[]>;
  /** the first column right of the table, for the parameter block and extras */
  readonly sideCol: number;
  /** next free row in the side area */
  sideRow = HEADER_ROW;
  /** columns taken in the side area (for charts placed to its right) */
  sideWidth = 2;
  readonly tableCols: number;
  readonly mode: FormulaMode;
  /** helper cells holding a population's positive total (portable pareto TIER), by column id */
  private totalCells = new Map<string, string>();

  constructor(input: TableInput) {
    const { spec, lang, mode, data, n } = input;
    this.b = new PlanBuilder(lang, mode);
    this.mode = mode;
    this.lang = lang;
    this.n = n;
    this.spec = spec;
    this.data = data;
    this.blank = input.blank;
    this.now = input.now;
    this.today = input.today;
    let c = 0;
    for (const f of spec.fields) this.cols.set(f.id, c++);
    for (const cs of spec.computed) {
      this.cols.set(cs.id, c);
      c += cs.headers.length;
    }
    this.tableCols = c;
    this.sideCol = c + 1;
    this.layoutFrame(input.title, input.metaLine);
    this.writeParams();
    this.writeData();
  }

  t(b: Bilingual): string {
    return b[this.lang];
  }

  col(id: string): number {
    const c = this.cols.get(id);
    if (c === undefined) throw new Error(`template ${this.spec.id}: no column ${id}`);
    return c;
  }

  /** the column letter of a field or computed column ("K") */
  letter(id: string, k = 0): string {
    return colLetter(this.col(id) + k);
  }

  /** "C5:C44": the data rows of a field or computed column (k-th column of a multi-column block). */
  range(id: string, k = 0, abs = false): string {
    return colRange(this.col(id) + k, FIRST_DATA_ROW, this.n, abs);
  }
  rangeRef(id: string, k = 0): RangeRef {
    return rect(FIRST_DATA_ROW, this.col(id) + k, this.n, 1);
  }
  /** the cell of data row i (0-based) of a column, relative ("C7") */
  at(id: string, i: number, k = 0): string {
    return cell(FIRST_DATA_ROW + i, this.col(id) + k);
  }
  /** data column values (fields) or cached values (computed) */
  values(id: string, k = 0): PlanCached[] {
    const d = this.data[id];
    if (d) return d;
    const c = this.computedValues.get(id);
    if (!c) throw new Error(`template ${this.spec.id}: ${id} has no values yet`);
    return c.map((r) => r[k]);
  }
  /** a column as a host passes it to a function: n×1, blanks as '' */
  host(id: string, k = 0): HostArg {
    return this.values(id, k).map((v) => [v === null ? '' : typeof v === 'object' ? v.error : v]) as HostArg;
  }
  param(id: string): string {
    const p = this.params.get(id);
    if (!p) throw new Error(`template ${this.spec.id}: no parameter ${id}`);
    const r = p.ref;
    return r.rows === 1 && r.cols === 1 ? cell(r.row, r.col, true) : `${cell(r.row, r.col, true)}:${cell(r.row + r.rows - 1, r.col + r.cols - 1, true)}`;
  }
  paramValue(id: string): ParamSpec['value'] {
    return this.params.get(id)!.value;
  }
  /** a matrix parameter with its row labels (the table VLOOKUP reads) */
  paramTable(id: string): string {
    const r = this.params.get(id)!.ref;
    return `${cell(r.row, r.col - 1, true)}:${cell(r.row + r.rows - 1, r.col + r.cols - 1, true)}`;
  }
  /** first data row in A1 numbering (5) and the last (4 + n) */
  get firstExcelRow(): number {
    return FIRST_DATA_ROW + 1;
  }

  private layoutFrame(title: string, metaLine: string) {
    const b = this.b;
    const width = Math.max(this.tableCols, 4);
    b.values(TITLE_ROW, 0, [[title]]);
    b.merge(rect(TITLE_ROW, 0, 1, width));
    b.format({ range: rect(TITLE_ROW, 0, 1, width), bold: true, fontSize: 14, fontColor: COLORS.title });
    b.values(META_ROW, 0, [[metaLine]]);
    b.merge(rect(META_ROW, 0, 1, width));
    b.format({ range: rect(META_ROW, 0, 1, width), italic: true, fontColor: '#555555' });
    const headers: string[] = [];
    for (const f of this.spec.fields) headers.push(this.lang === 'zh-CN' ? f.zh : f.en);
    for (const cs of this.spec.computed) for (const h of cs.headers) headers.push(this.t(h));
    b.values(HEADER_ROW, 0, [headers]);
    b.format({ range: rect(HEADER_ROW, 0, 1, this.tableCols), bold: true, fill: COLORS.header, fontColor: COLORS.headerText, hAlign: 'center', wrap: true, border: 'thin' });
    b.frozenRows = FIRST_DATA_ROW;
    const printedRows = FIRST_DATA_ROW + this.n + (this.spec.totals?.length ? 2 : 0);
    b.print = { landscape: true, fitToWidth: true, repeatRows: { from: HEADER_ROW, to: HEADER_ROW }, area: rect(0, 0, printedRows, this.tableCols) };
    this.spec.fields.forEach((f, i) => b.width(i, f.width ?? Math.max(8, Math.min(24, (this.lang === 'zh-CN' ? f.zh.length * 2 : f.en.length) + 2))));
  }

  private writeParams() {
    if (!this.spec.params.length) return;
    const b = this.b;
    const c = this.sideCol;
    let r = this.sideRow;
    b.values(r, c, [[this.t(planText('params'))]]);
    b.format({ range: rect(r, c, 1, 2), bold: true, fill: COLORS.paramHead });
    r++;
    for (const p of this.spec.params) {
      if (Array.isArray(p.value)) {
        const m = p.value;
        const head = [this.t(p.label), ...(p.colLabels ?? []).map((l) => this.t(l))];
        b.values(r, c, [head]);
        b.format({ range: rect(r, c, 1, head.length), bold: true });
        r++;
        b.values(r, c, m.map((row, i) => [p.rowLabels?.[i] ?? '', ...row]));
        const ref = rect(r, c + 1, m.length, m[0].length);
        b.format({ range: ref, fill: COLORS.param, border: 'thin', ...(p.numberFormat ? { numberFormat: p.numberFormat } : {}) });
        this.params.set(p.id, { ref, value: p.value });
        this.sideWidth = Math.max(this.sideWidth, head.length);
        r += m.length;
      } else if (p.compute) {
        b.values(r, c, [[this.t(p.label)]]);
        const ref = rect(r, c + 1, 1, 1);
        this.params.set(p.id, { ref, value: p.value });
        const { f, v } = p.compute(this);
        b.formulas(r, c + 1, [[f]], [[v]]);
        this.params.set(p.id, { ref, value: v });
        b.format({ range: ref, fill: COLORS.param, border: 'thin', ...(p.numberFormat ? { numberFormat: p.numberFormat } : {}) });
        r++;
      } else {
        b.values(r, c, [[this.t(p.label), p.value]]);
        const ref = rect(r, c + 1, 1, 1);
        b.format({ range: ref, fill: COLORS.param, border: 'thin', ...(p.numberFormat ? { numberFormat: p.numberFormat } : {}) });
        this.params.set(p.id, { ref, value: p.value });
        r++;
      }
      if (p.note) {
        b.values(r, c, [[this.t(p.note)]]);
        b.format({ range: rect(r, c, 1, 1), italic: true, fontColor: '#666666' });
        r++;
      }
    }
    b.width(c, 18);
    for (let k = 1; k < this.sideWidth; k++) b.width(c + k, 10);
    this.sideRow = r + 1;
  }

  /** A data column is used when any row has a value (an unmapped optional field is all blank). */
  used(id: string): boolean {
    return (this.data[id] ?? []).some((v) => v !== null);
  }

  private writeData() {
    const b = this.b;
    const n = this.n;
    if (n === 0) return;
    this.spec.fields.forEach((f, i) => {
      const col = this.data[f.id];
      b.values(FIRST_DATA_ROW, i, col.map((v) => [v]));
      const fmt = FIELD_FORMAT[f.type];
      b.format({ range: rect(FIRST_DATA_ROW, i, n, 1), border: 'thin', ...(fmt ? { numberFormat: fmt } : {}) });
      if (f.list) b.validation({ range: rect(FIRST_DATA_ROW, i, n, 1), list: [...f.list], allowBlank: true });
    });
  }

  /**
   * Write a computed column from the core's result for the same inputs: one spilling DealerKit formula,
   * or (a grid) one formula per cell; `asValues` writes the results whatever the mode.
   */
  spill(id: string, formula: string | string[][], result: FunctionResult, asValues = false) {
    const spec = this.computedSpec(id);
    const k = spec.headers.length;
    let cached: PlanCached[][];
    const of = (v: unknown) => cachedOf(v, this.lang);
    if (result instanceof SheetError || !Array.isArray(result)) cached = [[of(result)]];
    else cached = result.map((row) => row.slice(0, k).map(of));
    this.computedValues.set(id, cached.length === this.n ? cached : Array.from({ length: this.n }, (_, i) => cached[i] ?? Array(k).fill(of(result instanceof SheetError ? result : ''))));
    const all = this.computedValues.get(id)!;
    if (asValues) this.b.values(FIRST_DATA_ROW, this.col(id), all.map((r) => r.map(cachedAsValue)));
    else if (typeof formula === 'string') this.b.formulas(FIRST_DATA_ROW, this.col(id), [[formula]], cached, true);
    else if (this.n > 0) this.b.formulas(FIRST_DATA_ROW, this.col(id), formula, all);
    this.styleComputed(spec);
  }

  /**
   * Write a computed column declared as a call of a registry function on the table's columns, in the
   * report's mode: `dk` one spilling DealerKit formula, `portable` the function's native form in every
   * row (`def.portable`), `values` the results. All three cache the core's results for the same inputs.
   * Above the portable form's `maxRows` the column is written as values, with a note on the sheet.
   */
  fn(id: string, name: string, args: FnArg[]) {
    const def = fnDef(name);
    const result = def.run(hostArgs(this, args));
    const max = def.portable.maxRows;
    if (this.mode !== 'portable') return this.spill(id, dkFormula(this, name, args), result);
    const spec = this.computedSpec(id);
    if (max !== undefined && this.n > max) {
      // values, not formulas, for this column only: the builder writes a spill's cached results in values mode
      const header = this.t(spec.headers[0]);
      const note = tooManyRowsNote(header, name, this.n, max);
      this.b.warn(note);
      this.sideNotes(planText('notes'), [note]);
      return this.spill(id, dkFormula(this, name, args), result, true);
    }
    for (const a of args) if (a.kind === 'pop' && a.total && !this.totalCells.has(a.id)) this.totalCell(a.id, spec.headers[0]);
    const k = spec.headers.length;
    const formulas = Array.from({ length: this.n }, (_, i) => Array.from({ length: k }, (_, j) => `=${def.portable.formula(portableArgs(this, args, i, j, this.totalCells))}`));
    this.spill(id, formulas, result);
  }

  /** One helper cell in the side area holding a column's positive total, named by the column it serves. */
  private totalCell(id: string, forHeader: Bilingual) {
    const r = this.sideRow;
    const c = this.sideCol;
    const v = this.values(id).reduce<number>((a, x) => a + (typeof x === 'number' && x > 0 ? x : 0), 0);
    this.b.values(r, c, [[this.t(planText('totalHelper', { header: this.t(forHeader) }))]]);
    this.b.formulas(r, c + 1, [[`=SUMIF(${this.range(id, 0, true)},">0")`]], [[v]]);
    this.b.format({ range: rect(r, c + 1, 1, 1), border: 'thin', numberFormat: '#,##0.##' });
    this.totalCells.set(id, cell(r, c + 1, true));
    this.sideRow = r + 2;
  }

  /** Write a computed column of native per-row formulas with their values. */
  perRow(id: string, formula: (i: number, row: number) => string, cached: PlanCached[]) {
    const spec = this.computedSpec(id);
    const rows = cached.map((v) => [v]);
    this.computedValues.set(id, rows);
    this.b.formulas(FIRST_DATA_ROW, this.col(id), cached.map((_, i) => [formula(i, FIRST_DATA_ROW + i + 1)]), rows);
    this.styleComputed(spec);
  }

  private computedSpec(id: string): ComputedSpec {
    const s = this.spec.computed.find((c) => c.id === id);
    if (!s) throw new Error(`template ${this.spec.id}: no computed column ${id}`);
    return s;
  }

  private styleComputed(spec: ComputedSpec) {
    const c = this.col(spec.id);
    const k = spec.headers.length;
    if (this.n > 0) this.b.format({ range: rect(FIRST_DATA_ROW, c, this.n, k), border: 'thin', fill: '#F7FAFD', ...(spec.numberFormat ? { numberFormat: spec.numberFormat } : {}) });
    for (let j = 0; j < k; j++) this.b.width(c + j, spec.width ?? Math.max(10, this.t(spec.headers[j]).length * (this.lang === 'zh-CN' ? 2 : 1) + 2));
  }

  /**
   * Totals that survive errors: SUMIF skips error values (Excel) and error text (Sheets) alike; the count says
   * how many rows it left out. With `over`, every total is taken over the same rows: those where each of
   * those columns holds a number ≥ 0 (SUMIFS with constant criteria, which every program shares).
   */
  totals(ids: string[], over?: string[]) {
    if (this.n === 0) return;
    const b = this.b;
    const row = FIRST_DATA_ROW + this.n;
    const keyField = this.spec.fields.find((f) => f.required) ?? this.spec.fields[0];
    const key = this.range(keyField.id);
    b.values(row, 0, [[this.t(planText('total'))]]);
    b.values(row + 1, 0, [[this.t(planText('leftOut'))]]);
    const keyVals = this.values(keyField.id);
    const overVals = (over ?? []).map((id) => this.values(id));
    const inRow = (i: number) => overVals.every((v) => typeof v[i] === 'number' && (v[i] as number) >= 0);
    for (const key0 of ids) {
      const [id, kText] = key0.split(':');
      const k = Number(kText ?? 0) || 0;
      const r = this.range(id, k);
      const vals = this.values(id, k);
      let sum = 0;
      let left = 0;
      vals.forEach((v, i) => {
        const counted = over ? inRow(i) : typeof v === 'number';
        if (counted && typeof v === 'number') sum += v;
        else if (!counted && keyVals[i] !== null && keyVals[i] !== '') left++;
      });
      const f = over
        ? [`=SUMIFS(${r},${over.map((o) => `${this.range(o)},">=0"`).join(',')})`, `=SUMPRODUCT((${key}<>"")*(1-${over.map((o) => `ISNUMBER(${this.range(o)})`).join('*')}))`]
        : [`=SUMIF(${r},">=0")+SUMIF(${r},"<0")`, `=SUMPRODUCT((${key}<>"")*(1-ISNUMBER(${r})))`];
      b.formulas(row, this.col(id) + k, [[f[0]], [f[1]]], [[sum], [left]]);
    }
    b.format({ range: rect(row, 0, 2, this.tableCols), bold: true, fill: COLORS.total, border: 'thin' });
    b.format({ range: rect(row + 1, 0, 1, this.tableCols), bold: false, italic: true });
  }

  /** A titled block in the side area (right of the table): header row + rows of literals/formulas. */
  sideBlock(title: Bilingual, header: string[], rows: GridCell[][], numberFormats?: (string | undefined)[]): { row: number; col: number } {
    const b = this.b;
    const c = this.sideCol;
    let r = this.sideRow;
    b.values(r, c, [[this.t(title)]]);
    b.format({ range: rect(r, c, 1, header.length), bold: true, fill: COLORS.paramHead });
    r++;
    b.values(r, c, [header]);
    b.format({ range: rect(r, c, 1, header.length), bold: true, fill: COLORS.block, border: 'thin', wrap: true });
    r++;
    const first = r;
    if (rows.length) {
      b.grid(r, c, rows);
      b.format({ range: rect(r, c, rows.length, header.length), border: 'thin' });
      numberFormats?.forEach((f, k) => f && b.format({ range: rect(r, c + k, rows.length, 1), numberFormat: f }));
    }
    r += rows.length;
    this.sideWidth = Math.max(this.sideWidth, header.length);
    for (let k = 0; k < header.length; k++) b.width(c + k, k === 0 ? 18 : 11);
    this.sideRow = r + 1;
    return { row: first, col: c };
  }

  /** Lines of text in the side area (notes). */
  sideNotes(title: Bilingual, lines: Bilingual[]) {
    const b = this.b;
    const c = this.sideCol;
    b.values(this.sideRow, c, [[this.t(title)]]);
    b.format({ range: rect(this.sideRow, c, 1, 1), bold: true });
    b.values(this.sideRow + 1, c, lines.map((l) => [this.t(l)]));
    this.sideRow += lines.length + 2;
  }

  /** A chart to the right of the side area. */
  chart(spec: Omit<ChartSpec, 'anchor'>) {
    const col = this.sideCol + this.sideWidth + 1;
    this.b.chart({ ...spec, anchor: { row: HEADER_ROW, col, rows: 18, cols: 8 } });
  }

  /** Highlight data rows where a formula (written for the first data row) holds. */
  highlightRows(formula: string, fill: string) {
    if (this.n === 0) return;
    this.b.conditional({ range: rect(FIRST_DATA_ROW, 0, this.n, this.tableCols), formula, style: { fill } });
  }
}
