// The source data of a table report: each field's column written as values, in its number format, with its drop-down list.
import { rect } from './a1';
import { shownFormat } from './printText';
import { FIRST_DATA_ROW } from './tableLayout';
import type { TableReport } from './tableReport';
import type { FieldSpec } from './templateSpec';
import type { PlanScalar } from './types';

const FIELD_FORMAT: Record<FieldSpec['type'], string | undefined> = {
  text: '@',
  number: '#,##0.##',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  time: '@',
  choice: undefined,
};

export function writeDataColumns(report: TableReport, data: Record<string, PlanScalar[]>) {
  const sheet = report.sheet;
  const n = report.n;
  if (n === 0) return;
  report.spec.fields.forEach((f, i) => {
    const col = data[f.id];
    sheet.values(FIRST_DATA_ROW, i, col.map((v) => [v]));
    const fmt = shownFormat(FIELD_FORMAT[f.type], col);
    report.columns.shownFormats.set(i, fmt);
    sheet.format({ range: rect(FIRST_DATA_ROW, i, n, 1), border: 'thin', ...(fmt ? { numberFormat: fmt } : {}) });
    if (f.list) sheet.validation({ range: rect(FIRST_DATA_ROW, i, n, 1), list: [...f.list], allowBlank: true });
  });
}
