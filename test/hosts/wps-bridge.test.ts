// The WPS pane bridge over the recording ET fake: the selection is read, the report fills a new sheet, dk only when registered.
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { wpsBridge, type SourceRange, type WpsPaneApp } from '../../wps/taskpane/wpsBridge';
import { FakeEtWorkbook, key } from '../fakes/fakeWps';
import { scaledTable } from '../helpers/scaled';

/** A workbook whose sheet 数据 holds the stock-order sample at A1, with A1 selected. */
function setup() {
  const wb = new FakeEtWorkbook(['数据']);
  const s = wb.sheet('数据')!;
  const t = scaledTable('stock-order', 40);
  [t.headers, ...t.rows].forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && s.values.set(key(r, c), v)));
  const rows = t.rows.length + 1;
  const cols = t.headers.length;
  const sheetApi = wb.sheets[0].api();
  const region: SourceRange = {
    get Value2() {
      return sheetApi.Range(`A1:${String.fromCharCode(64 + cols)}${rows}`).Value2;
    },
    Address: () => `A1:${String.fromCharCode(64 + cols)}${rows}`,
    get CurrentRegion() {
      return region;
    },
    Count: rows * cols,
    Worksheet: { Name: '数据', Range: (a1: string) => sheetApi.Range(a1) as unknown as SourceRange },
  };
  const selection: SourceRange = { ...region, Count: 1, Value2: t.headers[0], Address: () => 'A1', CurrentRegion: region };
  Object.defineProperty(wb.app, 'Selection', { get: () => selection });
  Object.defineProperty(wb.app, 'LanguageSettings', { value: { LanguageID: () => 2052 } });
  return { wb, app: wb.app as unknown as WpsPaneApp };
}

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
