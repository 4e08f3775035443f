// Rated items → a weighted 0–100 score as one native formula per row (DEALERSCORE's grade scale, points in an editable table).
import { lookupParam } from '../plan/paramShapes';
import type { TableReport } from '../plan/tableReport';
import type { PlanCached } from '../plan/types';
import { bi } from './fields';
import type { ParamSpec } from './types';

/** DEALERSCORE's grade scale (the 批发商评估表's 优秀/良好/中等/中下 and the A–D letters), editable on the sheet. */
export const GRADE_POINT_ROWS: [string, number][] = [
  ['优秀', 100], ['良好', 80], ['中等', 60], ['中下', 40],
  ['A', 100], ['B', 80], ['C', 60], ['D', 40],
];

export function gradePointsParam(): ParamSpec {
  return lookupParam(
    'points',
    bi('评分标准', 'Grade points'),
    bi('分', 'Points'),
    GRADE_POINT_ROWS,
    bi('与 DEALERSCORE 相同：优秀 100、良好 80、中等 60、中下 40（A–D 同）；也可直接填 0–100 分，空白不计', 'As DEALERSCORE: 优秀 100, 良好 80, 中等 60, 中下 40 (A–D alike); or type a score 0–100; blanks are skipped'),
  );
}

/** Points of one cell as the formula reads them: blank → null, number 0–100, a grade in the table, else an error. */
function pointsOf(v: PlanCached, table: Map<string, number>): number | null | { error: string } {
  if (v === null || v === '') return null;
  if (typeof v === 'number') return v >= 0 && v <= 100 ? v : { error: '#N/A' };
  if (typeof v === 'string') {
    const p = table.get(v.toLowerCase());
    return p === undefined ? { error: '#N/A' } : p;
  }
  return { error: '#N/A' };
}

/**
 * Writes column `id`: Σ weight × points / Σ weight over the non-blank items of the row; blank when every item is
 * blank; #N/A when an item is neither a grade of the table nor a number 0–100. Per-row native formulas, so every
 * spreadsheet computes them ("SUMPRODUCT treats array entries that are not numeric as if they were zeros",
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/office-2010/ff195377(v=office.14), so the numeric
 * and the graded items are summed apart and added).
 */
export function writeRatedScore(report: TableReport, id: string, items: string[], weightsParam: string) {
  const first = items[0];
  const last = items[items.length - 1];
  // the grade labels: the column left of the points, the same height
  const [start, end] = report.params.lookupTable('points').split(':');
  const gl = `${start}:${/^\$[A-Z]+/.exec(start)![0]}${/\$\d+$/.exec(end)![0]}`;
  const pointsRange = report.params.ref('points');
  const w = report.params.ref(weightsParam);
  const weights = (report.params.value(weightsParam) as number[][])[0];
  const tableVals = report.params.value('points') as number[][];
  const table = new Map(GRADE_POINT_ROWS.map(([g], i) => [g.toLowerCase(), tableVals[i][0]]));
  const rowVals = report.values(first).map((_, i) => items.map((it) => report.values(it)[i] ?? null));
  report.perRow(
    id,
    (i) => {
      const r = `${report.dataCell(first, i)}:${report.dataCell(last, i)}`;
      return `=IF(COUNTA(${r})=0,"",IF(OR(COUNTA(${r})<>COUNT(${r})+SUMPRODUCT(COUNTIF(${gl},${r})),MIN(${r})<0,MAX(${r})>100),NA(),(SUMPRODUCT(SUMIF(${gl},${r},${pointsRange}),${w})+SUMPRODUCT(${w},${r}))/SUMPRODUCT((${r}<>"")*${w})))`;
    },
    rowVals.map((row) => {
      let num = 0;
      let den = 0;
      let any = false;
      for (let j = 0; j < row.length; j++) {
        const p = pointsOf(row[j], table);
        if (p === null) continue;
        any = true;
        if (typeof p === 'object') return { error: '#N/A' };
        num += weights[j] * p;
        den += weights[j];
      }
      if (!any) return '';
      return den === 0 ? { error: '#DIV/0!' } : num / den;
    }),
  );
}
