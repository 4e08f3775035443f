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
