// The table layout every list template shares: title, meta, frozen header, data, computed columns, totals, parameters, extras.
import type { Bilingual, Lang } from '../i18n/lang';
import { planText } from '../i18n/plan-messages';
import { SheetError } from '../values/errors';
import type { FunctionResult, HostArg } from '../values/types';
import type { ComputedSpec, FieldSpec, ParamSpec, TemplateSpec } from '../templates/types';
import { cell, colLetter, colRange, rect } from './a1';
import { cachedAsValue, PlanBuilder, type GridCell } from './builder';
import { displayWidth, formatNumber, headerLines, settingsPart, shownFormat } from './printText';
import type { ChartSpec, FormulaMode, PlanCached, PlanScalar, RangeRef } from './types';
import { copiedDownForm } from './copiedDown';
import { dkFormula, fnDef, hostArgs, portableArgs, tooManyRowsNote, type FnArg } from './fnColumn';

export const TITLE_ROW = 0;
export const META_ROW = 1;
/** one short line of the settings used (the parameter block itself is not printed) */
export const SETTINGS_ROW = 2;
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
  /** write a column of one formula shifted as a copied-down block (default); false: every row's text */
  copyDown?: boolean;
}

export class TableContext {
  readonly b: PlanBuilder;
  readonly lang: Lang;
  readonly n: number;
  readonly spec: TemplateSpec;
  readonly blank: boolean;
  readonly now: Date;
  readonly today: number;
  private readonly copyDown: boolean;
  /** column of every field and computed column */
  private cols = new Map<string, number>();
  private computedValues = new Map<string, PlanCached[][]>();
  private params = new Map<string, { ref: RangeRef; value: ParamSpec['value'] }>();
  /** column → the number format its data cells are written in (totals take the same) */
  private shownFormats = new Map<number, string | undefined>();
  readonly data: Record<string, PlanScalar[]>;
  /** the first column right of the table: the parameter block */
  readonly paramCol: number;
  /** columns the parameter block takes (0: none) */
  private paramWidth = 0;
  /** the next free row of the parameter block's column (for helper cells the formulas read) */
  private paramRow = HEADER_ROW;
  /**
   * The column of the summary blocks: right of the parameter block, each block column starting at the
   * header row, so the summaries print as their own page under their own title (the repeated row).
   */
  sideCol: number;
  /** next free row in the side area */
  sideRow = HEADER_ROW;
  /** columns the summary blocks take (for the print range and charts placed to its right) */
  sideWidth = 0;
  /** the last row a summary block uses (-1: none) */
  private sideBottom = -1;
  readonly tableCols: number;
  readonly mode: FormulaMode;
  /** the computed columns of this mode (helper columns exist only in the modes that need them) */
  readonly computed: ComputedSpec[];
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
    this.copyDown = input.copyDown !== false;
    let c = 0;
    for (const f of spec.fields) this.cols.set(f.id, c++);
    this.computed = spec.computed.filter((cs) => !cs.modes || cs.modes.includes(mode));
    for (const cs of this.computed) {
      this.cols.set(cs.id, c);
      c += cs.headers.length;
    }
    this.tableCols = c;
    this.paramCol = c + 1;
    this.sideCol = this.paramCol;
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
    b.values(HEADER_ROW, 0, [this.headerTexts()]);
    b.format({ range: rect(HEADER_ROW, 0, 1, this.tableCols), bold: true, fill: COLORS.header, fontColor: COLORS.headerText, hAlign: 'center', wrap: true, border: 'thin' });
    b.frozenRows = FIRST_DATA_ROW;
    b.print.repeatRows = { from: HEADER_ROW, to: HEADER_ROW };
    // a long header wraps rather than widen a number column (the header row grows; the page keeps its scale)
    this.spec.fields.forEach((f, i) => b.width(i, f.width ?? Math.max(8, Math.min(f.type === 'text' ? 24 : 12, displayWidth(this.lang === 'zh-CN' ? f.zh : f.en) + 2))));
  }

  /**
   * What prints, once every block is placed: the table (title to totals), then the summaries as their own
   * page(s); the parameter block and the chart's place stay off the page. Wrapped headers get the height
   * they need, so narrow columns keep the printed text large.
   */
  finishPrint() {
    const b = this.b;
    const printedRows = FIRST_DATA_ROW + this.n + (this.spec.totals?.length && this.n > 0 ? 2 : 0);
    b.print.areas = [rect(0, 0, printedRows, Math.max(this.tableCols, 4))];
    if (this.sideWidth && this.sideBottom >= HEADER_ROW) b.print.areas.push(rect(HEADER_ROW, this.sideCol, this.sideBottom - HEADER_ROW + 1, this.sideWidth));
    b.print.chartAreas = b.charts.map((c) => rect(c.anchor.row, c.anchor.col, c.anchor.rows, c.anchor.cols));
    // at most four header lines: a column whose words need more gets wider instead
    this.headerTexts().forEach((h, c) => {
      while (headerLines(h, b.widths[c] ?? 10) > 4) b.width(c, (b.widths[c] ?? 10) + 1);
    });
    const lines = Math.max(1, ...this.headerTexts().map((h, c) => headerLines(h, b.widths[c] ?? 10)));
    b.rowHeights[HEADER_ROW] = lines * 14 + 3;
  }

  private headerTexts(): string[] {
    const headers: string[] = [];
    for (const f of this.spec.fields) headers.push(this.lang === 'zh-CN' ? f.zh : f.en);
    for (const cs of this.computed) for (const h of cs.headers) headers.push(this.t(h));
    return headers;
  }

  private writeParams() {
    if (!this.spec.params.length) return;
    const b = this.b;
    const c = this.paramCol;
    let r = this.sideRow;
    let width = 2;
    const settings: { text: string; f: string }[] = [];
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
        width = Math.max(width, head.length);
        settings.push(settingsPart(this.t(p.label), m, ref, p.rowLabels, p.numberFormat));
        r += m.length;
      } else if (p.compute) {
        b.values(r, c, [[this.t(p.label)]]);
        const ref = rect(r, c + 1, 1, 1);
        this.params.set(p.id, { ref, value: p.value });
        const { f, v } = p.compute(this);
        b.formulas(r, c + 1, [[f]], [[v]]);
        this.params.set(p.id, { ref, value: v });
        b.format({ range: ref, fill: COLORS.param, border: 'thin', ...(p.numberFormat ? { numberFormat: p.numberFormat } : {}) });
        settings.push(settingsPart(this.t(p.label), [[v]], ref, undefined, p.numberFormat));
        r++;
      } else {
        b.values(r, c, [[this.t(p.label), p.value]]);
        const ref = rect(r, c + 1, 1, 1);
        b.format({ range: ref, fill: COLORS.param, border: 'thin', ...(p.numberFormat ? { numberFormat: p.numberFormat } : {}) });
        this.params.set(p.id, { ref, value: p.value });
        settings.push(settingsPart(this.t(p.label), [[p.value]], ref, undefined, p.numberFormat));
        r++;
      }
      if (p.note) {
        b.values(r, c, [[this.t(p.note)]]);
        b.format({ range: rect(r, c, 1, 1), italic: true, fontColor: '#666666' });
        r++;
      }
    }
    b.width(c, 18);
    for (let k = 1; k < width; k++) b.width(c + k, 10);
    this.paramWidth = width;
    this.paramRow = r;
    // summaries go right of the parameter block, from the header row down
    this.sideCol = c + width + 1;
    this.sideRow = HEADER_ROW;
    // the settings used, as one line above the table: live text that follows edits to the block
    const lineWidth = Math.max(this.tableCols, 4);
    const prefix = this.t(planText('settingsUsed'));
    const sep = '  ·  ';
    const text = prefix + settings.map((x) => x.text).join(sep);
    const f = `=${quoteText(prefix)}&${settings.map((x) => x.f).join(`&${quoteText(sep)}&`)}`;
    b.grid(SETTINGS_ROW, 0, [[{ f, v: text }]]);
    b.merge(rect(SETTINGS_ROW, 0, 1, lineWidth));
    b.format({ range: rect(SETTINGS_ROW, 0, 1, lineWidth), italic: true, fontSize: 9, fontColor: '#555555' });
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
      const fmt = shownFormat(FIELD_FORMAT[f.type], col);
      this.shownFormats.set(i, fmt);
      b.format({ range: rect(FIRST_DATA_ROW, i, n, 1), border: 'thin', ...(fmt ? { numberFormat: fmt } : {}) });
      if (f.list) b.validation({ range: rect(FIRST_DATA_ROW, i, n, 1), list: [...f.list], allowBlank: true });
    });
  }

  /**
   * Write a computed column from the core's result for the same inputs: one spilling DealerKit formula,
   * or (a grid) one formula per cell; `asValues` writes the results whatever the mode.
   */
  spill(id: string, formula: string | string[][] | ((i: number, j: number) => string), result: FunctionResult, asValues = false) {
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
    else if (typeof formula === 'function') this.rowFormulas(this.col(id), k, formula, all);
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
      const note = tooManyRowsNote(spec.headers[0], name, this.n, max);
      this.b.warn(note);
      this.sideNotes(planText('notes'), [note]);
      return this.spill(id, dkFormula(this, name, args), result, true);
    }
    for (const a of args) if (a.kind === 'pop' && a.total && !this.totalCells.has(a.id)) this.totalCell(a.id, spec.headers[0]);
    this.spill(id, (i, j) => `=${def.portable.formula(portableArgs(this, args, i, j, this.totalCells))}`, result);
  }

  /**
   * Per-row formulas of data columns `col`…`col+k-1` with their cached rows: one copied-down block when every
   * row is the first row's formulas moved down (a 100,000-row column then holds one text, not 100,000), else
   * every row's text.
   */
  private rowFormulas(col: number, k: number, at: (i: number, j: number) => string, cached: PlanCached[][]) {
    if (this.n === 0) return;
    const form = this.copyDown ? copiedDownForm(this.n, k, at) : { rows: Array.from({ length: this.n }, (_, i) => Array.from({ length: k }, (_, j) => at(i, j))) };
    if ('first' in form) this.b.copiedDown(FIRST_DATA_ROW, col, form.first, cached);
    else this.b.formulas(FIRST_DATA_ROW, col, form.rows, cached);
  }

  /**
   * One helper cell holding a column's positive total, named by the column it serves: under the parameter
   * block (it is an input of the formulas, not a summary), or in the side area when there is no block.
   */
  private totalCell(id: string, forHeader: Bilingual) {
    const inParams = this.paramWidth > 0;
    const r = inParams ? this.paramRow : this.sideRow;
    const c = inParams ? this.paramCol : this.sideCol;
    const v = this.values(id).reduce<number>((a, x) => a + (typeof x === 'number' && x > 0 ? x : 0), 0);
    this.b.values(r, c, [[this.t(planText('totalHelper', { header: this.t(forHeader) }))]]);
    this.b.formulas(r, c + 1, [[`=SUMIF(${this.range(id, 0, true)},">0")`]], [[v]]);
    this.b.format({ range: rect(r, c + 1, 1, 1), border: 'thin', numberFormat: '#,##0.##' });
    this.totalCells.set(id, cell(r, c + 1, true));
    if (inParams) this.paramRow = r + 1;
    else this.sideRow = r + 2;
  }

  /** Write a computed column of native per-row formulas with their values (`k`: the column of a multi-column block). */
  perRow(id: string, formula: (i: number, row: number) => string, cached: PlanCached[], k = 0) {
    const spec = this.computedSpec(id);
    const rows = this.computedValues.get(id) ?? cached.map(() => []);
    cached.forEach((v, i) => (rows[i][k] = v));
    this.computedValues.set(id, rows);
    this.rowFormulas(this.col(id) + k, 1, (i) => formula(i, FIRST_DATA_ROW + i + 1), cached.map((v) => [v]));
    if (k === 0) this.styleComputed(spec);
  }

  private computedSpec(id: string): ComputedSpec {
    const s = this.computed.find((c) => c.id === id);
    if (!s) throw new Error(`template ${this.spec.id}: no computed column ${id}`);
    return s;
  }

  private styleComputed(spec: ComputedSpec) {
    const c = this.col(spec.id);
    const k = spec.headers.length;
    const fmt = shownFormat(spec.numberFormat, (this.computedValues.get(spec.id) ?? []).flat());
    for (let j = 0; j < k; j++) this.shownFormats.set(c + j, fmt);
    if (this.n > 0) this.b.format({ range: rect(FIRST_DATA_ROW, c, this.n, k), border: 'thin', fill: '#F7FAFD', ...(fmt ? { numberFormat: fmt } : {}) });
    // long headers wrap (the header row grows) rather than widen the printed page
    for (let j = 0; j < k; j++) this.b.width(c + j, spec.width ?? Math.max(10, Math.min(12, displayWidth(this.t(spec.headers[j])) + 2)));
    if (spec.hidden) this.b.hide(c, k);
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
    const formats: { col: number; format: string | undefined; sum: number }[] = [];
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
      formats.push({ col: this.col(id) + k, format: this.shownFormats.get(this.col(id) + k), sum });
    }
    b.format({ range: rect(row, 0, 2, this.tableCols), bold: true, fill: COLORS.total, border: 'thin' });
    b.format({ range: rect(row + 1, 0, 1, this.tableCols), bold: false, italic: true });
    // a total reads like its column and fits it (General would show 3E+06 or ### in a narrow column)
    for (const x of formats) {
      if (x.format) b.format({ range: rect(row, x.col, 1, 1), numberFormat: x.format });
      b.format({ range: rect(row + 1, x.col, 1, 1), numberFormat: '0' });
      b.width(x.col, Math.ceil(displayWidth(formatNumber(x.sum, x.format)) * 1.15) + 2);
    }
    // the row labels are wider than a first column that has a total right of it
    if (formats.some((x) => x.col === 1)) b.width(0, Math.ceil(Math.max(displayWidth(this.t(planText('total'))), displayWidth(this.t(planText('leftOut')))) * 1.1) + 1);
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
    this.sideBottom = r - 1;
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
    // the lines run on into the empty cells to their right: print as many columns as the longest needs
    const chars = Math.max(...lines.map((l) => displayWidth(this.t(l))));
    b.width(c, 18);
    this.sideWidth = Math.max(this.sideWidth, 1 + Math.ceil(Math.max(0, chars - 18) / 11));
    this.sideBottom = this.sideRow + lines.length;
    this.sideRow += lines.length + 2;
  }

  /** A chart to the right of the side area. */
  chart(spec: Omit<ChartSpec, 'anchor'>) {
    const right = this.sideWidth ? this.sideCol + this.sideWidth : this.paramWidth ? this.paramCol + this.paramWidth : this.sideCol;
    const col = right + 1;
    this.b.chart({ ...spec, anchor: { row: HEADER_ROW, col, rows: 18, cols: 8 } });
  }

  /** Highlight data rows where a formula (written for the first data row) holds. */
  highlightRows(formula: string, fill: string) {
    if (this.n === 0) return;
    this.b.conditional({ range: rect(FIRST_DATA_ROW, 0, this.n, this.tableCols), formula, style: { fill } });
  }
}

const quoteText = (s: string) => `"${s.replace(/"/g, '""')}"`;
