// Print set-up of a .xlsx sheet from a plan's PrintSpec: A4, one page wide, print titles and areas, footer, breaks, font.
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import { printSetup } from '../../core/apply/mappings';
import { absoluteRanges, sheetPrefix } from '../../core/plan/a1';
import { PRINT_FONT } from '../../core/plan/print';
import { displayWidth, headerLines } from '../../core/plan/printText';
import type { SheetPlan } from '../../core/plan/types';

/** OOXML paper size 9 = A4 (ECMA-376 Part 1, 18.3.1.64 pageSetup). */
const PAPER_A4 = 9;

/** The worksheet's page set-up, given when the sheet is added (the streaming and the in-memory writer both take it). */
export function xlsxPageSetup(plan: SheetPlan): Partial<ExcelJS.PageSetup> {
  const p = printSetup(plan, { charts: false });
  return {
    paperSize: PAPER_A4 as ExcelJS.PageSetup['paperSize'],
    orientation: p.landscape ? 'landscape' : 'portrait',
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    // 0 = as many pages tall as it takes
    fitToHeight: 0,
  };
}

/** Defined names a sheet needs (print area, print titles), keyed by its pageSetup object, which both writers hand to the workbook part. */
const namesOf = new WeakMap<object, { area?: string; titles?: string }>();

/**
 * ExcelJS writes a print area as `'Name'!$A1:$K46` — rows relative, which LibreOffice ignores — and never doubles
 * an apostrophe in the sheet name (`'O'Brien's'!…` is not a reference). It also writes one defined name per
 * range where Excel wants one name holding every range. So the print area and titles are not given to ExcelJS:
 * its workbook part is taught to add them, written right, for the sheets this module set up.
 */
function installDefinedNames() {
  const requireCjs = createRequire(import.meta.url);
  const WorkbookXform = requireCjs('exceljs/lib/xlsx/xform/book/workbook-xform.js') as { prototype: { prepare(model: unknown): void; dkPrintNames?: boolean } };
  const proto = WorkbookXform.prototype;
  if (proto.dkPrintNames) return;
  const prepare = proto.prepare;
  proto.prepare = function (this: unknown, model: { worksheets: ({ pageSetup?: object } | undefined)[]; definedNames?: unknown[] }) {
    prepare.call(this, model);
    const names: { name: string; ranges: string[]; localSheetId: number }[] = [];
    // the sheet index as ExcelJS counts it (its sheets list is sparse)
    let index = 0;
    for (const ws of model.worksheets) {
      if (!ws) continue;
      const n = ws.pageSetup ? namesOf.get(ws.pageSetup) : undefined;
      if (n?.area) names.push({ name: '_xlnm.Print_Area', ranges: [n.area], localSheetId: index });
      if (n?.titles) names.push({ name: '_xlnm.Print_Titles', ranges: [n.titles], localSheetId: index });
      index++;
    }
    model.definedNames = [...(model.definedNames ?? []), ...names];
  };
  proto.dkPrintNames = true;
}

/** The footer with its font named, so the CJK page numbers print in the sheet's font: &C centre, &"font,style", &size. */
export function xlsxFooter(plan: SheetPlan): string {
  return `&C${printSetup(plan, { charts: false }).footer}`;
}

/**
 * Print settings set on the sheet right after it is added, before any cell is written: the font on every
 * used column (cells take their column's style when created), header/footer, row breaks, row heights and
 * the defined names.
 */
export function applyPrintXlsx(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  installDefinedNames();
  const font = plan.print.font;
  // the chart's place is not printed: the .xlsx has only a note there
  const p = printSetup(plan, { charts: false, sheet: ws.name });
  for (let c = 1; c <= plan.extent.cols; c++) ws.getColumn(c).font = { name: font.name, size: font.size };
  ws.headerFooter.oddFooter = `&C${p.footer}`;
  // <brk id>: the 0-based row the break sits above, which is the 1-based number of the last row on the page
  for (const r of p.pageStarts) (ws as unknown as { rowBreaks: object[] }).rowBreaks.push({ id: r, max: 16383, man: 1 });
  for (const [r, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(r) + 1).height = h;
  namesOf.set(ws.pageSetup, {
    ...(p.area ? { area: p.area } : {}),
    ...(p.titleRows ? { titles: `${sheetPrefix(ws.name)}${p.titleRows}` } : {}),
  });
}

/**
 * A sheet that is not a plan (the demo's contents) printed on exactly one A4 landscape page, in the print
 * font, with wrapped rows made tall enough for their text.
 */
export function onePageXlsx(ws: ExcelJS.Worksheet, footer: string): void {
  installDefinedNames();
  Object.assign(ws.pageSetup, { paperSize: PAPER_A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  ws.headerFooter.oddFooter = `&C&"${PRINT_FONT.name},Regular"&9${footer}`;
  const widths = (ws.columns ?? []).map((c) => c.width ?? 10);
  ws.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, col) => {
      cell.font = { ...(cell.font ?? {}), name: PRINT_FONT.name, size: cell.font?.size ?? PRINT_FONT.size };
      // a row with a wrapped cell reads from its top line
      cell.alignment = { ...(cell.alignment ?? {}), vertical: 'top' };
      // text runs on into an empty neighbour; where it cannot (a filled neighbour, the last column) it wraps
      const blocked = col >= widths.length || row.getCell(col + 1).value !== null;
      if (typeof cell.value === 'string' && blocked && displayWidth(cell.value) > (widths[col - 1] ?? 10) - 1) {
        cell.alignment = { ...cell.alignment, wrapText: true };
        lines = Math.max(lines, headerLines(cell.value, widths[col - 1] ?? 10));
      }
    });
    if (lines > 1) row.height = lines * 14 + 3;
  });
  const cols = Math.max(1, widths.length);
  namesOf.set(ws.pageSetup, { area: absoluteRanges([{ row: 0, col: 0, rows: Math.max(1, ws.rowCount), cols }], ws.name) });
}
