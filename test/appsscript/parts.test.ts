// The plan in parts for google.script.run: every cell of every block lands once, in order, and no part outgrows its budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyInParts, planParts } from '../../appsscript/applier/parts';
import { expandedBlocks } from '../../core/plan/copiedDown';
import type { Block, PlanScalar } from '../../core/plan/types';
import { renderTemplate } from '../../core/renderTemplate';
import { scaledTable } from '../helpers/scaled';

/** Every written cell as "row,col=value" (formulas and values alike), from blocks in order: later writes win. */
function cells(blocks: readonly Block[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of expandedBlocks(blocks)) {
    const grid: readonly (readonly (PlanScalar | string)[])[] = b.kind === 'values' ? b.values : b.formulas;
    grid.forEach((row, r) => row.forEach((v, c) => v !== null && out.set(`${b.row + r},${b.col + c}`, `${b.kind}:${String(v)}`)));
  }
  return out;
}

const chars = (blocks: readonly Block[]) => JSON.stringify(blocks).length;

describe('planParts', () => {
  it('cuts a 20,000-row stock-order plan into parts under the budget that together write the same cells', () => {
    const r = renderTemplate('stock-order', scaledTable('stock-order', 20_000), { lang: 'zh-CN' });
    if (!r.ok) throw new Error('render');
    const max = 200_000;
    const parts = planParts(r.plan.blocks, max);
    // as few parts as the budget allows, give or take the blocks' own edges
    const whole = chars(planParts(r.plan.blocks, Infinity)[0]);
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(whole / max));
    expect(parts.length).toBeLessThanOrEqual(Math.ceil(whole / max) + 3);
    for (const p of parts) expect(chars(p)).toBeLessThanOrEqual(max);
    expect(cells(parts.flat())).toEqual(cells(r.plan.blocks));
    // nothing cached crosses: Sheets computes its formulas, and typed arrays do not survive JSON
    for (const b of parts.flat()) if (b.kind !== 'values') expect(b.cached).toEqual([]);
  });

  it('any blocks, any budget: same cells in the same order, each part within budget unless one row alone is over it', () => {
    const value = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 12 }), fc.boolean());
    const block = fc.oneof(
      fc.record({ kind: fc.constant('values' as const), row: fc.nat(50), col: fc.nat(5), values: fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 30 }) }),
      fc.record({ kind: fc.constant('formulas' as const), row: fc.nat(50), col: fc.nat(5), formulas: fc.array(fc.array(fc.constantFrom('=A1', '=SUM(B2:B9)', null), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 30 }), cached: fc.constant([]) }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), fc.integer({ min: 20, max: 2000 }), (blocks, max) => {
        const parts = planParts(blocks as Block[], max);
        expect(cells(parts.flat())).toEqual(cells(blocks as Block[]));
        for (const p of parts) {
          const rows = p.reduce((n, b) => n + (b.kind === 'values' ? b.values.length : b.kind === 'formulas' ? b.formulas.length : 1), 0);
          if (rows > 1) expect(chars(p)).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});

describe('applyInParts', () => {
  it('a failing part removes the added sheet (and only it), and says so in both languages', async () => {
    const r = renderTemplate('stock-order', scaledTable('stock-order', 2_000), { lang: 'en-US' });
    if (!r.ok) throw new Error('render');
    const log: string[] = [];
    let writes = 0;
    const out = applyInParts(
      r.plan,
      {
        hasSheet: async () => false,
        add: async (name) => (log.push(`add ${name}`), 7),
        writeBlocks: async (id) => {
          log.push(`write ${id}`);
          if (++writes === 3) throw new Error('Service timed out');
        },
        finish: async () => void log.push('finish'),
        remove: async (id) => void log.push(`remove ${id}`),
      },
      { maxChars: 20_000 },
    );
    await expect(out).rejects.toMatchObject({ messages: { 'en-US': expect.stringMatching(/half-written new sheet was removed.*Service timed out/) } });
    expect(log).toEqual([`add ${r.plan.name}`, 'write 7', 'write 7', 'write 7', 'remove 7']);
  });
});
