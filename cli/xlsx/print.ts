// Print set-up of a .xlsx sheet (paper, orientation, fit, print titles and area, header/footer) from a plan's PrintSpec.
import type ExcelJS from 'exceljs';
import { rangeA1 } from '../../core/plan/a1';
import type { SheetPlan } from '../../core/plan/types';

/** The worksheet's page set-up, given when the sheet is added (the streaming and the in-memory writer both take it). */
export function xlsxPageSetup(plan: SheetPlan): Partial<ExcelJS.PageSetup> {
  return {
    orientation: plan.print.landscape ? 'landscape' : 'portrait',
    fitToPage: plan.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(plan.print.repeatRows ? { printTitlesRow: `${plan.print.repeatRows.from + 1}:${plan.print.repeatRows.to + 1}` } : {}),
    ...(plan.print.area ? { printArea: rangeA1(plan.print.area) } : {}),
  };
}

/** Print settings that are set on the sheet after it is added (header/footer, page breaks): none yet. */
export function applyPrintXlsx(_ws: ExcelJS.Worksheet, _plan: SheetPlan): void {}
