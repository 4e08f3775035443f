// The cells of a SheetPlan as both .xlsx writers store them, row by row, with one shared style object per combination of formats.
import type ExcelJS from 'exceljs';
import { BORDER_COLOR, conditionalRules, listSource } from '../../core/apply/mappings';
import { rangeA1 } from '../../core/plan/a1';
import { cachedAsValue, isPlanError } from '../../core/plan/builder';
import { toDialect } from '../../core/plan/dialect';
import { cachedAt, rowPattern, slidPattern, type RowPattern } from '../../core/plan/copiedDown';
import type { CopiedDownBlock, FormatSpec, PlanCached, SheetPlan } from '../../core/plan/types';

export interface XlsxApplyOptions {
  /** values only: every formula is written as the value the core computed */
  values?: boolean;
}

/** One cell to write: its value (undefined: none), its style (shared between cells: never mutate it), a note. */
export interface XlsxCell {
  value?: ExcelJS.CellValue;
  style?: Partial<ExcelJS.Style>;
  note?: string;
}

const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

/** A cached result as ExcelJS stores it: errors as error values, text and numbers as they are. */
function result(v: PlanCached): ExcelJS.CellValue {
  if (isPlanError(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v as ExcelJS.CellValue;
}

/** A style with one more format laid over it, as setting the format's properties on a cell one by one would leave it. */
function withFormat(s: Partial<ExcelJS.Style>, f: FormatSpec): Partial<ExcelJS.Style> {
  const o: Partial<ExcelJS.Style> = { ...s };
  if (f.numberFormat) o.numFmt = f.numberFormat;
  if (f.bold !== undefined || f.italic !== undefined || f.fontColor || f.fontSize) {
    o.font = { ...(o.font ?? {}), ...(f.bold !== undefined ? { bold: f.bold } : {}), ...(f.italic !== undefined ? { italic: f.italic } : {}), ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}), ...(f.fontSize ? { size: f.fontSize } : {}) };
  }
  if (f.fill) o.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
  if (f.hAlign || f.wrap) o.alignment = { ...(o.alignment ?? {}), ...(f.hAlign ? { horizontal: f.hAlign } : {}), ...(f.wrap ? { wrapText: true, vertical: 'top' } : {}) };
  if (f.border) {
    const b = { style: 'thin' as const, color: { argb: argb(BORDER_COLOR) } };
    o.border = { top: b, left: b, bottom: b, right: b };
  }
  return o;
}

/**
 * Which formats cover each cell, as a small id per cell, and one style object per id. A 100,000-row report has
 * about 1.4 million styled cells but a few dozen distinct styles; sharing the objects lets ExcelJS find a cell's
 * style id by reference instead of serialising every cell's font, fill and border again.
 */
function styleGrid(plan: SheetPlan, columnStyle: (c: number) => Partial<ExcelJS.Style> | undefined): { at: (r: number, c: number) => Partial<ExcelJS.Style> | undefined } {
  const { rows, cols } = plan.extent;
  const grid = new Int32Array(rows * cols);
  // ids 1…cols: each column's own style (a cell takes its column's style when it is made), the base formats go over
  const styles: Partial<ExcelJS.Style>[] = [{}];
  for (let c = 0; c < cols; c++) styles.push({ ...(columnStyle(c) ?? {}) });
  const next = new Map<number, number>();
  const n = plan.formats.length + 1;
  plan.formats.forEach((f, fi) => {
    for (let r = f.range.row; r < f.range.row + f.range.rows && r < rows; r++) {
      for (let c = f.range.col; c < f.range.col + f.range.cols && c < cols; c++) {
        const i = r * cols + c;
        const from = grid[i] || c + 1;
        const key = from * n + fi;
        let id = next.get(key);
        if (id === undefined) {
          id = styles.length;
          styles.push(withFormat(styles[from], f));
          next.set(key, id);
        }
        grid[i] = id;
      }
    }
  });
  const plain = (c: number) => (c < cols && Object.keys(styles[c + 1]).length ? styles[c + 1] : undefined);
  return { at: (r, c) => (r < rows && c < cols && grid[r * cols + c] ? styles[grid[r * cols + c]] : undefined), plain } as { at: (r: number, c: number) => Partial<ExcelJS.Style> | undefined; plain: (c: number) => Partial<ExcelJS.Style> | undefined };
}

/** The cells of a plan, a row at a time from the top (rows and columns 0-based). */
export interface PlanCells {
  rows: number;
  cols: number;
  /** the shared style of a cell, if any format covers it */
  styleAt: (r: number, c: number) => Partial<ExcelJS.Style> | undefined;
  /** the style of a cell that holds a value: its formats', or its column's */
  valuedStyleAt: (r: number, c: number) => Partial<ExcelJS.Style> | undefined;
  /**
   * The values of row r into `into` (length cols; undefined where a cell has none), without chart notes. A writer
   * that stores a formula's text once for a column can say which cells need it (the others get an empty text).
   */
  valuesOf: (r: number, into: (ExcelJS.CellValue | undefined)[], needsText?: (c: number) => boolean) => void;
  /** rows holding a chart note */
  hasNote: (r: number) => boolean;
  /** row r as cells: values, styles and notes */
  row: (r: number) => (XlsxCell | undefined)[];
}

/**
 * `columnStyle` is the style a worksheet's column gives its new cells (the print set-up's font): each cell's style
 * starts from it, as ExcelJS would start a cell made in that column.
 */
export function planCells(plan: SheetPlan, opts: XlsxApplyOptions = {}, columnStyle: (c: number) => Partial<ExcelJS.Style> | undefined = () => undefined): PlanCells {
  const grid = styleGrid(plan, columnStyle) as ReturnType<typeof styleGrid> & { plain: (c: number) => Partial<ExcelJS.Style> | undefined };
  // a cell no format covers still has its column's style once it holds a value
  const styles = { at: grid.at, valued: (r: number, c: number) => grid.at(r, c) ?? grid.plain(c) };
  let rows = plan.extent.rows;
  let cols = plan.extent.cols;
  for (const b of plan.blocks) {
    const h = b.kind === 'values' ? b.values.length : b.kind === 'copiedDown' ? b.rows : b.cached.length;
    const w = b.kind === 'values' ? (b.values[0]?.length ?? 0) : b.kind === 'copiedDown' ? b.formulas.length : (b.cached[0]?.length ?? 0);
    rows = Math.max(rows, b.row + h);
    cols = Math.max(cols, b.col + w);
  }
  for (const ch of plan.charts) {
    rows = Math.max(rows, ch.anchor.row + 1);
    cols = Math.max(cols, ch.anchor.col + 1);
  }
  // spilled columns as legacy array formulas (ExcelJS writes no dynamic arrays): the formula text once per block
  const arrayFormula = new Map<object, { f: string; ref: string }>();
  for (const b of plan.blocks)
    if (b.kind === 'formulas' && b.spill && !opts.values) arrayFormula.set(b, { f: toDialect(b.formulas[0][0]!, 'excel').slice(1), ref: rangeA1({ row: b.row, col: b.col, rows: b.cached.length, cols: b.cached[0].length }) });

  // a copied-down column's formula in Excel's dialect, cut at its row numbers once: row r's text is a join
  const copied = new Map<CopiedDownBlock, RowPattern[]>();
  for (const b of plan.blocks) if (b.kind === 'copiedDown') copied.set(b, b.formulas.map((f) => rowPattern(toDialect(f, 'excel').slice(1))));

  const valuesOf = (r: number, into: (ExcelJS.CellValue | undefined)[], needsText?: (c: number) => boolean) => {
    into.fill(undefined);
    for (const b of plan.blocks) {
      if (r < b.row) continue;
      if (b.kind === 'copiedDown') {
        const i = r - b.row;
        if (i >= b.rows) continue;
        const patterns = copied.get(b)!;
        for (let c = 0; c < b.formulas.length; c++) {
          const v = cachedAt(b.cached[c], i);
          if (opts.values) {
            if (v !== null) into[b.col + c] = cachedAsValue(v);
          } else into[b.col + c] = { formula: !needsText || needsText(b.col + c) ? slidPattern(patterns[c], i) : '', result: result(v) } as ExcelJS.CellFormulaValue;
        }
        continue;
      }
      if (b.kind === 'values') {
        const vr = b.values[r - b.row];
        // strings are stored as strings: ExcelJS never parses "=1+1" or "00123"
        if (vr) for (let c = 0; c < vr.length; c++) if (vr[c] !== null) into[b.col + c] = vr[c];
        continue;
      }
      const cr = b.cached[r - b.row];
      if (!cr) continue;
      if (opts.values) {
        for (let c = 0; c < cr.length; c++) if (cr[c] !== null) into[b.col + c] = cachedAsValue(cr[c]);
      } else if (b.spill) {
        const a = arrayFormula.get(b)!;
        for (let c = 0; c < cr.length; c++) {
          if (r === b.row && c === 0) into[b.col] = { formula: a.f, result: result(cr[c]), shareType: 'array', ref: a.ref } as unknown as ExcelJS.CellValue;
          else if (cr[c] !== null) into[b.col + c] = result(cr[c]);
        }
      } else {
        const fr = b.formulas[r - b.row];
        for (let c = 0; c < fr.length; c++) {
          if (fr[c] === null) continue;
          const text = !needsText || needsText(b.col + c) ? toDialect(fr[c]!, 'excel').slice(1) : '';
          into[b.col + c] = { formula: text, result: result(cr[c]) } as ExcelJS.CellFormulaValue;
        }
      }
    }
  };
  const noteRows = new Set(plan.charts.map((ch) => ch.anchor.row));

  const row = (r: number): (XlsxCell | undefined)[] => {
    const values = new Array<ExcelJS.CellValue | undefined>(cols);
    valuesOf(r, values);
    const out: (XlsxCell | undefined)[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      const style = values[c] !== undefined ? styles.valued(r, c) : styles.at(r, c);
      if (style || values[c] !== undefined) out[c] = { style, value: values[c] };
    }
    // ExcelJS cannot write charts: say where the chart goes and which cells it plots
    for (const ch of plan.charts) {
      if (ch.anchor.row !== r) continue;
      const lines = [`${plan.lang === 'zh-CN' ? '图表' : 'Chart'} (${ch.type}): ${ch.title}`, `${plan.lang === 'zh-CN' ? '分类' : 'Categories'}: ${rangeA1(ch.categories)}`, ...ch.series.map((s) => `${s.name}: ${rangeA1(s.values)}`)];
      const base = out[ch.anchor.col]?.style ?? {};
      out[ch.anchor.col] = {
        value: lines.join('\n'),
        style: { ...base, font: { italic: true, color: { argb: 'FF666666' } }, alignment: { wrapText: true, vertical: 'top' } },
        note: plan.lang === 'zh-CN' ? '.xlsx 文件无法包含图表：在 Excel 或 Google 表格中用 DealerKit 生成即有原生图表。' : 'Charts cannot be written into the .xlsx file: fill the report from DealerKit in Excel or Google Sheets for a native chart.',
      };
    }
    return out;
  };
  return { rows, cols, styleAt: styles.at, valuedStyleAt: styles.valued, valuesOf, hasNote: (r) => noteRows.has(r), row };
}

/** Sheet-wide parts both writers add the same way: drop-down lists and conditional formats. */
export function addSheetRules(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const v of plan.validations) {
    // the typings miss it, but ExcelJS keeps validations by address and writes a range as one sqref
    (ws as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations.add(rangeA1(v.range), { type: 'list', allowBlank: v.allowBlank, formulae: [`"${listSource(v.list)}"`], showErrorMessage: true });
  }
  for (const cf of conditionalRules(plan, 'excel')) {
    ws.addConditionalFormatting({
      ref: rangeA1(cf.range),
      rules: [
        {
          type: 'expression',
          priority: 1,
          // OOXML stores the formula without its "="
          formulae: [cf.formula.slice(1)],
          style: {
            ...(cf.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } } } : {}),
            ...(cf.fontColor || cf.bold ? { font: { ...(cf.bold ? { bold: true } : {}), ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}) } } : {}),
          },
        },
      ],
    });
  }
}
