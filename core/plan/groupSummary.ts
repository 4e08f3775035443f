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
  | { headers: Bilingual[]; /** for `at(id)`, one per column */ ids?: readonly string[]; format?: string; cells: (row: GroupRow<G> & R) => GridCell[] };

/**
 * Write the block at the side area's next free place: title, header row, then a row per group. `prepare` works
 * out once what a group's row needs for its columns (its rows of the table, its shared formulas); each column
 * then takes its cell from that. Returns where the first row of cells went.
 */
/** What a footer row (a month total under the days) sees: the group rows written, and cells by column id. */
export interface SummaryFooter {
  rows: GridCell[][];
  /** "M5:M20": the group rows of a column */
  range(columnId: string): string;
  /** "M21": the footer row's own cell in a column */
  at(columnId: string): string;
}

export function writeGroupSummary<G, R extends object>(
  report: TableReport,
  title: Bilingual,
  groups: readonly G[],
  prepare: (row: GroupRow<G>) => R,
  /** `false`: a column this report leaves out (an unmapped optional field's) */
  columnsOrNot: (SummaryColumn<G, R> | false)[],
  /** a last row under the groups (totals over them) */
  footer?: (block: SummaryFooter) => GridCell[],
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
    if ('headers' in c) c.ids?.forEach((id, k) => index.set(id, width + k));
    width += 'header' in c ? 1 : c.headers.length;
  }
  const letterOf = (id: string) => {
    const k = index.get(id);
    if (k === undefined) throw new Error(`summary ${title['en-US']}: no column ${id}`);
    return colLetter(col + k);
  };
  const rows: GridCell[][] = groups.map((group, j) => {
    const base: GroupRow<G> = { group, index: j, at: (id) => `${letterOf(id)}${firstRow + j + 1}` };
    const row = { ...base, ...prepare(base) };
    return columns.flatMap((c) => ('header' in c ? [c.cell(row)] : c.cells(row)));
  });
  if (footer) {
    const written = [...rows];
    const last = firstRow + groups.length; // A1 row of the last group
    rows.push(footer({ rows: written, range: (id) => `${letterOf(id)}${firstRow + 1}:${letterOf(id)}${last}`, at: (id) => `${letterOf(id)}${last + 1}` }));
  }
  return side.block(
    title,
    columns.flatMap((c) => ('header' in c ? [report.text(c.header)] : c.headers.map((h) => report.text(h)))),
    rows,
    columns.flatMap((c) => ('header' in c ? [c.format] : c.headers.map(() => c.format))),
  );
}
