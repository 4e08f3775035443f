// The WPS pane bridge over the recording ET fake: the selection is read, the report fills a new sheet, dk only when registered.
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { wpsBridge } from '../../wps/taskpane/wpsBridge';
import { wpsWorkbook } from '../helpers/wpsWorkbook';

const setup = () => wpsWorkbook();

describe('WPS pane bridge', () => {
  it('reads the region around the selected cell and matches its headers', async () => {
    const { app } = setup();
    const info = await wpsBridge(() => app, () => []).detectSource('selection', 'stock-order');
    expect(info.ok).toBe(true);
    if (!info.ok) return;
    expect(info.a1).toBe("'数据'!A1:" + info.a1.split(':')[1]);
    expect(info.rowCount).toBe(40);
    expect(info.missing).toEqual([]);
    expect(await wpsBridge(() => app, () => []).uiLanguage()).toBe('zh-CN');
  });

  it('offers the named tables (ListObjects) and reads one, header row included', async () => {
    const { wb, app, rows } = setup();
    const bridge = wpsBridge(() => app, () => []);
    expect(await bridge.listTables()).toEqual(['订货表']);
    const info = await bridge.detectSource('table', 'stock-order', '订货表');
    expect(info.ok).toBe(true);
    if (!info.ok) return;
    expect(info.a1).toMatch(/^'数据'!A1:[A-Z]+\d+$/);
    expect(info.rowCount).toBe(rows);
    expect(info.missing).toEqual([]);
    const res = await bridge.fill('stock-order', { lang: 'zh-CN', live: true, formulas: 'portable', sourceA1: info.a1 });
    expect(res.ok).toBe(true);
    expect(wb.sheets).toHaveLength(2);
    const none = await bridge.detectSource('table', 'stock-order', '没有');
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error['zh-CN']).toContain('没有');
  });

  it('a source cell error, handed over as its VT_ERROR number, is read as its #CODE text (as Excel and Sheets give it)', async () => {
    const { wb, app } = setup();
    const s = wb.sheet('数据')!;
    s.values.set('1,1', -2146826246); // #N/A in the second column of the first data row
    const info = await wpsBridge(() => app, () => []).detectSource('selection', 'stock-order');
    if (!info.ok) throw new Error('detect');
    expect(info.preview[0][1]).toBe('#N/A');
    expect(info.preview[1][1]).not.toBe('#N/A');
  });

  it('offers dk first only when registered, and writes the mode the pane chose', async () => {
    const names = registry.map((d) => d.name);
    const { wb, app } = setup();
    expect(await wpsBridge(() => app, () => names).formulaModes!()).toEqual(['dk', 'portable', 'values']);
    expect(await wpsBridge(() => app, () => []).formulaModes!()).toEqual(['portable', 'values']);
    // registered, but the user chose values: no formulas at all
    const bridge = wpsBridge(() => app, () => names);
    const info = await bridge.detectSource('selection', 'stock-order');
    if (!info.ok) throw new Error('detect');
    const res = await bridge.fill('stock-order', { lang: 'zh-CN', live: false, formulas: 'values', sourceA1: info.a1 });
    if (!res.ok) throw new Error(res.error['en-US']);
    expect(wb.sheet(res.sheetName)!.formulas.size).toBe(0);
    // not registered, and an old pane asked for dk: portable instead of #NAME?
    const { wb: wb2, app: app2 } = setup();
    const b2 = wpsBridge(() => app2, () => []);
    const res2 = await b2.fill('stock-order', { lang: 'zh-CN', live: true, formulas: 'dk', sourceA1: info.a1 });
    if (!res2.ok) throw new Error(res2.error['en-US']);
    const f2 = [...wb2.sheet(res2.sheetName)!.formulas.values()].join(' ');
    expect(f2.length).toBeGreaterThan(0);
    expect(f2).not.toMatch(/DK\./);
  });

  it.each([
    ['registered', registry.map((d) => d.name), /DK\.SAFETYSTOCK/],
    ['not registered', [], null],
  ])('fills a new sheet; functions %s', async (_l, names, dk) => {
    const { wb, app } = setup();
    const bridge = wpsBridge(() => app, () => names);
    const info = await bridge.detectSource('selection', 'stock-order');
    if (!info.ok) throw new Error('detect');
    const res = await bridge.fill('stock-order', { lang: 'zh-CN', live: true, sourceA1: info.a1 });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(wb.sheets.map((s) => s.name)).toEqual(['数据', res.sheetName]);
    const formulas = [...wb.sheet(res.sheetName)!.formulas.values()].join(' ');
    if (dk) expect(formulas).toMatch(dk);
    else expect(formulas).not.toMatch(/DK\./);
  });
});
