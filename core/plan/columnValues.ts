// The values of a table report's columns: the source data as written, and the cached results of its computed columns.
import type { HostArg } from '../values/types';
import type { PlanCached, PlanScalar } from './types';

export class ColumnValues {
  /** computed column id → its cached results, one row of its block's columns per data row */
  private readonly computed = new Map<string, PlanCached[][]>();

  constructor(
    private readonly templateId: string,
    /** field id → column values as written (n each) */
    readonly data: Record<string, PlanScalar[]>,
  ) {}

  /** data column values (fields) or cached values (computed) */
  of(id: string, k = 0): PlanCached[] {
    const d = this.data[id];
    if (d) return d;
    const c = this.computed.get(id);
    if (!c) throw new Error(`template ${this.templateId}: ${id} has no values yet`);
    return c.map((r) => r[k]);
  }

  /** a column as a host passes it to a function: n×1, blanks as '' */
  host(id: string, k = 0): HostArg {
    return this.of(id, k).map((v) => [v === null ? '' : typeof v === 'object' ? v.error : v]) as HostArg;
  }

  /** A data column is used when any row has a value (an unmapped optional field is all blank). */
  used(id: string): boolean {
    return (this.data[id] ?? []).some((v) => v !== null);
  }

  /** the cached rows of a computed column (undefined: not written yet) */
  computedRows(id: string): PlanCached[][] | undefined {
    return this.computed.get(id);
  }

  setComputedRows(id: string, rows: PlanCached[][]) {
    this.computed.set(id, rows);
  }
}
