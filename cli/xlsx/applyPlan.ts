// The .xlsx applier: writes a SheetPlan into an ExcelJS worksheet with styles, merges, validation, rules, panes and print set-up.
import type ExcelJS from 'exceljs';
import { ApplyError } from '../../core/apply/newSheet';
import { fillText } from '../../core/i18n/fill-messages';
import type { SheetPlan } from '../../core/plan/types';
import { addSheetRules, planCells, type XlsxApplyOptions } from './cells';
import { applyPrintXlsx, xlsxPageSetup } from './print';

export type { XlsxApplyOptions } from './cells';

/** The worksheet options both writers give when adding the plan's sheet: frozen panes and page set-up. */
export function sheetOptions(plan: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: plan.frozenRows ? [{ state: 'frozen', ySplit: plan.frozenRows, xSplit: plan.frozenCols }] : [],
    pageSetup: xlsxPageSetup(plan),
  };
}

/** The style a column gives the cells made in it (the print set-up's font), if any. */
export function columnStyle(ws: ExcelJS.Worksheet, c: number): Partial<ExcelJS.Style> | undefined {
  const st = ws.getColumn(c + 1).style as Partial<ExcelJS.Style> | undefined;
  return st && Object.keys(st).length ? st : undefined;
}

/** Add the plan as a new worksheet of `wb` (the plan's name is unique among the names the renderer was given). */
export function applyPlanXlsx(plan: SheetPlan, wb: ExcelJS.Workbook, opts: XlsxApplyOptions = {}): ExcelJS.Worksheet {
  if (wb.getWorksheet(plan.name)) throw new ApplyError(fillText('nameTaken', { name: plan.name }));
  const ws = wb.addWorksheet(plan.name, sheetOptions(plan));
  applyPrintXlsx(ws, plan);
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of plan.hiddenColumns) ws.getColumn(c + 1).hidden = true;
  const cells = planCells(plan, opts, (c) => columnStyle(ws, c));
  for (let r = 0; r < cells.rows; r++) {
    const row = cells.row(r);
    for (let c = 0; c < cells.cols; c++) {
      const x = row[c];
      if (!x) continue;
      const cell = ws.getCell(r + 1, c + 1);
      if (x.style) cell.style = x.style;
      if (x.value !== undefined) cell.value = x.value;
      if (x.note) cell.note = x.note;
    }
  }
  for (const m of plan.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  addSheetRules(ws, plan);
  return ws;
}
