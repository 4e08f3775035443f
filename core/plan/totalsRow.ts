// The totals row under a table report's data, and the row under it counting the rows each total left out.
import { planText } from '../i18n/plan-messages';
import { rect } from './a1';
import { displayWidth, formatNumber } from './printText';
import { COLORS, FIRST_DATA_ROW } from './tableLayout';
import type { TableReport } from './tableReport';

/**
 * Totals that survive errors: SUMIF skips error values (Excel) and error text (Sheets) alike; the count says
 * how many rows it left out. With `over`, every total is taken over the same rows: those where each of
 * those columns holds a number ≥ 0 (SUMIFS with constant criteria, which every program shares).
 * `ids`: column ids, "id:k" for the k-th column of a multi-column block.
 */
export function writeTotals(report: TableReport, ids: string[], over?: string[]) {
  if (report.n === 0) return;
  const sheet = report.sheet;
  const columns = report.columns;
  const row = FIRST_DATA_ROW + report.n;
  const keyField = report.spec.fields.find((f) => f.required) ?? report.spec.fields[0];
  const key = report.range(keyField.id);
  sheet.values(row, 0, [[report.text(planText('total'))]]);
  sheet.values(row + 1, 0, [[report.text(planText('leftOut'))]]);
  const keyVals = report.values(keyField.id);
  const overVals = (over ?? []).map((id) => report.values(id));
  const inRow = (i: number) => overVals.every((v) => typeof v[i] === 'number' && (v[i] as number) >= 0);
  const formats: { col: number; format: string | undefined; sum: number }[] = [];
  for (const key0 of ids) {
    const [id, kText] = key0.split(':');
    const k = Number(kText ?? 0) || 0;
    const r = report.range(id, k);
    const vals = report.values(id, k);
    let sum = 0;
    let left = 0;
    vals.forEach((v, i) => {
      const counted = over ? inRow(i) : typeof v === 'number';
      if (counted && typeof v === 'number') sum += v;
      else if (!counted && keyVals[i] !== null && keyVals[i] !== '') left++;
    });
    const f = over
      ? [`=SUMIFS(${r},${over.map((o) => `${report.range(o)},">=0"`).join(',')})`, `=SUMPRODUCT((${key}<>"")*(1-${over.map((o) => `ISNUMBER(${report.range(o)})`).join('*')}))`]
      : [`=SUMIF(${r},">=0")+SUMIF(${r},"<0")`, `=SUMPRODUCT((${key}<>"")*(1-ISNUMBER(${r})))`];
    sheet.formulas(row, columns.col(id) + k, [[f[0]], [f[1]]], [[sum], [left]]);
    formats.push({ col: columns.col(id) + k, format: columns.shownFormats.get(columns.col(id) + k), sum });
  }
  sheet.format({ range: rect(row, 0, 2, columns.count), bold: true, fill: COLORS.total, border: 'thin' });
  sheet.format({ range: rect(row + 1, 0, 1, columns.count), bold: false, italic: true });
  // a total reads like its column and fits it (General would show 3E+06 or ### in a narrow column)
  for (const x of formats) {
    if (x.format) sheet.format({ range: rect(row, x.col, 1, 1), numberFormat: x.format });
    sheet.format({ range: rect(row + 1, x.col, 1, 1), numberFormat: '0' });
    sheet.width(x.col, Math.ceil(displayWidth(formatNumber(x.sum, x.format)) * 1.15) + 2);
  }
  // the row labels are wider than a first column that has a total right of it
  if (formats.some((x) => x.col === 1)) sheet.width(0, Math.ceil(Math.max(displayWidth(report.text(planText('total'))), displayWidth(report.text(planText('leftOut')))) * 1.1) + 1);
}
