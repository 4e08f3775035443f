// Where each field and computed column of a table report sits, and its data rows as A1 references.
import { cell, colLetter, colRange, rect } from './a1';
import { FIRST_DATA_ROW } from './tableLayout';
import type { ComputedSpec, FieldSpec } from './templateSpec';
import type { RangeRef } from './types';

export class TableColumns {
  /** column of every field and computed column (a multi-column block: its first column) */
  private readonly index = new Map<string, number>();
  /** columns the table takes: its fields, then its computed columns */
  readonly count: number;
  /** column → the number format its data cells are written in (totals take the same) */
  readonly shownFormats = new Map<number, string | undefined>();

  constructor(
    private readonly templateId: string,
    fields: readonly FieldSpec[],
    computed: readonly ComputedSpec[],
    /** data rows */
    private readonly n: number,
  ) {
    let c = 0;
    for (const f of fields) this.index.set(f.id, c++);
    for (const cs of computed) {
      this.index.set(cs.id, c);
      c += cs.headers.length;
    }
    this.count = c;
  }

  /** the 0-based column of a field or computed column */
  col(id: string): number {
    const c = this.index.get(id);
    if (c === undefined) throw new Error(`template ${this.templateId}: no column ${id}`);
    return c;
  }

  /** the column letter of a field or computed column ("K") */
  letter(id: string, k = 0): string {
    return colLetter(this.col(id) + k);
  }

  /** "C5:C44": the data rows of a field or computed column (k-th column of a multi-column block). */
  range(id: string, k = 0, abs = false): string {
    return colRange(this.col(id) + k, FIRST_DATA_ROW, this.n, abs);
  }

  /** the data rows of a column as a rectangle (charts, conditional formats) */
  rangeRef(id: string, k = 0): RangeRef {
    return rect(FIRST_DATA_ROW, this.col(id) + k, this.n, 1);
  }

  /** the cell of data row i (0-based) of a column, relative ("C7") */
  dataCell(id: string, i: number, k = 0): string {
    return cell(FIRST_DATA_ROW + i, this.col(id) + k);
  }

  /** first data row in A1 numbering (5) */
  get firstExcelRow(): number {
    return FIRST_DATA_ROW + 1;
  }
}
