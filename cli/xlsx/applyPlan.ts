// The .xlsx applier: writes a SheetPlan into an ExcelJS worksheet with styles, merges, validation, rules, panes and print set-up.
import type ExcelJS from 'exceljs';
import { rangeA1 } from '../../core/plan/a1';
import { cachedAsValue, isPlanError } from '../../core/plan/builder';
import { toDialect } from '../../core/plan/dialect';
import type { FormatSpec, PlanCached, SheetPlan } from '../../core/plan/types';
import { applyPrintXlsx, xlsxPageSetup } from './print';

export interface XlsxApplyOptions {
  /** values only: every formula is written as the value the core computed */
  values?: boolean;
}

const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

/** A cached result as ExcelJS stores it: errors as error values, text and numbers as they are. */
function result(v: PlanCached): ExcelJS.CellValue {
  if (isPlanError(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v as ExcelJS.CellValue;
}

function styleCell(c: ExcelJS.Cell, f: FormatSpec) {
  if (f.numberFormat) c.numFmt = f.numberFormat;
  if (f.bold !== undefined || f.italic !== undefined || f.fontColor || f.fontSize) {
    c.font = { ...(c.font ?? {}), ...(f.bold !== undefined ? { bold: f.bold } : {}), ...(f.italic !== undefined ? { italic: f.italic } : {}), ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}), ...(f.fontSize ? { size: f.fontSize } : {}) };
  }
  if (f.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
  if (f.hAlign || f.wrap) c.alignment = { ...(c.alignment ?? {}), ...(f.hAlign ? { horizontal: f.hAlign } : {}), ...(f.wrap ? { wrapText: true, vertical: 'top' } : {}) };
  if (f.border) {
    const s = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
    c.border = { top: s, left: s, bottom: s, right: s };
  }
}

/** Add the plan as a new worksheet of `wb` (the plan's name is unique among the names the renderer was given). */
export function applyPlanXlsx(plan: SheetPlan, wb: ExcelJS.Workbook, opts: XlsxApplyOptions = {}): ExcelJS.Worksheet {
  if (wb.getWorksheet(plan.name)) throw new Error(`A sheet named "${plan.name}" already exists / 已有名为“${plan.name}”的工作表`);
  const ws = wb.addWorksheet(plan.name, {
    views: plan.frozenRows ? [{ state: 'frozen', ySplit: plan.frozenRows, xSplit: plan.frozenCols }] : [],
    pageSetup: xlsxPageSetup(plan),
  });
  applyPrintXlsx(ws, plan);
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  for (const b of plan.blocks) {
    if (b.kind === 'values') {
      b.values.forEach((row, r) =>
        row.forEach((v, c) => {
          // strings are stored as strings: ExcelJS never parses "=1+1" or "00123"
          if (v !== null) ws.getCell(b.row + r + 1, b.col + c + 1).value = v;
        }),
      );
    } else if (opts.values) {
      b.cached.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(b.row + r + 1, b.col + c + 1).value = cachedAsValue(v))));
    } else if (b.spill) {
      // ExcelJS writes no dynamic arrays: a legacy array formula over exactly the spilled range, with cached values
      const f = toDialect(b.formulas[0][0]!, 'excel').slice(1);
      const ref = rangeA1({ row: b.row, col: b.col, rows: b.cached.length, cols: b.cached[0].length });
      (ws as unknown as { fillFormula(r: string, f: string, v: unknown, t: string): void }).fillFormula(ref, f, b.cached.map((row) => row.map(result)), 'array');
    } else {
      b.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f !== null) ws.getCell(b.row + r + 1, b.col + c + 1).value = { formula: toDialect(f, 'excel').slice(1), result: result(b.cached[r][c]) } as ExcelJS.CellFormulaValue;
        }),
      );
    }
  }

  for (const f of plan.formats) {
    for (let r = 0; r < f.range.rows; r++) for (let c = 0; c < f.range.cols; c++) styleCell(ws.getCell(f.range.row + r + 1, f.range.col + c + 1), f);
  }
  for (const m of plan.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  for (const v of plan.validations) {
    // the typings miss it, but ExcelJS keeps validations by address and writes a range as one sqref
    (ws as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations.add(rangeA1(v.range), { type: 'list', allowBlank: v.allowBlank, formulae: [`"${v.list.join(',')}"`], showErrorMessage: true });
  }
  for (const cf of plan.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: rangeA1(cf.range),
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [toDialect(cf.formula, 'excel').slice(1)],
          style: {
            ...(cf.style.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } } } : {}),
            ...(cf.style.fontColor || cf.style.bold ? { font: { ...(cf.style.bold ? { bold: true } : {}), ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}) } } : {}),
          },
        },
      ],
    });
  }
  // ExcelJS cannot write charts: say where the chart goes and which cells it plots
  for (const ch of plan.charts) {
    const at = ws.getCell(ch.anchor.row + 1, ch.anchor.col + 1);
    const lines = [`${plan.lang === 'zh-CN' ? '图表' : 'Chart'} (${ch.type}): ${ch.title}`, `${plan.lang === 'zh-CN' ? '分类' : 'Categories'}: ${rangeA1(ch.categories)}`, ...ch.series.map((s) => `${s.name}: ${rangeA1(s.values)}`)];
    at.value = lines.join('\n');
    at.font = { italic: true, color: { argb: 'FF666666' } };
    at.alignment = { wrapText: true, vertical: 'top' };
    at.note = plan.lang === 'zh-CN' ? '.xlsx 文件无法包含图表：在 Excel 或 Google 表格中用 DealerKit 生成即有原生图表。' : 'Charts cannot be written into the .xlsx file: fill the report from DealerKit in Excel or Google Sheets for a native chart.';
  }
  return ws;
}
