// A recording fake of WPS's ET object model (Application, workbook, sheets, ranges), typed by the applier's et-jsapi-declare picks; refuses what WPS refuses.
import { parseLikeHost } from './hostParsing';
import type { EtApp, EtRange, EtWorksheet } from '../../wps/applier/et-types';

export const key = (r: number, c: number) => `${r},${c}`;
const BAD_NAME = /[\\/?*[\]:]/;

export interface Call {
  sheet: string;
  call: string;
  a1?: string;
}

/** A chart as the fake recorded it through Shapes.AddChart2 and its Chart object. */
export interface FakeChart {
  type: number;
  left: number;
  top: number;
  width: number;
  height: number;
  title?: string;
  hasLegend?: boolean;
  series: { name?: string; values?: string; xValues?: string; chartType?: number; axisGroup?: number }[];
  axisTitles: Record<number, string>;
  deleted: boolean;
}

/** Kso.XlChartType values the fake takes (et-jsapi-declare lib.kso.d.ts): the 2-D column, bar, line and XY types. */
const CHART_TYPES = new Set([51, 52, 53, 57, 58, 59, 4, 63, 64, 65, 66, 67, -4169, 72, 73, 74, 75]);

/**
 * An object that refuses every member it does not have, read or written: the fake has only members that
 * et-jsapi-declare declares, so a call outside the typings fails here as it would type-check nowhere.
 */
function strict<T extends object>(what: string, obj: T): T {
  return new Proxy(obj, {
    get(t, p) {
      if (typeof p === 'symbol' || p in t) return Reflect.get(t, p);
      throw new Error(`${what}.${String(p)}: not a member the fake (et-jsapi-declare) has`);
    },
    set(t, p, v) {
      if (typeof p === 'symbol' || p in t) return Reflect.set(t, p, v);
      throw new Error(`${what}.${String(p)} = …: not a member the fake (et-jsapi-declare) has`);
    },
  });
}

/** Points per column and row in the fake (ET's defaults are about 54 × 13.5 pt). */
const COL_PT = 54;
const ROW_PT = 13.5;

/** WPS's sheet limits (as Excel's): 1,048,576 rows × 16,384 columns. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** `A1` or `A1:C9` (no sheet, no $) → 0-based rectangle; anything else is refused, as Range() would. */
export function parseA1Range(a1: string): { row: number; col: number; rows: number; cols: number } | null {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a1);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = col(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  if (r1 < 0 || r2 < r1 || c2 < c1 || r2 >= MAX_ROWS || c2 >= MAX_COLS) return null;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** How WPS reads back what is written through Value2/Formula: as Excel does (a leading ' keeps text). */
function parseTyped(v: unknown): { value?: unknown; formula?: string } {
  if (typeof v !== 'string') return { value: v };
  if (v === '') return {};
  const p = parseLikeHost(v);
  return 'formula' in p ? { formula: p.formula } : { value: p.value };
}

export class FakeEtSheet {
  values = new Map<string, unknown>();
  formulas = new Map<string, string>();
  arrayFormulas: { a1: string; formula: string }[] = [];
  validations: { a1: string; list: string; ignoreBlank?: boolean }[] = [];
  conditionalFormats: { a1: string; formula: string; fill?: number }[] = [];
  merges: string[] = [];
  pageBreaks: string[] = [];
  columnWidths = new Map<number, number>();
  pageSetup: Record<string, unknown> = {};
  charts: FakeChart[] = [];
  hiddenColumns: number[] = [];
  /** named tables (ListObjects) on this sheet: name and A1 range, header row included */
  tables: { name: string; a1: string }[] = [];
  /** series AddChart2 plots by itself from the active cell's region (as Excel's VBA model does) */
  autoSeries = 1;
  constructor(
    readonly book: FakeEtWorkbook,
    public name: string,
  ) {}

  api(): EtWorksheet {
    const self = this;
    const log = (call: string, a1?: string) => {
      this.book.calls.push({ sheet: this.name, call, a1 });
      if (this.book.failOn && call === this.book.failOn) throw new Error(`injected failure at ${call}`);
    };
    const ps = new Proxy(this.pageSetup, {
      set(t, p, v) {
        log(`PageSetup.${String(p)}`);
        t[p as string] = v;
        return true;
      },
    });
    return {
      get Name() {
        return self.name;
      },
      set Name(n: string) {
        log('Name');
        if (!n || n.length > 31 || BAD_NAME.test(n) || /^'|'$/.test(n)) throw new Error(`sheet name "${n}" refused`);
        if (self.book.sheets.some((s) => s !== self && s.name.toLowerCase() === n.toLowerCase())) throw new Error(`sheet name "${n}" taken`);
        self.name = n;
      },
      Delete() {
        log('Delete');
        if (self.book.app.DisplayAlerts) throw new Error('Delete asked the user to confirm (DisplayAlerts is on)');
        self.book.sheets = self.book.sheets.filter((s) => s !== self);
      },
      Activate() {
        log('Activate');
        self.book.active = self;
      },
      Range: (a1: string) => this.range(a1),
      PageSetup: ps as unknown as EtWorksheet['PageSetup'],
      HPageBreaks: {
        Add(before: EtRange) {
          log('HPageBreaks.Add');
          self.pageBreaks.push((before as unknown as { a1: string }).a1);
        },
      },
      ListObjects: strict('ListObjects', {
        get Count() {
          return self.tables.length;
        },
        Item(i: number) {
          const t = typeof i === 'number' ? self.tables[i - 1] : undefined;
          if (!t) throw new Error(`ListObjects.Item(${i}): no such table`);
          log('ListObjects.Item');
          return strict('ListObject', {
            Name: t.name,
            get Range() {
              return self.range(t.a1);
            },
          });
        },
      }),
      // a WPS without AddChart2 reads it as undefined (the member is declared in the typings, so not refused)
      Shapes: strict<object>('Shapes', {
        ...(self.book.hasAddChart2
          ? {
              AddChart2(style: number, type: number, left: number, top: number, width: number, height: number) {
                log('Shapes.AddChart2');
                if (style !== -1 && !(style >= 201 && style <= 353)) throw new Error(`AddChart2: style ${style} refused`);
                return self.addChart(type, [left, top, width, height], log);
              },
            }
          : { AddChart2: undefined }),
        AddChart(type: number, left: number, top: number, width: number, height: number) {
          log('Shapes.AddChart');
          return self.addChart(type, [left, top, width, height], log);
        },
      }) as EtWorksheet['Shapes'],
    } as EtWorksheet;
  }

  private addChart(type: number, box: number[], log: (call: string) => void) {
    if (!CHART_TYPES.has(type)) throw new Error(`AddChart: XlChartType ${type} refused`);
    for (const n of box) if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw new Error(`AddChart: position ${n} refused`);
    const [left, top, width, height] = box;
    const rec: FakeChart = { type, left, top, width, height, series: Array.from({ length: this.autoSeries }, () => ({ name: 'auto' })), axisTitles: {}, deleted: false };
    this.charts.push(rec);
    return this.chartShape(rec, log);
  }

  /** The Shape and Chart objects over one recorded chart (members as et-jsapi-declare names them). */
  private chartShape(rec: FakeChart, log: (call: string) => void) {
    const book = this.book;
    const rangeA1 = (v: unknown, what: string) => {
      const a1 = (v as { a1?: unknown } | null)?.a1;
      if (typeof a1 !== 'string') throw new Error(`${what} takes a Range here`);
      return `${this.name}!${a1}`;
    };
    const seriesObj = (s: FakeChart['series'][number]) =>
      strict('Series', {
        set Name(v: string) {
          log('Series.Name');
          if (typeof v !== 'string') throw new Error('Series.Name takes text');
          s.name = v;
        },
        set Values(v: unknown) {
          log('Series.Values');
          s.values = rangeA1(v, 'Series.Values');
        },
        set XValues(v: unknown) {
          log('Series.XValues');
          s.xValues = rangeA1(v, 'Series.XValues');
        },
        set ChartType(v: number) {
          log('Series.ChartType');
          if (!CHART_TYPES.has(v)) throw new Error(`Series.ChartType ${v} refused`);
          s.chartType = v;
        },
        set AxisGroup(v: number) {
          log('Series.AxisGroup');
          if (v !== 1 && v !== 2) throw new Error(`AxisGroup ${v} refused`);
          s.axisGroup = v;
        },
        Delete() {
          log('Series.Delete');
          rec.series = rec.series.filter((x) => x !== s);
        },
      });
    const collection = strict('SeriesCollection', {
      get Count() {
        return rec.series.length;
      },
      Item(i: number) {
        const s = rec.series[i - 1];
        if (!s) throw new Error(`SeriesCollection.Item(${i}): no such series`);
        return seriesObj(s);
      },
      NewSeries() {
        log('SeriesCollection.NewSeries');
        const s = {};
        rec.series.push(s);
        return seriesObj(s);
      },
    });
    const axis = (type: number) => {
      let has = false;
      return strict('Axis', {
        set HasTitle(v: boolean) {
          log('Axis.HasTitle');
          has = v;
        },
        AxisTitle: strict('AxisTitle', {
          set Text(v: string) {
            log('AxisTitle.Text');
            if (!has) throw new Error('AxisTitle: HasTitle is off');
            rec.axisTitles[type] = v;
          },
        }),
      });
    };
    let hasTitle = false;
    const chart = strict('Chart', {
      set HasTitle(v: boolean) {
        log('Chart.HasTitle');
        hasTitle = v;
      },
      set HasLegend(v: boolean) {
        log('Chart.HasLegend');
        rec.hasLegend = v;
      },
      ChartTitle: strict('ChartTitle', {
        set Text(v: string) {
          log('ChartTitle.Text');
          if (!hasTitle) throw new Error('ChartTitle: HasTitle is off');
          rec.title = v;
        },
      }),
      SeriesCollection: () => collection,
      Axes: () =>
        strict('Axes', {
          Item(type: number) {
            if (type !== 1 && type !== 2) throw new Error(`Axes.Item(${type}) refused`);
            return axis(type);
          },
        }),
    });
    return strict('Shape', {
      Chart: chart,
      Delete() {
        log('Shape.Delete');
        rec.deleted = true;
        book.sheets.forEach((sh) => (sh.charts = sh.charts.filter((c) => c !== rec)));
      },
    });
  }

  range(a1: string): EtRange {
    const r = parseA1Range(a1);
    if (!r) throw new Error(`Range("${a1}") refused`);
    const self = this;
    const log = (call: string) => {
      this.book.calls.push({ sheet: this.name, call, a1 });
      if (this.book.failOn && call === this.book.failOn) throw new Error(`injected failure at ${call}`);
    };
    const shape = (v: unknown, what: string) => {
      if (!Array.isArray(v)) return;
      if (v.length !== r.rows || v.some((row) => !Array.isArray(row) || row.length !== r.cols)) throw new Error(`${what}: a ${v.length}-row array for ${a1} refused`);
    };
    const each = (v: unknown, f: (x: unknown, rr: number, cc: number) => void) => {
      if (Array.isArray(v)) (v as unknown[][]).forEach((row, i) => row.forEach((x, j) => f(x, r.row + i, r.col + j)));
      else for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) f(v, r.row + i, r.col + j);
    };
    const put = (x: unknown, rr: number, cc: number) => {
      if (!self.book.keepCells) return;
      if (typeof x === 'number' && !Number.isFinite(x)) throw new Error(`${x} refused in ${a1}`);
      if (x !== null && typeof x === 'object') throw new Error(`an object refused in ${a1}`);
      const p = parseTyped(x);
      const k = key(rr, cc);
      self.values.delete(k);
      self.formulas.delete(k);
      if (p.formula !== undefined) self.formulas.set(k, p.formula);
      else if (p.value !== undefined) self.values.set(k, p.value);
    };
    const style = () => new Proxy({} as Record<string, unknown>, { set: (t, p, v) => (log(`${String(p)}`), (t[p as string] = v), true) });
    const abs = (s: string, on: boolean | undefined) => (on === false ? s : s.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2'));
    return {
      a1,
      /** A1 text, absolute unless told (Address(RowAbsolute, ColumnAbsolute), as Excel's VBA model) */
      Address(rowAbs?: boolean, colAbs?: boolean) {
        if (rowAbs !== colAbs && (rowAbs === false || colAbs === false)) throw new Error('Address: mixed absolute references are not faked');
        return abs(a1, rowAbs);
      },
      get Count() {
        return r.rows * r.cols;
      },
      get Worksheet() {
        return { Name: self.name, Range: (x: string) => self.range(x) };
      },
      /** one cell: a scalar; more: a 2-D array (empty cells undefined), as Excel's VBA model reads */
      get Value2(): unknown {
        log('get Value2');
        const rows = Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => self.values.get(key(r.row + i, r.col + j))));
        return r.rows * r.cols === 1 ? rows[0][0] : rows;
      },
      set Value2(v: unknown) {
        log('Value2');
        shape(v, 'Value2');
        each(v, put);
      },
      set Formula(v: unknown) {
        log('Formula');
        shape(v, 'Formula');
        each(v, put);
      },
      set FormulaArray(v: unknown) {
        log('FormulaArray');
        if (typeof v !== 'string' || !v.startsWith('=')) throw new Error('FormulaArray takes one formula');
        // Excel's VBA model caps FormulaArray at 255 characters; WPS follows its model (to confirm: docs/wps.md)
        if (v.length > 255) throw new Error(`FormulaArray of ${v.length} characters refused`);
        self.arrayFormulas.push({ a1, formula: v });
        self.formulas.set(key(r.row, r.col), v);
      },
      set NumberFormat(_v: string) {
        log('NumberFormat');
      },
      set HorizontalAlignment(_v: unknown) {
        log('HorizontalAlignment');
      },
      set WrapText(_v: boolean) {
        log('WrapText');
      },
      set ColumnWidth(v: number) {
        log('ColumnWidth');
        if (!(v >= 0 && v <= 255)) throw new Error(`ColumnWidth ${v} refused`);
        self.columnWidths.set(r.col, v);
      },
      get Left() {
        return r.col * COL_PT;
      },
      get Top() {
        return r.row * ROW_PT;
      },
      get Width() {
        return r.cols * COL_PT;
      },
      get Height() {
        return r.rows * ROW_PT;
      },
      EntireColumn: {
        set Hidden(v: boolean) {
          log('EntireColumn.Hidden');
          if (v === true) for (let c = r.col; c < r.col + r.cols; c++) self.hiddenColumns.includes(c) || self.hiddenColumns.push(c);
        },
      },
      set RowHeight(v: number) {
        log('RowHeight');
        if (!(v >= 0 && v <= 409)) throw new Error(`RowHeight ${v} refused`);
      },
      Merge() {
        log('Merge');
        self.merges.push(a1);
      },
      Font: style(),
      Interior: style(),
      Borders: style(),
      Validation: new Proxy(
        {
          Add(_type: unknown, _alert: unknown, _op: unknown, list: string) {
            log('Validation.Add');
            if (typeof list !== 'string' || list.length > 255) throw new Error('a validation list over 255 characters refused');
            self.validations.push({ a1, list });
          },
        } as Record<string, unknown>,
        { set: (t, p, v) => (log(`Validation.${String(p)}`), (t[p as string] = v), true) },
      ),
      FormatConditions: {
        Add(_type: unknown, _op: unknown, formula: string) {
          log('FormatConditions.Add');
          if (typeof formula !== 'string' || !formula.startsWith('=')) throw new Error('a condition formula must start with =');
          const rec: { a1: string; formula: string } = { a1, formula };
          self.conditionalFormats.push(rec);
          return { Interior: style(), Font: style() };
        },
      },
    } as unknown as EtRange;
  }
}

export class FakeEtWorkbook {
  sheets: FakeEtSheet[] = [];
  calls: Call[] = [];
  active: FakeEtSheet | null = null;
  /** store written cells (off for the 100,000-row call counts: shapes are still checked) */
  keepCells = true;
  /** a host call that throws (to test clean-up) */
  failOn: string | null = null;
  /** Shapes.AddChart2 exists (off: a WPS with only the older Shapes.AddChart) */
  hasAddChart2 = true;
  readonly window = { SplitRow: 0, SplitColumn: 0, FreezePanes: false };
  readonly app: EtApp & { DisplayAlerts: boolean; ScreenUpdating: boolean };

  constructor(names: string[]) {
    this.sheets = names.map((n) => new FakeEtSheet(this, n));
    this.active = this.sheets[0] ?? null;
    const self = this;
    const worksheets = {
      get Count() {
        return self.sheets.length;
      },
      Item(i: number | string) {
        const s = typeof i === 'number' ? self.sheets[i - 1] : self.sheets.find((x) => x.name.toLowerCase() === String(i).toLowerCase());
        if (!s) throw new Error(`Worksheets.Item(${i}): no such sheet`);
        return s.api();
      },
      Add(_before?: unknown, _after?: EtWorksheet) {
        self.calls.push({ sheet: '', call: 'Worksheets.Add' });
        let n = self.sheets.length + 1;
        while (self.sheets.some((s) => s.name === `Sheet${n}`)) n++;
        const s = new FakeEtSheet(self, `Sheet${n}`);
        self.sheets.push(s);
        self.active = s;
        return s.api();
      },
    };
    const win = this.window;
    this.app = {
      ActiveWorkbook: { Worksheets: worksheets },
      get ActiveWindow() {
        return win;
      },
      ScreenUpdating: true,
      DisplayAlerts: true,
    } as unknown as EtApp & { DisplayAlerts: boolean; ScreenUpdating: boolean };
  }

  sheet(name: string) {
    return this.sheets.find((s) => s.name === name);
  }
}
