// What a table report prints, once every block is placed: the table, then the summaries as their own page(s), and header heights.
import { rect } from './a1';
import { headerLines } from './printText';
import { headerTexts } from './tableFrame';
import { FIRST_DATA_ROW, HEADER_ROW } from './tableLayout';
import type { TableReport } from './tableReport';

/**
 * The table (title to totals), then the summaries as their own page(s); the parameter block and the chart's
 * place stay off the page. Wrapped headers get the height they need, so narrow columns keep the printed text large.
 */
export function setTablePrint(report: TableReport) {
  const sheet = report.sheet;
  const { side } = report;
  const printedRows = FIRST_DATA_ROW + report.n + (report.spec.totals?.length && report.n > 0 ? 2 : 0);
  sheet.print.areas = [rect(0, 0, printedRows, Math.max(report.columns.count, 4))];
  if (side.width && side.bottom >= HEADER_ROW) sheet.print.areas.push(rect(HEADER_ROW, side.col, side.bottom - HEADER_ROW + 1, side.width));
  sheet.print.chartAreas = sheet.charts.map((c) => rect(c.anchor.row, c.anchor.col, c.anchor.rows, c.anchor.cols));
  // at most four header lines: a column whose words need more gets wider instead
  headerTexts(report).forEach((h, c) => {
    while (headerLines(h, sheet.widths[c] ?? 10) > 4) sheet.width(c, (sheet.widths[c] ?? 10) + 1);
  });
  const lines = Math.max(1, ...headerTexts(report).map((h, c) => headerLines(h, sheet.widths[c] ?? 10)));
  sheet.rowHeights[HEADER_ROW] = lines * 14 + 3;
}
