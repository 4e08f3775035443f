// The built Apps Script file in a vm with fake SpreadsheetApp/HtmlService/Ui, driven by the sidebar's fill (its Sheets adapter) over a
// JSON-only google.script.run: menu, source detection, fills at 10/1,000/100,000 rows, rollback, dates.
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
import { detectSource, fillReport, forPane, insertBlank } from '../../core/fill/service';
import type { FillOptions, FillResult, SourceInfo, SourceKind } from '../../core/fill/types';
import { sheetsHost } from '../../appsscript/sidebar/sheetsHost';
import { PART_CHARS } from '../../appsscript/applier/parts';
import { wireTo, type WireStats } from '../helpers/sheetsWire';

type Server = Record<string, (...a: unknown[]) => unknown>;
/** What the sidebar does on "generate": the fill service over the server's functions, every call as JSON. */
async function fillVia(g: Server, ss: FakeSpreadsheet, id: string, options: FillOptions): Promise<FillResult & { wire: WireStats }> {
  const wire = wireTo(g, () => ss.log.length);
  return { ...forPane(await fillReport(sheetsHost(wire.call), id, options)), wire };
}
async function blankVia(g: Server, ss: FakeSpreadsheet, id: string, options: FillOptions): Promise<FillResult> {
  return forPane(await insertBlank(sheetsHost(wireTo(g, () => ss.log.length).call), id, options));
}
async function detectVia(g: Server, kind: SourceKind, id: string): Promise<SourceInfo> {
  return detectSource(sheetsHost(wireTo(g).call), kind, id);
}

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

  it('detectSource finds the region around the active cell and maps its headers; only JSON crosses', async () => {
    const { g } = setup('daily-activity', 30);
    const s = (await detectVia(g, 'region', 'daily-activity')) as { ok: boolean; label: string; headers: string[]; mapping: Record<string, number>; missing: string[]; preview: unknown[][] };
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
      const wires: Record<number, WireStats> = {};
      it.each([10, 1000, 100_000])('fills at %i rows', { timeout: 300_000 }, async (n) => {
        const { ss, g, table } = setup(t.id, n);
        const before = ['数据', '汇总'].map((s) => ss.sheet(s)!.checksum());
        const start = ss.log.length;
        const res = await fillVia(g, ss, t.id, { lang: 'zh-CN', live: true });
        if (t.layout === 'cards' && n === 100_000) {
          expect(res.ok).toBe(false); // 2.9 million rows would pass the sheet limits: refused with a message
          expect(ss.sheets.map((s) => s.name)).toEqual(['数据', '汇总']);
          return;
        }
        if (!res.ok) throw new Error(JSON.stringify(res.error));
        const expected = renderTemplate(t.id, table, { lang: 'zh-CN', existingSheetNames: ['数据', '汇总'], timeZone: ss.getSpreadsheetTimeZone() });
        if (!expected.ok) throw new Error('render');
        expect(res.sheetName).toBe(expected.plan.name);
        expectSheetMatches(ss.sheet(res.sheetName)!, expected.plan);
        expect(['数据', '汇总'].map((s) => ss.sheet(s)!.checksum())).toEqual(before);
        calls[n] = ss.log.length - start;
        wires[n] = res.wire;
        const serverCalls = (w: WireStats) => Object.values(w.calls).reduce((a, b) => a + b, 0);
        // host calls do not grow with rows (10 rows fit a new sheet's 1,000 rows: no resize calls there)
        if (n === 1000) expect(calls[1000]).toBeLessThanOrEqual(calls[10] + 4);
        if (n === 100_000) {
          // the data crosses google.script.run in bounded bands and parts: more server calls, each no bigger
          // (a column past its function's portable maxRows — pareto TIER: 10,000 — is written as values with a note at
          // 100,000 rows, a plan of another shape: a few host calls differ, none grow with rows)
          expect(res.wire.chars.largestArg).toBeLessThanOrEqual(PART_CHARS);
          expect(res.wire.hostCallsPerCall).toBeLessThanOrEqual(wires[1000].hostCallsPerCall + 8);
          const bands = Math.ceil(res.wire.chars.received / 1_000_000) + Math.ceil(res.wire.chars.sent / PART_CHARS);
          expect(serverCalls(res.wire) - serverCalls(wires[1000])).toBeLessThanOrEqual(bands + 2);
        }
      });

      it('an injected failure leaves no new sheet and nothing else changed', async () => {
        const { ss, g } = setup(t.id, 40);
        ss.failOn = 'setFontWeight';
        const before = ss.sheets.map((s) => s.checksum());
        const res = await fillVia(g, ss, t.id, { lang: 'en-US', live: true });
        if (res.ok) throw new Error('filled');
        expect(res.error['en-US']).toMatch(/half-written new sheet was removed/);
        expect(ss.sheets.map((s) => s.name)).toEqual(['数据', '汇总']);
        expect(ss.sheets.map((s) => s.checksum())).toEqual(before);
      });
    });
  }

  it('source text never becomes a formula, a number or a date in Sheets', async () => {
    const evil = HOST_PARSED_TEXT;
    const ss = new FakeSpreadsheet(['数据'], 'zh_CN');
    putTable(ss.sheet('数据')!, ['日期', '来店/来电', '顾客姓名', '备注'], evil.map((e) => ['2026-11-02', '来店', e, e]));
    ss.activeRange = ss.sheet('数据')!.getRange('A1');
    const { globals } = appsScriptGlobals(ss);
    const res = await fillVia(loadAppsScript(globals), ss, 'visitor-log', { lang: 'zh-CN', live: true });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const s = ss.sheet(res.sheetName)!;
    evil.forEach((e, i) => {
      expect(s.cell(4 + i, 3)).toEqual({ value: e });
      expect(s.cell(4 + i, 10)).toEqual({ value: e });
    });
  });

  it("a co-author's sheet that takes the name before insertSheet is never deleted", async () => {
    const { ss, g } = setup('stock-order', 20);
    ss.beforeInsertSheet = (name) => {
      ss.beforeInsertSheet = null;
      ss.insertSheet(name).values.set(0, 'co-author');
    };
    const res = await fillVia(g, ss, 'stock-order', { lang: 'en-US', live: true });
    if (res.ok) throw new Error('filled');
    expect(res.error['en-US']).toMatch(/already exists/);
    const theirs = ss.sheets.find((s) => s.values.get(0) === 'co-author');
    expect(theirs).toBeTruthy();
    expect(ss.log.some((l) => l.call === 'Spreadsheet.deleteSheet')).toBe(false);
  });

  it('charts take the header cells above their ranges and setNumHeaders(1): the legend has series names', async () => {
    const withChart = templates.filter((t) => {
      const r = renderTemplate(t.id, scaledTable(t.id, 10));
      return r.ok && r.plan.charts.length > 0;
    });
    expect(withChart.length).toBeGreaterThan(0);
    for (const t of withChart) {
      const { ss, g } = setup(t.id, 10);
      const res = await fillVia(g, ss, t.id, { lang: 'zh-CN', live: true });
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

  it('drop-downs refuse entries outside their list, as in Excel', async () => {
    const { ss, g } = setup('dealer-evaluation', 5);
    const res = await blankVia(g, ss, 'dealer-evaluation', { lang: 'en-US', live: true, rows: 5 });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const rules = ss.sheet(res.sheetName)!.validations.map((v) => v.rule as { setAllowInvalid: boolean; requireValueInList: unknown[] });
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect(r.setAllowInvalid).toBe(false);
  });

  it("dates are read in the spreadsheet's time zone, not the script's", async () => {
    for (const [zone, utcHour, dayShift] of [['Asia/Shanghai', 16, 1], ['America/Los_Angeles', 8, 0]] as const) {
      const ss = new FakeSpreadsheet(['数据'], 'zh_CN', zone);
      const { globals } = appsScriptGlobals(ss);
      const g = loadAppsScript(globals);
      const RealmDate = g.__RealmDate as unknown as DateConstructor;
      // midnight of 2 November 2026 on the spreadsheet's clock, as the instant Apps Script hands the script
      const instant = new RealmDate(Date.UTC(2026, 10, 2 - dayShift, utcHour));
      putTable(ss.sheet('数据')!, ['日期', '来店/来电', '顾客姓名'], [[instant, '来店', '张三']]);
      ss.activeRange = ss.sheet('数据')!.getRange('A1');
      const src = (await detectVia(g, 'region', 'visitor-log')) as { preview: unknown[][] };
      expect(src.preview[0][0], zone).toBe('2026-11-02');
      const res = await fillVia(g, ss, 'visitor-log', { lang: 'zh-CN', live: false });
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      const s = ss.sheet(res.sheetName)!;
      const want = serialOf({ year: 2026, month: 11, day: 2, hour: 0, minute: 0, second: 0 });
      const cells = [...s.values.values()];
      expect(cells, zone).toContain(want);
    }
  });

  it('a blank form is written with its formulas and validation', async () => {
    const { ss, g } = setup('dealer-evaluation', 5);
    const res = await blankVia(g, ss, 'dealer-evaluation', { lang: 'en-US', formulas: 'dk', live: true, rows: 15 });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const s = ss.sheet(res.sheetName)!;
    expect(s.cell(4, 14).formula).toBe('=DEALERSCORE(B5:B19,C5:C19,D5:D19,G5:N19,$T$6:$AC$6)');
    expect(s.validations.length).toBe(8);
  });

  it('a source sheet renamed between two read bands stops the fill with a message; nothing is written', async () => {
    const { ss, g } = setup('stock-order', 60_000);
    const band = g.readSourceBand;
    let bands = 0;
    const server = { ...g, readSourceBand: (...a: unknown[]) => (++bands === 2 && (ss.sheet('数据')!.name = '数据（旧）'), band(...a)) };
    const res = await fillVia(server, ss, 'stock-order', { lang: 'en-US', live: true });
    if (res.ok) throw new Error('filled');
    expect(res.error['en-US']).toMatch(/changed while it was being read/);
    expect(res.error['zh-CN']).toMatch(/发生了变化/);
    expect(ss.sheets).toHaveLength(2);
  });

  it('a refused fill says why in both languages and writes nothing', async () => {
    const { ss, g } = setup('stock-order', 5);
    ss.sheet('数据')!.values.set(2, '别的'); // overwrite a header: 上次订货 is gone
    const res = await fillVia(g, ss, 'stock-order', { lang: 'zh-CN', live: true });
    if (res.ok) throw new Error('filled');
    expect(res.error['zh-CN']).toContain('上次订货');
    expect(ss.sheets).toHaveLength(2);
  });
});
