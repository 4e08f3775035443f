// A summary block with one row per group (a rep, a plan, a reason) in the side area: each column declared once with its header, format and cell.
import type { Bilingual } from '../i18n/lang';
import { colLetter } from './a1';
import type { GridCell } from './builder';
import type { TableReport } from './tableReport';

/** One group's row, as its cells see it. */
export interface GroupRow<G> {
  group: G;
  /** the row's place among the groups (0-based) */
  index: number;
  /** "M12": the cell of this row in the column with that id (formulas match on the row's own label cells) */
  at(columnId: string): string;
}

/**
 * One column: its header, its number format, and its cell in a group's row (a literal, or a formula with its
 * value); or a run of columns alike (`headers`, `cells`), such as one per duty.
 */
export type SummaryColumn<G, R> =
  | {
      /** for `at(id)`: the columns a row's formulas refer to */
      id?: string;
      header: Bilingual;
      format?: string;
      cell: (row: GroupRow<G> & R) => GridCell;
    }
  | { headers: Bilingual[]; format?: string; cells: (row: GroupRow<G> & R) => GridCell[] };

/**
 * Write the block at the side area's next free place: title, header row, then a row per group. `prepare` works
 * out once what a group's row needs for its columns (its rows of the table, its shared formulas); each column
 * then takes its cell from that. Returns where the first row of cells went.
 */
export function writeGroupSummary<G, R extends object>(
  report: TableReport,
  title: Bilingual,
  groups: readonly G[],
  prepare: (row: GroupRow<G>) => R,
  /** `false`: a column this report leaves out (an unmapped optional field's) */
  columnsOrNot: (SummaryColumn<G, R> | false)[],
): { row: number; col: number } {
  const columns = columnsOrNot.filter((c): c is SummaryColumn<G, R> => c !== false);
  const { side } = report;
  const col = side.col;
  // title and header rows come first
  const firstRow = side.row + 2;
  const index = new Map<string, number>();
  let width = 0;
  for (const c of columns) {
    if ('header' in c && c.id !== undefined) index.set(c.id, width);
    width += 'header' in c ? 1 : c.headers.length;
  }
  const rows = groups.map((group, j) => {
    const at = (id: string) => {
      const k = index.get(id);
      if (k === undefined) throw new Error(`summary ${title['en-US']}: no column ${id}`);
      return `${colLetter(col + k)}${firstRow + j + 1}`;
    };
    const base: GroupRow<G> = { group, index: j, at };
    const row = { ...base, ...prepare(base) };
    return columns.flatMap((c) => ('header' in c ? [c.cell(row)] : c.cells(row)));
  });
  return side.block(
    title,
    columns.flatMap((c) => ('header' in c ? [report.text(c.header)] : c.headers.map((h) => report.text(h)))),
    rows,
    columns.flatMap((c) => ('header' in c ? [c.format] : c.headers.map(() => c.format))),
  );
}
