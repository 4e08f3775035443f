// Fakes of SpreadsheetApp, HtmlService, Charts and the Ui that record every call; empty cells read as '', dates stay Dates.
// Plain data, no Node APIs: usable from a vm context (the built Apps Script file) and from a browser bundle.
// Each behaviour is Apps Script's as documented at https://developers.google.com/apps-script/reference/spreadsheet
// (getValues gives '' for empty cells and Date for dates; setValues parses strings as typed; insertSheet refuses a taken name).
import { colLetter as colName } from '../../core/plan/a1';
import { parseLikeHost } from './hostParsing';
import type { Assert, IsModelled } from './realShape';

export interface CallLog {
  call: string;
  sheet?: string;
  a1?: string;
  cells?: number;
}

const colIndex = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const key = (r: number, c: number) => r * 16384 + c;

export class FakeSheet {
  values = new Map<number, unknown>();
  formulas = new Map<number, string>();
  formats: { a1: string; call: string; arg: unknown }[] = [];
  merges: string[] = [];
  validations: { a1: string; rule: unknown }[] = [];
  cfRules: unknown[] = [];
  charts: unknown[] = [];
  widths = new Map<number, number>();
  /** 1-based columns hidden with hideColumns */
  hidden = new Set<number>();
  frozenRows = 0;
  maxRows = 1000;
  maxCols = 26;
  /** a sheet's id: unique in its spreadsheet and kept while the sheet lives (names change, ids do not) */
  readonly id: number;
  constructor(
    public name: string,
    private book: FakeSpreadsheet,
  ) {
    this.id = book.nextSheetId++;
  }
  getSheetId() {
    return this.id;
  }
  log(call: string, a1?: string, cells?: number) {
    this.book.record({ call, sheet: this.name, a1, cells });
  }
  getName() {
    this.log('Sheet.getName');
    return this.name;
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof a === 'string') {
      const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a.trim());
      if (!m) throw new Error(`Range not found: ${a}`);
      const r0 = Number(m[2]) - 1;
      const c0 = colIndex(m[1]);
      const r1 = m[4] ? Number(m[4]) - 1 : r0;
      const c1 = m[3] ? colIndex(m[3]) : c0;
      return this.range(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
    }
    return this.range(a - 1, col! - 1, rows, cols);
  }
  range(r: number, c: number, rows: number, cols: number) {
    if (r < 0 || c < 0 || rows < 1 || cols < 1 || r + rows > this.maxRows || c + cols > this.maxCols) throw new Error(`Exception: The coordinates of the range are outside the dimensions of the sheet (${this.name}).`);
    this.log('Sheet.getRange');
    return new FakeRange(this, r, c, rows, cols);
  }
  getMaxRows() {
    this.log('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns() {
    this.log('Sheet.getMaxColumns');
    return this.maxCols;
  }
  insertRowsAfter(_after: number, n: number) {
    this.log('Sheet.insertRowsAfter');
    this.maxRows += n;
  }
  insertColumnsAfter(_after: number, n: number) {
    this.log('Sheet.insertColumnsAfter');
    this.maxCols += n;
  }
  setColumnWidth(c: number, px: number) {
    this.log('Sheet.setColumnWidth');
    this.widths.set(c, px);
  }
  hideColumns(c: number, n = 1) {
    this.log('Sheet.hideColumns');
    for (let k = 0; k < n; k++) this.hidden.add(c + k);
  }
  setFrozenRows(n: number) {
    this.log('Sheet.setFrozenRows');
    this.frozenRows = n;
  }
  setConditionalFormatRules(rules: unknown[]) {
    this.log('Sheet.setConditionalFormatRules');
    this.cfRules = rules;
  }
  newChart() {
    this.log('Sheet.newChart');
    const spec: { type?: unknown; ranges: string[]; numHeaders?: number; position?: number[]; options: Record<string, unknown> } = { ranges: [], options: {} };
    const b = {
      setChartType: (t: unknown) => ((spec.type = t), b),
      addRange: (r: FakeRange) => (spec.ranges.push(r.getA1Notation()), b),
      setNumHeaders: (n: number) => ((spec.numHeaders = n), b),
      setPosition: (row: number, col: number, x: number, y: number) => ((spec.position = [row, col, x, y]), b),
      setOption: (k: string, v: unknown) => ((spec.options[k] = v), b),
      build: () => ({ ...spec }),
    };
    return b;
  }
  insertChart(c: unknown) {
    this.log('Sheet.insertChart');
    if (this.book.failOn === 'insertChart') throw new Error('injected failure at insertChart');
    this.charts.push(c);
  }
  /** the used area, as getDataRegion sees it for a cell inside */
  usedExtent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const k of [...this.values.keys(), ...this.formulas.keys()]) {
      rows = Math.max(rows, Math.floor(k / 16384) + 1);
      cols = Math.max(cols, (k % 16384) + 1);
    }
    return { rows, cols };
  }
  checksum(): string {
    return JSON.stringify([[...this.values.entries()].sort(), [...this.formulas.entries()].sort(), this.formats, this.merges, this.validations, this.cfRules, this.charts, [...this.widths], this.frozenRows]);
  }
  cell(r: number, c: number): { value?: unknown; formula?: string } {
    const k = key(r, c);
    return { ...(this.values.has(k) ? { value: this.values.get(k) } : {}), ...(this.formulas.has(k) ? { formula: this.formulas.get(k) } : {}) };
  }
}

export class FakeRange {
  constructor(
    private sheet: FakeSheet,
    private r: number,
    private c: number,
    private rows: number,
    private cols: number,
  ) {}
  getA1Notation() {
    return this.rows === 1 && this.cols === 1 ? `${colName(this.c)}${this.r + 1}` : `${colName(this.c)}${this.r + 1}:${colName(this.c + this.cols - 1)}${this.r + this.rows}`;
  }
  getRow() {
    return this.r + 1;
  }
  getColumn() {
    return this.c + 1;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getSheet() {
    return this.sheet;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    return this.sheet.range(this.r + rowOffset, this.c + columnOffset, numRows ?? this.rows, numColumns ?? this.cols);
  }
  private check(kind: string, grid: unknown[][]) {
    if (grid.length !== this.rows || grid.some((row) => row.length !== this.cols)) throw new Error(`Exception: The number of rows or columns in the data does not match the range (${kind} ${this.getA1Notation()}).`);
    if (this.sheet['book'].failOn === kind) throw new Error(`injected failure at ${kind}`);
  }
  setValues(grid: unknown[][]) {
    this.check('setValues', grid);
    this.sheet.log('Range.setValues', this.getA1Notation(), this.rows * this.cols);
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        const k = key(this.r + i, this.c + j);
        this.sheet.formulas.delete(k);
        if (v === '' || v === null) this.sheet.values.delete(k);
        else if (typeof v === 'string') {
          // Sheets parses written text as typing does: formulas, numbers, booleans, dates
          const p = parseLikeHost(v);
          if ('formula' in p) this.sheet.formulas.set(k, p.formula);
          else this.sheet.values.set(k, p.value);
        } else this.sheet.values.set(k, v);
      }),
    );
    return this;
  }
  setFormulas(grid: string[][]) {
    this.check('setFormulas', grid);
    this.sheet.log('Range.setFormulas', this.getA1Notation(), this.rows * this.cols);
    grid.forEach((row, i) =>
      row.forEach((f, j) => {
        const k = key(this.r + i, this.c + j);
        this.sheet.values.delete(k);
        if (f === '') this.sheet.formulas.delete(k);
        else this.sheet.formulas.set(k, f);
      }),
    );
    return this;
  }
  setFormula(f: string) {
    return this.setFormulas([[f]]);
  }
  getValues(): unknown[][] {
    this.sheet.log('Range.getValues', this.getA1Notation());
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) => {
        const v = this.sheet.values.get(key(this.r + i, this.c + j));
        return v === undefined ? '' : v;
      }),
    );
  }
  getDataRegion() {
    this.sheet.log('Range.getDataRegion');
    const u = this.sheet.usedExtent();
    return new FakeRange(this.sheet, 0, 0, Math.max(1, u.rows), Math.max(1, u.cols));
  }
  private fmt(call: string, arg: unknown) {
    if (this.sheet['book'].failOn === call) throw new Error(this.sheet['book'].failMessage || `injected failure at ${call}`);
    this.sheet.log(`Range.${call}`, this.getA1Notation());
    this.sheet.formats.push({ a1: this.getA1Notation(), call, arg });
    return this;
  }
  setNumberFormat(f: string) {
    return this.fmt('setNumberFormat', f);
  }
  setFontWeight(w: string) {
    return this.fmt('setFontWeight', w);
  }
  setFontStyle(s: string) {
    return this.fmt('setFontStyle', s);
  }
  setFontColor(c: string) {
    return this.fmt('setFontColor', c);
  }
  setFontSize(n: number) {
    return this.fmt('setFontSize', n);
  }
  setBackground(c: string) {
    return this.fmt('setBackground', c);
  }
  setHorizontalAlignment(a: string) {
    return this.fmt('setHorizontalAlignment', a);
  }
  setWrap(w: boolean) {
    return this.fmt('setWrap', w);
  }
  setBorder(...args: unknown[]) {
    return this.fmt('setBorder', args.slice(0, 6));
  }
  merge() {
    this.sheet.log('Range.merge', this.getA1Notation());
    this.sheet.merges.push(this.getA1Notation());
    return this;
  }
  setDataValidation(rule: unknown) {
    this.sheet.log('Range.setDataValidation', this.getA1Notation());
    this.sheet.validations.push({ a1: this.getA1Notation(), rule });
    return this;
  }
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  log: CallLog[] = [];
  /** (fake only) the id the next new sheet gets */
  nextSheetId = 0;
  activeRange: FakeRange | null = null;
  /** a method name that throws when called (failure injection), and the message it throws */
  failOn = '';
  failMessage = '';
  /** runs as insertSheet starts: a co-author's sheet lands here */
  beforeInsertSheet: ((name: string) => void) | null = null;
  constructor(
    names: string[] = ['Sheet1'],
    public locale = 'zh_CN',
    public timeZone = 'Asia/Shanghai',
  ) {
    for (const n of names) this.sheets.push(new FakeSheet(n, this));
  }
  record(l: CallLog) {
    this.log.push(l);
  }
  getSheetByName(name: string) {
    this.record({ call: 'Spreadsheet.getSheetByName' });
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string, index?: number) {
    this.record({ call: 'Spreadsheet.insertSheet', sheet: name });
    this.beforeInsertSheet?.(name);
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`Exception: A sheet with the name "${name}" already exists.`);
    const s = new FakeSheet(name, this);
    this.sheets.splice(index ?? this.sheets.length, 0, s);
    return s;
  }
  deleteSheet(s: FakeSheet) {
    this.record({ call: 'Spreadsheet.deleteSheet', sheet: s.name });
    this.sheets = this.sheets.filter((x) => x !== s);
  }
  getSheetById(id: number) {
    this.record({ call: 'Spreadsheet.getSheetById' });
    return this.sheets.find((s) => s.id === id) ?? null;
  }
  getSheets() {
    this.record({ call: 'Spreadsheet.getSheets' });
    return [...this.sheets];
  }
  getNumSheets() {
    return this.sheets.length;
  }
  getSpreadsheetLocale() {
    return this.locale;
  }
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  getActiveRange() {
    this.record({ call: 'Spreadsheet.getActiveRange' });
    return this.activeRange;
  }
  getActiveSheet() {
    return this.activeRange?.getSheet() ?? this.sheets[0];
  }
  /** (fake only) a sheet by its exact name, for the tests */
  sheet(name: string) {
    return this.sheets.find((s) => s.name === name);
  }
}

export interface FakeUiState {
  menus: { title: string; items: { label: string; fn: string }[] }[];
  sidebars: { title?: string; width?: number; file: string; appended: string[] }[];
}

/** The globals Apps Script gives a script, bound to one fake spreadsheet. */
export function appsScriptGlobals(ss: FakeSpreadsheet) {
  const ui: FakeUiState = { menus: [], sidebars: [] };
  const builder = (kind: string) => {
    const spec: Record<string, unknown> = { kind };
    const b: Record<string, (...a: unknown[]) => unknown> = {};
    // only builder methods Apps Script has (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder,
    // …/conditional-format-rule-builder)
    const methods: (keyof GoogleAppsScript.Spreadsheet.DataValidationBuilder | keyof GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder)[] = ['requireValueInList', 'setAllowInvalid', 'whenFormulaSatisfied', 'setBackground', 'setBold', 'setFontColor', 'setRanges'];
    for (const m of methods) {
      b[m] = (...a: unknown[]) => {
        spec[m] = m === 'setRanges' ? (a[0] as FakeRange[]).map((r) => r.getA1Notation()) : a.length === 1 ? a[0] : a;
        return b;
      };
    }
    b.build = () => ({ ...spec });
    return b;
  };
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => ss,
    getUi: () => ({
      createMenu: (title: string) => {
        const menu = { title, items: [] as { label: string; fn: string }[] };
        const api = {
          addItem: (label: string, fn: string) => (menu.items.push({ label, fn }), api),
          addSeparator: () => api,
          addToUi: () => ui.menus.push(menu),
        };
        return api;
      },
      showSidebar: (out: { spec: FakeUiState['sidebars'][number] }) => ui.sidebars.push(out.spec),
      alert: () => undefined,
    }),
    newDataValidation: () => builder('validation'),
    newConditionalFormatRule: () => builder('conditional'),
    BorderStyle: { SOLID: 'SOLID' },
  };
  const HtmlService = {
    createHtmlOutputFromFile: (file: string) => {
      const spec: FakeUiState['sidebars'][number] = { file, appended: [] };
      const out = {
        spec,
        setTitle: (t: string) => ((spec.title = t), out),
        setWidth: (w: number) => ((spec.width = w), out),
        append: (h: string) => (spec.appended.push(h), out),
      };
      return out;
    },
  };
  const Charts = { ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', SCATTER: 'SCATTER', COMBO: 'COMBO' } };
  const Session = { getActiveUserLocale: () => ss.locale.replace('_', '-') };
  return { globals: { SpreadsheetApp, HtmlService, Charts, Session }, ui };
}

/** Put a table on a sheet starting at A1 (header row first), as a user's data would be. */
export function putTable(sheet: FakeSheet, headers: unknown[], rows: unknown[][]) {
  sheet.maxRows = Math.max(sheet.maxRows, rows.length + 10);
  sheet.maxCols = Math.max(sheet.maxCols, headers.length + 2);
  [headers, ...rows].forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== '' && v !== null && v !== undefined) sheet.values.set(key(r, c), v);
    }),
  );
}

// The fakes model only members Apps Script has: a typo or an invented method fails type-checking here.
// Fake-only helpers (the recorded state, log, usedExtent, checksum, cell, sheet, record) are named and left out.
type SheetsGlobals = ReturnType<typeof appsScriptGlobals>['globals'];
export type FakeSheetsChecks = [
  Assert<IsModelled<Omit<FakeSheet, 'name' | 'id' | 'values' | 'formulas' | 'formats' | 'merges' | 'validations' | 'cfRules' | 'charts' | 'widths' | 'hidden' | 'frozenRows' | 'maxRows' | 'maxCols' | 'log' | 'range' | 'usedExtent' | 'checksum' | 'cell'>, GoogleAppsScript.Spreadsheet.Sheet>>,
  Assert<IsModelled<FakeRange, GoogleAppsScript.Spreadsheet.Range>>,
  Assert<IsModelled<Omit<FakeSpreadsheet, 'sheets' | 'log' | 'nextSheetId' | 'activeRange' | 'failOn' | 'failMessage' | 'locale' | 'timeZone' | 'record' | 'sheet' | 'beforeInsertSheet'>, GoogleAppsScript.Spreadsheet.Spreadsheet>>,
  Assert<IsModelled<ReturnType<FakeSheet['newChart']>, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>>,
  Assert<IsModelled<Omit<SheetsGlobals['SpreadsheetApp'], 'newDataValidation' | 'newConditionalFormatRule'>, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>,
  Assert<IsModelled<ReturnType<ReturnType<SheetsGlobals['SpreadsheetApp']['getUi']>['createMenu']>, GoogleAppsScript.Base.Menu>>,
  Assert<IsModelled<Omit<ReturnType<SheetsGlobals['HtmlService']['createHtmlOutputFromFile']>, 'spec'>, GoogleAppsScript.HTML.HtmlOutput>>,
  Assert<IsModelled<SheetsGlobals['Charts'], GoogleAppsScript.Charts.Charts>>,
  Assert<IsModelled<SheetsGlobals['Session'], GoogleAppsScript.Base.Session>>,
];
