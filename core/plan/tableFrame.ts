// The frame of a table report: title and meta lines, the frozen header row, and the columns' widths from their headers.
import { rect } from './a1';
import { displayWidth } from './printText';
import { COLORS, FIRST_DATA_ROW, HEADER_ROW, META_ROW, TITLE_ROW } from './tableLayout';
import type { TableReport } from './tableReport';

/** The header texts of every column of the table, in the report's language. */
export function headerTexts(report: TableReport): string[] {
  const headers: string[] = [];
  for (const f of report.spec.fields) headers.push(report.lang === 'zh-CN' ? f.zh : f.en);
  for (const cs of report.computed.specs) for (const h of cs.headers) headers.push(report.text(h));
  return headers;
}

export function writeFrame(report: TableReport, title: string, metaLine: string) {
  const sheet = report.sheet;
  const tableCols = report.columns.count;
  const width = Math.max(tableCols, 4);
  sheet.values(TITLE_ROW, 0, [[title]]);
  sheet.merge(rect(TITLE_ROW, 0, 1, width));
  sheet.format({ range: rect(TITLE_ROW, 0, 1, width), bold: true, fontSize: 14, fontColor: COLORS.title });
  sheet.values(META_ROW, 0, [[metaLine]]);
  sheet.merge(rect(META_ROW, 0, 1, width));
  sheet.format({ range: rect(META_ROW, 0, 1, width), italic: true, fontColor: '#555555' });
  sheet.values(HEADER_ROW, 0, [headerTexts(report)]);
  sheet.format({ range: rect(HEADER_ROW, 0, 1, tableCols), bold: true, fill: COLORS.header, fontColor: COLORS.headerText, hAlign: 'center', wrap: true, border: 'thin' });
  sheet.frozenRows = FIRST_DATA_ROW;
  sheet.print.repeatRows = { from: HEADER_ROW, to: HEADER_ROW };
  // a long header wraps rather than widen a number column (the header row grows; the page keeps its scale)
  report.spec.fields.forEach((f, i) => sheet.width(i, f.width ?? Math.max(8, Math.min(f.type === 'text' ? 24 : 12, displayWidth(report.lang === 'zh-CN' ? f.zh : f.en) + 2))));
}
