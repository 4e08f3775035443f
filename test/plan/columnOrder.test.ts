// Column placement: a computed column may sit right after a given column (a form's own order), in every formula mode.
import { describe, expect, it } from 'vitest';
import { TableColumns } from '../../core/plan/tableColumns';
import type { ComputedSpec, FieldSpec } from '../../core/plan/templateSpec';
import { renderTemplate } from '../../core/renderTemplate';
import { sampleTables } from '../../samples/index';

const f = (id: string): FieldSpec => ({ id, zh: id, en: id, type: 'text' });
const c = (id: string, after?: string, width = 1): ComputedSpec => ({ id, headers: Array(width).fill({ 'zh-CN': id, 'en-US': id }), build: () => {}, ...(after ? { after } : {}) });

describe('computed column placement', () => {
  it('puts `after` columns right after their column, in declared order; the rest after the fields', () => {
    const cols = new TableColumns('t', [f('a'), f('b'), f('c')], [c('x'), c('p', 'a'), c('q', 'a', 2), c('r', 'x')], 10);
    expect(cols.order.map((o) => o.id)).toEqual(['a', 'p', 'q', 'b', 'c', 'x', 'r']);
    expect(['a', 'p', 'q', 'b', 'c', 'x', 'r'].map((id) => cols.col(id))).toEqual([0, 1, 2, 4, 5, 6, 7]);
    expect(cols.count).toBe(8);
  });

  it('refuses a column placed after one the table does not have', () => {
    expect(() => new TableColumns('t', [f('a')], [c('p', 'nope')], 1)).toThrow(/p goes after nope/);
  });

  it('the dealer evaluation reads items 1→10 in order, with data and formulas under their own headers, in every mode', () => {
    for (const formulas of ['portable', 'dk', 'values'] as const) {
      const r = renderTemplate('dealer-evaluation', sampleTables()['dealer-evaluation'], { now: new Date(Date.UTC(2026, 10, 24)), timeZone: 'UTC', formulas });
      if (!r.ok) throw new Error(r.error.message['en-US']);
      const header = r.plan.blocks.find((b) => b.kind === 'values' && b.row === 3 && b.col === 0);
      const row = header && header.kind === 'values' ? (header.values[0] as string[]) : [];
      expect(row.slice(0, 14), formulas).toEqual(['经销商', '今年销售', '去年销售', '今年指标', '今年销售较之去年', '销售较之今年指标', '网络覆盖', '库存管理', '价格秩序', '配送服务', '收款情况', '当地促销', '合作', '协调']);
      // the first dealer's grades sit under items 3–10 (the data moved with its headers)
      const grade = r.plan.blocks.find((b) => b.kind === 'values' && b.row === 4 && b.col === 6);
      expect(grade && grade.kind === 'values' ? grade.values[0][0] : null, formulas).toBe('优秀');
    }
  });
});
