// Flattens a SheetPlan into cells (value, formula, cached value) so tests can compare it with what a host wrote.
import { cachedAsValue } from '../../core/plan/builder';
import type { PlanCached, PlanScalar, SheetPlan } from '../../core/plan/types';
import { expandedBlocks } from '../../core/plan/copiedDown';

export interface PlanCell {
  value?: PlanScalar;
  formula?: string;
  /** what the formula gives (spilled cells have only this) */
  cached?: PlanCached;
  spillOf?: string;
}

export const key = (r: number, c: number) => `${r},${c}`;

export function planGrid(plan: SheetPlan): Map<string, PlanCell> {
  const g = new Map<string, PlanCell>();
  for (const b of expandedBlocks(plan.blocks)) {
    if (b.kind === 'values') {
      b.values.forEach((row, r) => row.forEach((v, c) => v !== null && g.set(key(b.row + r, b.col + c), { value: v })));
    } else if (b.spill) {
      b.cached.forEach((row, r) =>
        row.forEach((v, c) => g.set(key(b.row + r, b.col + c), r === 0 && c === 0 ? { formula: b.formulas[0][0]!, cached: v } : { cached: v, spillOf: key(b.row, b.col) })),
      );
    } else {
      b.formulas.forEach((row, r) => row.forEach((f, c) => f !== null && g.set(key(b.row + r, b.col + c), { formula: f, cached: b.cached[r][c] })));
    }
  }
  return g;
}

/** What a cell shows: its value, or its formula's cached value. */
export function shown(c: PlanCell | undefined): PlanScalar {
  if (!c) return null;
  if (c.value !== undefined) return c.value;
  return c.cached === undefined ? null : cachedAsValue(c.cached);
}
