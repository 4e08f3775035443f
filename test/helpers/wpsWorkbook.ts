// A fake WPS workbook holding a sample table (also the named table 订货表) on sheet 数据 with A1 selected, as the bridge tests (node and Chromium) use it.
import type { SourceRange, WpsPaneApp } from '../../wps/taskpane/wpsBridge';
import { FakeEtWorkbook, key } from '../fakes/fakeWps';
import { scaledTable } from './scaled';

export function wpsWorkbook(templateId = 'stock-order', n = 40, lcid = 2052) {
  const wb = new FakeEtWorkbook(['数据']);
  const s = wb.sheet('数据')!;
  const t = scaledTable(templateId, n);
  [t.headers, ...t.rows].forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && s.values.set(key(r, c), v)));
  const rows = t.rows.length + 1;
  const last = `${String.fromCharCode(64 + t.headers.length)}${rows}`;
  // the same data is also a named table (ListObject), as a user's 插入表格 makes it
  s.tables.push({ name: '订货表', a1: `A1:${last}` });
  const sheetApi = wb.sheets[0].api();
  const region: SourceRange = {
    get Value2() {
      return sheetApi.Range(`A1:${last}`).Value2;
    },
    Address: () => `A1:${last}`,
    get CurrentRegion() {
      return region;
    },
    Count: rows * t.headers.length,
    Worksheet: { Name: '数据', Range: (a1: string) => sheetApi.Range(a1) as unknown as SourceRange },
  };
  const selection: SourceRange = { ...region, Count: 1, Value2: t.headers[0], Address: () => 'A1', CurrentRegion: region };
  Object.defineProperty(wb.app, 'Selection', { get: () => selection });
  Object.defineProperty(wb.app, 'LanguageSettings', { value: { LanguageID: () => lcid } });
  return { wb, app: wb.app as unknown as WpsPaneApp, rows: t.rows.length };
}
