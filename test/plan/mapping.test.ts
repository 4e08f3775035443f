// Header mapping tables: zh, en, mixed, full-width and spaced headers, synonyms, overrides, a missing required field.
import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../../core/plan/matchHeaders';
import { renderTemplate } from '../../core/renderTemplate';
import { stockOrder } from '../../core/templates/stockOrder';

const ids = (headers: string[], overrides = {}) => {
  const m = matchHeaders(headers, stockOrder, overrides);
  return { ...m, byField: Object.fromEntries(Object.entries(m.mapping).map(([f, i]) => [f, headers[i]])) };
};

describe('matchHeaders', () => {
  it.each([
    ['zh', ['经销商', '品项', '上次库存', '上次订货', '本次库存', '箱规', '起订量']],
    ['en', ['Dealer', 'SKU', 'Last stock', 'Last order', 'Current stock', 'Case size', 'Minimum order']],
    ['mixed', ['Dealer', '品项', 'last stock', '上次订货', 'CURRENT STOCK', '箱规', 'MOQ']],
    ['full-width', ['ＤＥＡＬＥＲ', 'ＳＫＵ', 'Ｌａｓｔ　ｓｔｏｃｋ', '上次订货', '本次库存', 'Ｃａｓｅ ｓｉｚｅ', 'ＭＯＱ']],
    ['spaced', [' 经 销 商 ', '品  项', '上次 库存', ' 上次订货', '本次库存 ', '箱 规', '起订量']],
    ['synonyms', ['客户', '产品', '上期库存', '上期进货', '期末库存', '每箱数量', '最小起订量']],
    ['ids', ['dealer', 'sku', 'last_stock', 'last_order', 'current_stock', 'case_size', 'min_order']],
    ['units in brackets', ['经销商', '品名', '上次库存(箱)', '上次订货（箱）', '本次库存/箱', '箱规', '起订量']],
  ])('%s headers map every field', (_name, headers) => {
    const m = ids(headers);
    expect(m.missing).toEqual([]);
    expect(Object.keys(m.mapping).sort()).toEqual(['case_size', 'current_stock', 'dealer', 'last_order', 'last_stock', 'min_order', 'sku']);
    // each field takes its own column
    expect(new Set(Object.values(m.mapping)).size).toBe(7);
    expect(m.byField.last_stock).toBe(headers[2]);
    expect(m.byField.current_stock).toBe(headers[4]);
  });

  it('a missing required field is reported; unrelated columns stay unused', () => {
    const m = ids(['经销商', '上次库存', '备注', '本次库存']);
    expect(m.missing).toEqual(['last_order']);
    expect(m.unused).toEqual([2]);
  });

  it('a user override wins over a match, by index or by header', () => {
    const headers = ['经销商', '上次库存', '上次订货', '本次库存', '实盘库存'];
    expect(ids(headers, { current_stock: 4 }).byField.current_stock).toBe('实盘库存');
    expect(ids(headers, { current_stock: '实盘库存' }).byField.current_stock).toBe('实盘库存');
    expect(ids(headers, { sku: null }).byField.sku).toBeUndefined();
  });
});

describe('a fill with an unmapped required field is refused', () => {
  it('with a message naming the fields and the headers found, in both languages', () => {
    const r = renderTemplate('stock-order', { headers: ['经销商', '上次库存', '本次库存'], rows: [['a', 1, 2]] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('unmapped');
    expect(r.error.missing).toEqual(['last_order']);
    expect(r.error.message['zh-CN']).toContain('上次订货');
    expect(r.error.message['zh-CN']).toContain('“本次库存”');
    expect(r.error.message['en-US']).toContain('Last order');
    expect(r.error.message['en-US']).toContain('Headers found');
  });
  it('an override naming a column that is not there is refused', () => {
    const r = renderTemplate('stock-order', { headers: ['经销商', '上次库存', '上次订货', '本次库存'], rows: [['a', 1, 2, 3]] }, { mapping: { last_order: '不存在' } });
    expect(!r.ok && r.error.code).toBe('bad-mapping');
    const r2 = renderTemplate('stock-order', { headers: ['经销商'], rows: [] }, { mapping: { nonsense: 0 } });
    expect(!r2.ok && r2.error.code).toBe('bad-mapping');
  });
  it('other refusals: unknown template, no headers, no rows, too many rows, bad blank rows', () => {
    expect(renderTemplate('nope', null)).toMatchObject({ ok: false, error: { code: 'unknown-template' } });
    expect(renderTemplate('stock-order', { headers: ['', ''], rows: [] })).toMatchObject({ ok: false, error: { code: 'no-headers' } });
    expect(renderTemplate('stock-order', { headers: ['经销商', '上次库存', '上次订货', '本次库存'], rows: [['', '', '', '']] })).toMatchObject({ ok: false, error: { code: 'no-rows' } });
    const big = { headers: ['经销商', '上次库存', '上次订货', '本次库存'], rows: Array.from({ length: 1_000_000 }, () => ['a', 1, 1, 1]) };
    const r = renderTemplate('stock-order', big);
    expect(r).toMatchObject({ ok: false, error: { code: 'too-many-rows' } });
    if (!r.ok) expect(r.error.message['en-US']).toContain('1,000,000');
    expect(renderTemplate('stock-order', null, { rows: 0 })).toMatchObject({ ok: false, error: { code: 'bad-rows' } });
    expect(renderTemplate('stock-order', null, { rows: 2.5 })).toMatchObject({ ok: false, error: { code: 'bad-rows' } });
  });
});
