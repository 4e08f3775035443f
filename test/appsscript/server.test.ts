// The built Apps Script file in a vm with fake SpreadsheetApp/HtmlService/Ui: menu, source detection, fills at 10/1,000/100,000 rows.
import { describe, expect, it } from 'vitest';
import { toDialect } from '../../core/plan/dialect';
import { renderTemplate } from '../../core/renderTemplate';
import { templates } from '../../core/templates/index';
import type { SheetPlan } from '../../core/plan/types';
import { appsScriptGlobals, FakeSpreadsheet, putTable, type FakeSheet } from '../fakes/fakeSheets';
import { appsScriptSource, loadAppsScript } from '../helpers/loadHosts';
import { scaledTable } from '../helpers/scaled';
import { HOST_PARSED_TEXT } from '../fakes/hostParsing';
import { serialOf } from '../../core/values/dates';
import { expandedBlocks } from '../../core/plan/copiedDown';

function setup(id: string, n: number, locale = 'zh_CN') {
  const ss = new FakeSpreadsheet(['数据', '汇总'], locale);
  const t = scaledTable(id, n);
  const { globals, ui } = appsScriptGlobals(ss);
  const g = loadAppsScript(globals);
  const RealmDate = g.__RealmDate as unknown as DateConstructor;
  putTable(ss.sheet('数据')!, t.headers, t.rows.map((r) => r.map((v) => (v instanceof Date ? new RealmDate(v.getTime()) : v))));
  ss.sheet('汇总')!.values.set(0, '不要动');
  ss.sheet('汇总')!.formulas.set(1, '=A1');
  ss.activeRange = ss.sheet('数据')!.getRange('B2');
  return { ss, g, ui, table: t };
}

/** The sheet holds every cell of the plan (values as values, formulas in Sheets' dialect); the meta line carries the time, so it is skipped. */
function expectSheetMatches(sheet: FakeSheet, plan: SheetPlan) {
  const bad: string[] = [];
  for (const b of expandedBlocks(plan.blocks)) {
    if (b.kind === 'values') {
      b.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === '' || b.row + r === 1) return;
          const cell = sheet.cell(b.row + r, b.col + c);
          if (cell.formula !== undefined || cell.value !== v) bad.push(`${b.row + r},${b.col + c}: ${JSON.stringify(cell)} ≠ ${JSON.stringify(v)}`);
        }),
      );
    } else {
      b.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f !== null && sheet.cell(b.row + r, b.col + c).formula !== toDialect(f, 'sheets')) bad.push(`${b.row + r},${b.col + c}: ${sheet.cell(b.row + r, b.col + c).formula} ≠ ${f}`);
        }),
      );
    }
  }
  expect(bad.slice(0, 5)).toEqual([]);
  expect(sheet.frozenRows).toBe(plan.frozenRows);
  expect(sheet.validations.length).toBe(plan.validations.length);
  expect(sheet.cfRules.length).toBe(plan.conditionalFormats.length);
  expect(sheet.charts.length).toBe(plan.charts.length);
}

describe('Apps Script server (built bundle in a vm)', () => {
  it('onOpen builds the DealerKit menu in the spreadsheet language; every item names a top-level function', () => {
    for (const [locale, first] of [['zh_CN', '填写报表…'], ['en_US', 'Fill a report…']]) {
      const { g, ui } = setup('stock-order', 5, locale);
      g.onOpen({});
      expect(ui.menus).toHaveLength(1);
      expect(ui.menus[0].title).toBe('DealerKit');
      expect(ui.menus[0].items[0].label).toBe(first);
      for (const item of ui.menus[0].items) {
        expect(appsScriptSource()).toMatch(new RegExp(`^function ${item.fn}\\(`, 'm'));
        expect(typeof g[item.fn]).toBe('function');
      }
    }
  });

  it('menu items open the sidebar in their mode (no setWidth: sidebars ignore it)', () => {
    const { g, ui } = setup('stock-order', 5);
    g.showBlankSidebar();
    expect(ui.sidebars[0]).toMatchObject({ file: 'sidebar', title: 'DealerKit' });
    expect(ui.sidebars[0].width).toBeUndefined(); // sidebars ignore setWidth: it is not called
    expect(ui.sidebars[0].appended.join('')).toContain('"blank"');
  });

  it('every serverApi function is a top-level function (SERVER_PARAMS names them all)', () => {
    const src = appsScriptSource();
    const api = loadAppsScript().DealerKit as unknown as { serverApi: Record<string, unknown>; SERVER_PARAMS: Record<string, string[]> };
    expect(Object.keys(api.SERVER_PARAMS).sort()).toEqual(Object.keys(api.serverApi).sort());
    for (const [name, params] of Object.entries(api.SERVER_PARAMS)) expect(src).toContain(`function ${name}(${params.join(', ')}) {`);
  });

  it('detectSource finds the region around the active cell and maps its headers; only JSON crosses', () => {
    const { g } = setup('daily-activity', 30);
    const s = g.detectSource('region', 'daily-activity') as { ok: boolean; label: string; headers: string[]; mapping: Record<string, number>; missing: string[]; preview: unknown[][] };
    expect(s.ok).toBe(true);
    expect(s.label).toBe('数据!A1:N31');
    expect(s.missing).toEqual([]);
    expect(s.mapping.contact_type).toBe(3);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(typeof s.preview[0][0]).toBe('string'); // a Date went out as an ISO string
  });

  for (const t of templates) {
    describe(t.id, () => {
      const calls: Record<number, number> = {};
      it.each([10, 1000, 100_000])('fillTemplate at %i rows', { timeout: 300_000 }, (n) => {
        const { ss, g, table } = setup(t.id, n);
        const before = ['数据', '汇总'].map((s) => ss.sheet(s)!.checksum());
        const start = ss.log.length;
        const res = g.fillTemplate(t.id, { lang: 'zh-CN', live: true }) as { ok: boolean; sheetName: string; error?: unknown };
        if (t.layout === 'cards' && n === 100_000) {
          expect(res.ok).toBe(false); // 2.9 million rows would pass the sheet limits: refused with a message
          expect(ss.sheets.map((s) => s.name)).toEqual(['数据', '汇总']);
          return;
        }
        expect(res.ok, JSON.stringify(res.error)).toBe(true);
        const expected = renderTemplate(t.id, table, { lang: 'zh-CN', existingSheetNames: ['数据', '汇总'], timeZone: ss.getSpreadsheetTimeZone() });
        if (!expected.ok) throw new Error('render');
        expect(res.sheetName).toBe(expected.plan.name);
        expectSheetMatches(ss.sheet(res.sheetName)!, expected.plan);
        expect(['数据', '汇总'].map((s) => ss.sheet(s)!.checksum())).toEqual(before);
        calls[n] = ss.log.length - start;
        // host calls do not grow with rows (10 rows fit a new sheet's 1,000 rows: no resize calls there)
        // a column past its function's portable maxRows (pareto TIER: 10,000) is written as values with a note at
        // 100,000 rows, a plan of another shape: a few calls differ, none grow with rows
        if (n === 100_000) expect(Math.abs(calls[100_000] - calls[1000])).toBeLessThanOrEqual(8);
        if (n === 1000) expect(calls[1000]).toBeLessThanOrEqual(calls[10] + 4);
      });

      it('an injected failure leaves no new sheet and nothing else changed', () => {
        const { ss, g } = setup(t.id, 40);
        ss.failOn = 'setFontWeight';
        const before = ss.sheets.map((s) => s.checksum());
        const res = g.fillTemplate(t.id, { lang: 'en-US', live: true }) as { ok: boolean; error: { 'en-US': string } };
        expect(res.ok).toBe(false);
        expect(res.error['en-US']).toMatch(/half-written new sheet was removed/);
        expect(ss.sheets.map((s) => s.name)).toEqual(['数据', '汇总']);
        expect(ss.sheets.map((s) => s.checksum())).toEqual(before);
      });
    });
  }

  it('source text never becomes a formula, a number or a date in Sheets', () => {
    const evil = HOST_PARSED_TEXT;
    const ss = new FakeSpreadsheet(['数据'], 'zh_CN');
    putTable(ss.sheet('数据')!, ['日期', '来店/来电', '顾客姓名', '备注'], evil.map((e) => ['2026-11-02', '来店', e, e]));
    ss.activeRange = ss.sheet('数据')!.getRange('A1');
    const { globals } = appsScriptGlobals(ss);
    const res = loadAppsScript(globals).fillTemplate('visitor-log', { lang: 'zh-CN', live: true }) as { ok: boolean; sheetName: string };
    expect(res.ok).toBe(true);
    const s = ss.sheet(res.sheetName)!;
    evil.forEach((e, i) => {
      expect(s.cell(4 + i, 3)).toEqual({ value: e });
      expect(s.cell(4 + i, 10)).toEqual({ value: e });
    });
  });

  it("a co-author's sheet that takes the name before insertSheet is never deleted", () => {
    const { ss, g } = setup('stock-order', 20);
    ss.beforeInsertSheet = (name) => {
      ss.sheets.push(new FakeSpreadsheet([name]).sheets[0]);
      ss.sheet(name)!.values.set(0, 'co-author');
    };
    const res = g.fillTemplate('stock-order', { lang: 'en-US', live: true }) as { ok: boolean; error: { 'en-US': string } };
    expect(res.ok).toBe(false);
    expect(res.error['en-US']).toMatch(/already exists/);
    const theirs = ss.sheets.find((s) => s.values.get(0) === 'co-author');
    expect(theirs).toBeTruthy();
    expect(ss.log.some((l) => l.call === 'Spreadsheet.deleteSheet')).toBe(false);
  });

  it('charts take the header cells above their ranges and setNumHeaders(1): the legend has series names', () => {
    const withChart = templates.filter((t) => {
      const r = renderTemplate(t.id, scaledTable(t.id, 10));
      return r.ok && r.plan.charts.length > 0;
    });
    expect(withChart.length).toBeGreaterThan(0);
    for (const t of withChart) {
      const { ss, g } = setup(t.id, 10);
      const res = g.fillTemplate(t.id, { lang: 'zh-CN', live: true }) as { ok: boolean; sheetName: string };
      const plan = renderTemplate(t.id, scaledTable(t.id, 10), { existingSheetNames: ['数据', '汇总'] });
      if (!res.ok || !plan.ok) throw new Error('fill');
      const charts = ss.sheet(res.sheetName)!.charts as { ranges: string[]; numHeaders?: number }[];
      charts.forEach((c, i) => {
        expect(c.numHeaders).toBe(1);
        const spec = plan.plan.charts[i];
        // each range starts on the header row, one above the data
        expect(c.ranges[0]).toMatch(new RegExp(`^[A-Z]+${spec.categories.row}:`));
        spec.series.forEach((s, j) => expect(c.ranges[j + 1]).toMatch(new RegExp(`^[A-Z]+${s.values.row}:`)));
      });
    }
  });

  it('drop-downs refuse entries outside their list, as in Excel', () => {
    const { ss, g } = setup('dealer-evaluation', 5);
    const res = g.insertBlankForm('dealer-evaluation', { lang: 'en-US', live: true, rows: 5 }) as { ok: boolean; sheetName: string };
    expect(res.ok).toBe(true);
    const rules = ss.sheet(res.sheetName)!.validations.map((v) => v.rule as { setAllowInvalid: boolean; requireValueInList: unknown[] });
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect(r.setAllowInvalid).toBe(false);
  });

  it("dates are read in the spreadsheet's time zone, not the script's", () => {
    for (const [zone, utcHour, dayShift] of [['Asia/Shanghai', 16, 1], ['America/Los_Angeles', 8, 0]] as const) {
      const ss = new FakeSpreadsheet(['数据'], 'zh_CN', zone);
      const { globals } = appsScriptGlobals(ss);
      const g = loadAppsScript(globals);
      const RealmDate = g.__RealmDate as unknown as DateConstructor;
      // midnight of 2 November 2026 on the spreadsheet's clock, as the instant Apps Script hands the script
      const instant = new RealmDate(Date.UTC(2026, 10, 2 - dayShift, utcHour));
      putTable(ss.sheet('数据')!, ['日期', '来店/来电', '顾客姓名'], [[instant, '来店', '张三']]);
      ss.activeRange = ss.sheet('数据')!.getRange('A1');
      const src = g.detectSource('region', 'visitor-log') as { preview: unknown[][] };
      expect(src.preview[0][0], zone).toBe('2026-11-02');
      const res = g.fillTemplate('visitor-log', { lang: 'zh-CN', live: false }) as { ok: boolean; sheetName: string };
      expect(res.ok).toBe(true);
      const s = ss.sheet(res.sheetName)!;
      const want = serialOf({ year: 2026, month: 11, day: 2, hour: 0, minute: 0, second: 0 });
      const cells = [...s.values.values()];
      expect(cells, zone).toContain(want);
    }
  });

  it('insertBlankForm writes a form with its formulas and validation', () => {
    const { ss, g } = setup('dealer-evaluation', 5);
    const res = g.insertBlankForm('dealer-evaluation', { lang: 'en-US', formulas: 'dk', rows: 15 }) as { ok: boolean; sheetName: string };
    expect(res.ok).toBe(true);
    const s = ss.sheet(res.sheetName)!;
    expect(s.cell(4, 14).formula).toBe('=DEALERSCORE(B5:B19,C5:C19,D5:D19,G5:N19,$T$6:$AC$6)');
    expect(s.validations.length).toBe(8);
  });

  it('a refused fill says why in both languages and writes nothing', () => {
    const { ss, g } = setup('stock-order', 5);
    ss.sheet('数据')!.values.set(2, '别的'); // overwrite a header: 上次订货 is gone
    const res = g.fillTemplate('stock-order', { lang: 'zh-CN', live: true }) as { ok: boolean; error: Record<string, string> };
    expect(res.ok).toBe(false);
    expect(res.error['zh-CN']).toContain('上次订货');
    expect(ss.sheets).toHaveLength(2);
  });
});
