// A fake of the Office.js Excel API: queues every call until sync (as Office.js does), records it, refuses unloaded reads, injects failures.
// Enforces Excel on the web's limits: 5 MB per request and per response, 5,000,000 cells per read
// (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
// Plain data and no Node APIs, so tests can also bundle it into a browser page.
import { colLetter as colName } from '../../core/plan/a1';
import { parseLikeHost } from './hostParsing';
import type { Assert, IsModelled } from './realShape';

/** Excel on the web's payload cap, both ways, and its cap on the cells of one read. */
export const WEB_PAYLOAD_BYTES = 5 * 1024 * 1024;
export const WEB_READ_CELLS = 5_000_000;
const utf8 = new TextEncoder();
/** The size of a grid as it crosses the wire (JSON, UTF-8). */
const wireBytes = (x: unknown) => utf8.encode(JSON.stringify(x)).length;

/** An error as Office.js raises it: a message and a code from Excel.ErrorCodes. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface FakeCell {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
}

/** Cells are kept in flat maps keyed row × 16384 + col (cheap at a million cells). */
export const cellKey = (r: number, c: number) => r * 16384 + c;

export interface FakeSheetState {
  name: string;
  values: Map<number, unknown>;
  formulas: Map<number, string>;
  numberFormats: Map<number, string>;
  formats: { address: string; prop: string; value: unknown }[];
  merges: string[];
  validations: { address: string; rule: unknown }[];
  conditionalFormats: { address: string; type: string; formula?: string; fill?: string; bold?: boolean; fontColor?: string }[];
  charts: { type: string; source: string; seriesBy?: string; title?: string; series: { name?: string; values?: string; x?: string; chartType?: string; axisGroup?: string }[]; position?: [string, string?]; xTitle?: string; yTitle?: string }[];
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  columnWidths: Map<number, number>;
  /** column letters hidden (Range.columnHidden) */
  hiddenColumns: string[];
}

export interface LogEntry {
  call: string;
  sheet?: string;
  address?: string;
  /** for values/formulas writes: the number of cells */
  cells?: number;
}

export const addressOf = (r: number, c: number, rows = 1, cols = 1) => (rows === 1 && cols === 1 ? `${colName(c)}${r + 1}` : `${colName(c)}${r + 1}:${colName(c + cols - 1)}${r + rows}`);

class PropertyNotLoaded extends Error {
  constructor(prop: string) {
    super(`PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }
}

export class FakeWorkbookState {
  sheets: FakeSheetState[] = [];
  log: LogEntry[] = [];
  syncs = 0;
  /** fail the Nth sync (1-based) after applying half of its queue, like a request that dies part-way */
  failAtSync = 0;
  /** fail when a call of this name is queued (e.g. 'Chart.add') */
  failOnCall = '';
  /** called as each sync starts (1-based), before its queue runs: a co-author's edit lands here */
  beforeSync: ((n: number) => void) | null = null;
  /** the largest request and response seen, in bytes, and the most cells one read returned */
  peak = { requestBytes: 0, responseBytes: 0, readCells: 0 };
  /** named tables (Excel.Table): where each one is, header row included */
  tables: { name: string; sheet: string; row: number; col: number; rows: number; cols: number }[] = [];
  /** the user's selection */
  selection: { sheet: string; row: number; col: number; rows: number; cols: number } = { sheet: 'Sheet1', row: 0, col: 0, rows: 1, cols: 1 };

  constructor(names: string[] = ['Sheet1']) {
    for (const n of names) this.sheets.push(newSheet(n));
  }
  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  /** One cell of a sheet, as the tests read it. */
  cell(name: string, r: number, c: number): FakeCell | undefined {
    const s = this.sheet(name);
    if (!s) return undefined;
    const k = cellKey(r, c);
    const out: FakeCell = {};
    if (s.values.has(k)) out.value = s.values.get(k);
    if (s.formulas.has(k)) out.formula = s.formulas.get(k);
    if (s.numberFormats.has(k)) out.numberFormat = s.numberFormats.get(k);
    return Object.keys(out).length ? out : undefined;
  }
  /** A stable fingerprint of a sheet, to prove it did not change. */
  checksum(name: string): string {
    const s = this.sheet(name);
    if (!s) return 'missing';
    return JSON.stringify({ vals: [...s.values.entries()].sort(), fo: [...s.formulas.entries()].sort(), nf: [...s.numberFormats.entries()].sort(), f: s.formats, m: s.merges, v: s.validations, c: s.conditionalFormats, ch: s.charts, fr: s.frozenRows, p: s.pageLayout, w: [...s.columnWidths.entries()] });
  }
}

function newSheet(name: string): FakeSheetState {
  return { name, values: new Map(), formulas: new Map(), numberFormats: new Map(), formats: [], merges: [], validations: [], conditionalFormats: [], charts: [], frozenRows: 0, pageLayout: {}, columnWidths: new Map(), hiddenColumns: [] };
}

/** The Excel namespace bound to one fake workbook. */
export function fakeExcel(wb: FakeWorkbookState) {
  return {
    run: async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => batch(new FakeContext(wb)),
  };
}

export class FakeContext {
  private queue: (() => void)[] = [];
  private loads: (() => void)[] = [];
  readonly workbook: { worksheets: FakeWorksheets; getSelectedRange(): FakeRange; tables: { load(p: string): void; readonly items: { name: string }[]; getItem(n: string): { getRange(): FakeRange } } };
  constructor(readonly wb: FakeWorkbookState) {
    const ws = new FakeWorksheets(this);
    const sel = () => {
      const x = this.wb.selection;
      this.wb.log.push({ call: 'Workbook.getSelectedRange', sheet: x.sheet });
      return new FakeWorksheet(this, x.sheet).getRangeByIndexes(x.row, x.col, x.rows, x.cols);
    };
    this.workbook = {
      worksheets: ws,
      getSelectedRange: sel,
      tables: {
        load: () => this.wb.log.push({ call: 'Tables.load' }),
        get items() {
          return wb.tables.map((t) => ({ name: t.name }));
        },
        getItem: (n: string) => {
          this.wb.log.push({ call: 'Tables.getItem', address: n });
          // the table's range as it is when the request runs (a table grows as rows are added to it)
          return {
            getRange: () => {
              const t = this.wb.tables.find((x) => x.name === n);
              if (!t) throw new FakeOfficeError('ItemNotFound', `no table ${n}`);
              return new FakeWorksheet(this, t.sheet).getRangeByIndexes(t.row, t.col, t.rows, t.cols);
            },
          };
        },
      },
    };
  }
  private requestBytes = 0;
  private responseBytes = 0;
  enqueue(entry: LogEntry, apply: () => void, bytes = 64) {
    if (this.wb.failOnCall && entry.call === this.wb.failOnCall) throw new Error(`injected failure at ${entry.call}`);
    this.wb.log.push(entry);
    this.queue.push(apply);
    this.requestBytes += bytes;
  }
  /** a read's values, counted against the response cap and the cell cap */
  respond(cells: number, bytes: number) {
    if (cells > WEB_READ_CELLS) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `a read of ${cells} cells is over ${WEB_READ_CELLS}`);
    this.wb.peak.readCells = Math.max(this.wb.peak.readCells, cells);
    this.responseBytes += bytes;
  }
  onSync(f: () => void) {
    this.loads.push(f);
  }
  async sync(): Promise<void> {
    this.wb.syncs++;
    this.wb.log.push({ call: 'sync' });
    const q = this.queue;
    const loads = this.loads;
    const request = this.requestBytes;
    this.queue = [];
    this.loads = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.wb.beforeSync?.(this.wb.syncs);
    this.wb.peak.requestBytes = Math.max(this.wb.peak.requestBytes, request);
    // the whole request is refused before anything runs
    if (request > WEB_PAYLOAD_BYTES) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `the request is ${request} bytes, over ${WEB_PAYLOAD_BYTES}`);
    if (this.wb.failAtSync && this.wb.syncs === this.wb.failAtSync) {
      q.slice(0, Math.floor(q.length / 2)).forEach((f) => f());
      throw new Error(`injected failure at sync ${this.wb.syncs}`);
    }
    // queued calls run in order; one that fails ends the request there (the ones before it stay done)
    q.forEach((f) => f());
    loads.forEach((f) => f());
    this.wb.peak.responseBytes = Math.max(this.wb.peak.responseBytes, this.responseBytes);
    if (this.responseBytes > WEB_PAYLOAD_BYTES) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `the response is ${this.responseBytes} bytes, over ${WEB_PAYLOAD_BYTES}`);
  }
}

class FakeWorksheets {
  private _items: FakeWorksheet[] | null = null;
  constructor(private ctx: FakeContext) {}
  /** the returned proxy is bound to the sheet this call creates, not to its name (as Office.js's is) */
  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, name);
    this.ctx.enqueue({ call: 'Worksheets.add', sheet: name }, () => {
      if (this.ctx.wb.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `a sheet named ${name} exists`);
      const created = newSheet(name);
      this.ctx.wb.sheets.push(created);
      ws.bind(created);
    });
    return ws;
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.wb.log.push({ call: 'Worksheets.getItem', sheet: name });
    return new FakeWorksheet(this.ctx, name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.wb.log.push({ call: 'Worksheets.getItemOrNullObject', sheet: name });
    return new FakeWorksheet(this.ctx, name);
  }
  load(_props: string) {
    this.ctx.wb.log.push({ call: 'Worksheets.load' });
    this.ctx.onSync(() => (this._items = this.ctx.wb.sheets.map((s) => new FakeWorksheet(this.ctx, s.name, true))));
  }
  get items(): FakeWorksheet[] {
    if (!this._items) throw new PropertyNotLoaded('items');
    return this._items;
  }
}

class FakeWorksheet {
  private _isNull: boolean | undefined;
  /** the sheet this proxy stands for, once known (add() binds it; getItem finds it by name) */
  private bound: FakeSheetState | null = null;
  bind(s: FakeSheetState) {
    this.bound = s;
  }
  constructor(
    private ctx: FakeContext,
    private _name: string,
    private loadedName = false,
  ) {}
  get name(): string {
    if (!this.loadedName) throw new PropertyNotLoaded('name');
    return this._name;
  }
  load(props: string) {
    this.ctx.wb.log.push({ call: 'Worksheet.load', sheet: this._name });
    this.ctx.onSync(() => {
      this._isNull = !this.ctx.wb.sheet(this._name);
      if (props.includes('name')) this.loadedName = true;
    });
  }
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw new PropertyNotLoaded('isNullObject');
    return this._isNull;
  }
  private state(): FakeSheetState {
    const s = this.bound ?? this.ctx.wb.sheet(this._name);
    if (!s || !this.ctx.wb.sheets.includes(s)) throw new FakeOfficeError('ItemNotFound', this._name);
    return s;
  }
  delete() {
    this.ctx.enqueue({ call: 'Worksheet.delete', sheet: this._name }, () => {
      const i = this.ctx.wb.sheets.indexOf(this.state());
      this.ctx.wb.sheets.splice(i, 1);
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this._name, row, col, rows, cols, () => this.state());
  }
  getRange(a1: string): FakeRange {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1);
    if (!m) throw new Error(`InvalidArgument: ${a1}`);
    const ci = (x: string) => [...x.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r0 = Number(m[2]) - 1;
    const c0 = ci(m[1]);
    return this.getRangeByIndexes(r0, c0, (m[4] ? Number(m[4]) - 1 : r0) - r0 + 1, (m[3] ? ci(m[3]) : c0) - c0 + 1);
  }
  get freezePanes() {
    return { freezeRows: (n: number) => this.ctx.enqueue({ call: 'FreezePanes.freezeRows', sheet: this._name }, () => (this.state().frozenRows = n)) };
  }
  get pageLayout() {
    const set = (k: string, v: unknown) => this.ctx.enqueue({ call: `PageLayout.${k}`, sheet: this._name }, () => (this.state().pageLayout[k] = v));
    return {
      set orientation(v: string) {
        set('orientation', v);
      },
      set zoom(v: unknown) {
        set('zoom', v);
      },
      set paperSize(v: string) {
        set('paperSize', v);
      },
      headersFooters: { defaultForAllPages: { set centerFooter(v: string) { set('centerFooter', v); } } },
      setPrintTitleRows: (a: string) => set('printTitleRows', a),
      setPrintArea: (r: FakeRange | string) => set('printArea', typeof r === 'string' ? r : r.a1),
    };
  }
  get horizontalPageBreaks() {
    return { add: (r: FakeRange | string) => this.ctx.enqueue({ call: 'PageBreaks.add', sheet: this._name }, () => ((this.state().pageLayout.breaks ??= []) as string[]).push(typeof r === 'string' ? r : r.a1)) };
  }
  get charts() {
    return {
      add: (type: string, source: FakeRange, seriesBy?: string) => {
        const chart = { type, source: source.a1, seriesBy, series: [] as FakeSheetState['charts'][number]['series'] } as FakeSheetState['charts'][number];
        this.ctx.enqueue({ call: 'Chart.add', sheet: this._name, address: source.a1 }, () => this.state().charts.push(chart));
        const mk = (s: FakeSheetState['charts'][number]['series'][number]) => ({
          set name(v: string) {
            s.name = v;
          },
          set chartType(v: string) {
            s.chartType = v;
          },
          set axisGroup(v: string) {
            s.axisGroup = v;
          },
          setValues: (r: FakeRange) => (s.values = r.a1),
          setXAxisValues: (r: FakeRange) => (s.x = r.a1),
        });
        chart.series.push({ values: source.a1 });
        return {
          title: {
            set text(v: string) {
              chart.title = v;
            },
          },
          series: {
            getItemAt: (i: number) => mk(chart.series[i]),
            add: (name?: string) => {
              const s = { name };
              chart.series.push(s);
              return mk(s);
            },
          },
          axes: {
            categoryAxis: { title: { set text(v: string) { chart.xTitle = v; } } },
            valueAxis: { title: { set text(v: string) { chart.yTitle = v; } } },
          },
          setPosition: (a: string, b?: string) => (chart.position = [a, b]),
          legend: { visible: true, position: 'Bottom' },
        };
      },
    };
  }
}

class FakeRange {
  private loaded: { values?: unknown[][]; address?: string; rowCount?: number; columnCount?: number } = {};
  constructor(
    private ctx: FakeContext,
    private sheetName: string,
    private row: number,
    private col: number,
    private rows: number,
    private cols: number,
    private state: () => FakeSheetState,
  ) {}
  /** the unqualified address, for the fake's own records */
  get a1(): string {
    return addressOf(this.row, this.col, this.rows, this.cols);
  }
  /** Office.js's address ("Sheet1!A1:F4"), once loaded */
  get address(): string {
    return this.need('address');
  }
  /** load('values,address,rowCount,columnCount'): filled in at the next sync, like Office.js */
  load(props: string) {
    this.ctx.wb.log.push({ call: 'Range.load', sheet: this.sheetName, address: this.a1 });
    this.ctx.onSync(() => {
      const s = this.state();
      if (props.includes('values')) {
        this.ctx.respond(this.rows * this.cols, 0);
        this.loaded.values = Array.from({ length: this.rows }, (_, i) =>
          Array.from({ length: this.cols }, (_, j) => {
            const k = cellKey(this.row + i, this.col + j);
            return s.values.has(k) ? s.values.get(k) : '';
          }),
        );
        this.ctx.respond(0, wireBytes(this.loaded.values));
      }
      if (props.includes('address')) this.loaded.address = `${/^[A-Za-z0-9_]+$/.test(this.sheetName) ? this.sheetName : `'${this.sheetName.replace(/'/g, "''")}'`}!${this.a1}`;
      if (props.includes('rowCount')) this.loaded.rowCount = this.rows;
      if (props.includes('columnCount')) this.loaded.columnCount = this.cols;
    });
  }
  private need<K extends keyof FakeRange['loaded']>(k: K): NonNullable<FakeRange['loaded'][K]> {
    const v = this.loaded[k];
    if (v === undefined) throw new PropertyNotLoaded(k);
    return v as NonNullable<FakeRange['loaded'][K]>;
  }
  get values(): unknown[][] {
    return this.need('values');
  }
  get rowCount(): number {
    return this.need('rowCount');
  }
  get columnCount(): number {
    return this.need('columnCount');
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, this.row + row, this.col + col, 1, 1, this.state);
  }
  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    if (this.rows + deltaRows < 1 || this.cols + deltaCols < 1) throw new FakeOfficeError('InvalidArgument', 'resized to nothing');
    return new FakeRange(this.ctx, this.sheetName, this.row, this.col, this.rows + deltaRows, this.cols + deltaCols, this.state);
  }
  /** the used block of the sheet (the fake's data starts at A1) */
  getSurroundingRegion(): FakeRange {
    const s = this.state();
    let rows = 0;
    let cols = 0;
    for (const k of [...s.values.keys(), ...s.formulas.keys()]) {
      rows = Math.max(rows, Math.floor(k / 16384) + 1);
      cols = Math.max(cols, (k % 16384) + 1);
    }
    return new FakeRange(this.ctx, this.sheetName, 0, 0, Math.max(1, rows), Math.max(1, cols), this.state);
  }
  private writeGrid(kind: 'value' | 'formula' | 'numberFormat', grid: unknown[][]) {
    if (grid.length !== this.rows || grid.some((r) => r.length !== this.cols)) throw new Error(`InvalidArgument: ${kind} is ${grid.length}×${grid[0]?.length}, range ${this.a1} is ${this.rows}×${this.cols}`);
    this.ctx.enqueue({ call: `Range.${kind === 'value' ? 'values' : kind === 'formula' ? 'formulas' : 'numberFormat'}`, sheet: this.sheetName, address: this.a1, cells: this.rows * this.cols }, () => {
      const s = this.state();
      for (let i = 0; i < grid.length; i++) {
        const r = grid[i];
        for (let j = 0; j < r.length; j++) {
          const v = r[j];
          if (v === null || v === undefined) continue; // null leaves the cell as it is
          const k = cellKey(this.row + i, this.col + j);
          if (kind === 'numberFormat') s.numberFormats.set(k, String(v));
          else if (kind === 'formula') {
            s.formulas.set(k, String(v));
            s.values.delete(k);
          } else {
            // Office.js reads written text as typing does (=, +, - start formulas; numbers, dates, booleans parse); ' keeps text
            const p = typeof v === 'string' ? parseLikeHost(v) : { value: v };
            if ('formula' in p) {
              s.formulas.set(k, p.formula);
              s.values.delete(k);
            } else {
              s.values.set(k, p.value);
              s.formulas.delete(k);
            }
          }
        }
      }
    }, wireBytes(grid));
  }
  set values(v: unknown[][]) {
    this.writeGrid('value', v);
  }
  get formulas(): unknown[][] {
    throw new PropertyNotLoaded('formulas');
  }
  set formulas(v: unknown[][]) {
    this.writeGrid('formula', v);
  }
  set numberFormat(v: unknown[][]) {
    this.writeGrid('numberFormat', v);
  }
  set columnHidden(v: boolean) {
    this.ctx.enqueue({ call: 'Range.columnHidden', sheet: this.sheetName, address: this.a1 }, () => this.state().hiddenColumns.push(this.a1.replace(/\d+/g, '')));
  }
  private fmt(prop: string, value: unknown) {
    this.ctx.enqueue({ call: `Format.${prop}`, sheet: this.sheetName, address: this.a1 }, () => this.state().formats.push({ address: this.a1, prop, value }));
  }
  get format() {
    const f = (p: string) => (v: unknown) => this.fmt(p, v);
    return {
      font: { set bold(v: boolean) { f('bold')(v); }, set italic(v: boolean) { f('italic')(v); }, set color(v: string) { f('fontColor')(v); }, set size(v: number) { f('fontSize')(v); }, set name(v: string) { f('fontName')(v); } },
      fill: { set color(v: string) { f('fill')(v); } },
      set horizontalAlignment(v: string) {
        f('hAlign')(v);
      },
      set wrapText(v: boolean) {
        f('wrap')(v);
      },
      set columnWidth(v: number) {
        f('columnWidth')(v);
      },
      set rowHeight(v: number) {
        f('rowHeight')(v);
      },
      borders: { getItem: (edge: string) => ({ set style(v: string) { f(`border.${edge}`)(v); }, set color(_v: string) {} }) },
    };
  }
  merge(_across?: boolean) {
    this.ctx.enqueue({ call: 'Range.merge', sheet: this.sheetName, address: this.a1 }, () => this.state().merges.push(this.a1));
  }
  get dataValidation() {
    const record = (r: unknown) => this.ctx.enqueue({ call: 'DataValidation.rule', sheet: this.sheetName, address: this.a1 }, () => this.state().validations.push({ address: this.a1, rule: r }));
    return {
      set rule(r: unknown) {
        record(r);
      },
    };
  }
  get conditionalFormats() {
    return {
      add: (type: string) => {
        const cf: FakeSheetState['conditionalFormats'][number] = { address: this.a1, type };
        this.ctx.enqueue({ call: 'ConditionalFormats.add', sheet: this.sheetName, address: this.a1 }, () => this.state().conditionalFormats.push(cf));
        return {
          custom: {
            rule: { set formula(v: string) { cf.formula = v; } },
            format: { fill: { set color(v: string) { cf.fill = v; } }, font: { set bold(v: boolean) { cf.bold = v; }, set color(v: string) { cf.fontColor = v; } } },
          },
        };
      },
    };
  }
}

// The fake models only members Office.js has (https://learn.microsoft.com/javascript/api/excel): a typo or an invented
// method fails type-checking here. Fake-only helpers (a1, bind, the context's bookkeeping) are named and left out.
type FakeChart = ReturnType<FakeWorksheet['charts']['add']>;
export type FakeExcelChecks = [
  Assert<IsModelled<Omit<FakeRange, 'a1'>, Excel.Range>>,
  Assert<IsModelled<Omit<FakeWorksheet, 'bind'>, Excel.Worksheet>>,
  Assert<IsModelled<FakeWorksheets, Excel.WorksheetCollection>>,
  Assert<IsModelled<Pick<FakeContext, 'workbook' | 'sync'>, Excel.RequestContext>>,
  Assert<IsModelled<FakeChart, Excel.Chart>>,
  Assert<IsModelled<ReturnType<FakeChart['series']['add']>, Excel.ChartSeries>>,
  Assert<IsModelled<ReturnType<FakeRange['conditionalFormats']['add']>, Excel.ConditionalFormat>>,
  Assert<IsModelled<ReturnType<FakeRange['format']['borders']['getItem']>, Excel.RangeBorder>>,
  Assert<IsModelled<ReturnType<typeof fakeExcel>, typeof Excel>>,
];
