// The Excel task pane in headless Chromium: Office.js served by a stub, a fake Excel bridged to the real applier, a fill end to end.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { renderTemplate } from '../../core/renderTemplate';
import { templates } from '../../core/templates/index';
import { browserBundle, haveChromium, openPane, XSS_CELL, XSS_HEADER } from './harness';

const dist = fileURLToPath(new URL('../../dist/addin/', import.meta.url));
const fakes = fileURLToPath(new URL('../fakes/fakeExcel.ts', import.meta.url));

/** How many templates' blank forms (8 rows) carry formulas, as the core plans them. */
function templatesWithBlankFormulas(): number {
  return templates.filter((t) => {
    const r = renderTemplate(t.id, null, { blank: true, rows: 8 });
    return r.ok && r.plan.blocks.some((b) => b.kind === 'copiedDown' || (b.kind === 'formulas' && b.formulas.some((row) => row.some((f) => f !== null))));
  }).length;
}

describe.skipIf(!haveChromium)('Excel task pane (headless Chromium)', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  let external: string[] = [];

  beforeAll(async () => {
    const fake = await browserBundle(fakes, '__fake');
    // Office.js comes from a local stub: Office.onReady, the UI language, and Excel = the recording fake
    const officeStub = `${fake}
      (function () {
        var wb = new __fake.FakeWorkbookState(['Sheet1']);
        var put = function (r, c, v) { wb.sheet('Sheet1').values.set(__fake.cellKey(r, c), v); };
        var headers = [${JSON.stringify(XSS_HEADER)}, '品项', '上次库存', '上次订货', '本次库存', '实盘库存'];
        headers.forEach(function (h, c) { put(0, c, h); });
        [[${JSON.stringify(XSS_CELL)}, '矿泉水', 100, 200, 60, 50], ['城东批发部', '果汁', 80, 40, 73, 20], ['永兴副食', '茶饮', 30, 10, 50, 50]]
          .forEach(function (row, r) { row.forEach(function (v, c) { put(r + 1, c, v); }); });
        wb.selection = { sheet: 'Sheet1', row: 0, col: 0, rows: 1, cols: 1 };
        // a named table over the header and the first two rows (the region around the selection has three)
        wb.tables.push({ name: 'StockTable', sheet: 'Sheet1', row: 0, col: 0, rows: 3, cols: 6 });
        window.__wb = wb;
        window.__fakeApi = __fake;
        window.Excel = __fake.fakeExcel(wb);
        window.CustomFunctions = { associate: function () {}, Error: function () {}, ErrorCode: {} };
        window.__startup = 'None';
        window.Office = {
          context: { displayLanguage: 'zh-CN' },
          onReady: function (cb) { setTimeout(cb, 0); return Promise.resolve({}); },
          StartupBehavior: { load: 'Load', none: 'None' },
          addin: {
            getStartupBehavior: function () { return Promise.resolve(window.__startup); },
            setStartupBehavior: function (b) { window.__startup = b; return Promise.resolve(); },
          },
        };
      })();`;
    ({ browser, server, page, external } = await openPane(dist, 'taskpane.html', { stubs: { 'https://appsforoffice.microsoft.com/': officeStub } }));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('fills stock-order from the selection with one mapping changed, into a new sheet with DK formulas (chosen over the portable default)', async () => {
    await page.selectOption('#template', 'stock-order');
    await page.click('#source-selection');
    await page.waitForSelector('#source-label');
    expect(await page.textContent('#source-label')).toContain('3');
    // the user points current stock at 实盘库存 (column 6) instead of 本次库存
    await page.selectOption('#map-current_stock', '5');
    expect(await page.isDisabled('#generate')).toBe(false);
    // portable is the default; each choice says what it means for colleagues without DealerKit
    expect(await page.isChecked('#opt-formulas-portable')).toBe(true);
    expect(await page.textContent('#opt-formulas')).toContain('LibreOffice');
    await page.check('#opt-formulas-dk');
    await page.click('#generate');
    await page.waitForSelector('#result-sheet', { timeout: 20_000 }).catch(async (e) => {
      throw new Error(`${e.message}\n${await page.textContent('#result')}\n${external.join('\n')}`);
    });
    const res = await page.evaluate(() => {
      const w = (window as unknown as { __wb: { sheets: { name: string; values: Map<number, unknown>; formulas: Map<number, string> }[] } }).__wb;
      const s = w.sheets[1];
      const k = (r: number, c: number) => r * 16384 + c;
      return { names: w.sheets.map((x) => x.name), a5: s.values.get(k(4, 0)), e5: s.values.get(k(4, 4)), i5: s.formulas.get(k(4, 8)), j5: s.formulas.get(k(4, 9)), header: s.values.get(k(3, 0)) };
    });
    expect(res.names[0]).toBe('Sheet1');
    expect(res.names[1]).toMatch(/^安全库存与建议订货表 \d{4}-\d{2}-\d{2}$/);
    expect(res.a5).toBe(XSS_CELL); // written as text, exactly
    expect(res.e5).toBe(50); // from 实盘库存, as mapped
    expect(res.i5).toBe('=DK.SAFETYSTOCK(C5:C7,D5:D7,E5:E7,$N$5)');
    expect(res.j5).toBe('=DK.ORDERQTY(C5:C7,D5:D7,E5:E7,$N$5,F5:F7,G5:G7)');
    expect(res.header).toBe('经销商');
    expect(await page.textContent('#result-sheet')).toContain(res.names[1]);
    await page.screenshot({ path: `${process.env.DK_SCREENSHOTS ?? '/tmp'}/dk-pane.png`, fullPage: true });
  });

  it('the pane offers to load DealerKit when the workbook opens (Office.addin.setStartupBehavior)', async () => {
    expect(await page.isChecked('#load-on-open')).toBe(false);
    await page.check('#load-on-open');
    await page.waitForFunction(() => (window as unknown as { __startup: string }).__startup === 'Load');
    await page.uncheck('#load-on-open');
    await page.waitForFunction(() => (window as unknown as { __startup: string }).__startup === 'None');
  });

  it('changing the template re-matches headers in the pane and keeps the chosen source (no new read)', async () => {
    const reads = () => page.evaluate(() => (window as unknown as { __wb: { log: { call: string }[] } }).__wb.log.filter((l) => /getSelectedRange|Range\.load/.test(l.call)).length);
    const label = await page.textContent('#source-label');
    const before = await reads();
    await page.selectOption('#template', 'dealer-evaluation');
    await page.waitForSelector('#map-sales');
    expect(await page.textContent('#source-label')).toBe(label);
    expect(await reads()).toBe(before);
    // the first column (经销商…) matches the new template's dealer field, locally
    expect(await page.$eval('#map-dealer', (e) => (e as HTMLSelectElement).value)).toBe('0');
    await page.selectOption('#template', 'stock-order');
    await page.waitForSelector('#map-current_stock');
    expect(await reads()).toBe(before);
  });

  it('workbook text with markup never executes', async () => {
    // the header and the cell went through the mapping list, the preview and the result
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(external).toEqual([]);
    const options = await page.$$eval('#map-dealer option', (os) => os.map((o) => o.textContent));
    expect(options).toContain(XSS_HEADER);
  });

  it('inserts a blank form of every template from the pane', async () => {
    await page.click('button[data-mode="blank"]');
    await page.waitForSelector('#opt-rows');
    const ids = await page.$$eval('#template option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(ids).toEqual(templates.map((t) => t.id));
    for (const id of ids) {
      await page.selectOption('#template', id);
      await page.fill('#opt-rows', '8');
      await page.click('#generate');
      await page.waitForSelector('#result-sheet', { timeout: 20_000 });
    }
    const sheets = await page.evaluate(() => (window as unknown as { __wb: { sheets: { name: string; formulas: Map<number, string>; validations: unknown[] }[] } }).__wb.sheets.map((s) => ({ name: s.name, formulas: s.formulas.size, validations: s.validations.length })));
    // Sheet1, the stock-order report from the first test, then one form per template
    expect(sheets).toHaveLength(2 + templates.length);
    const forms = sheets.slice(2);
    expect(forms.find((s) => s.name.startsWith('批发商评估表'))).toMatchObject({ validations: 8 });
    // every template with computed columns or summary formulas carries them in its blank form
    expect(forms.filter((s) => s.formulas > 0).length).toBe(templatesWithBlankFormulas());
  });

  it('the help tab lists every registry function, in order, with the DK namespace', async () => {
    await page.click('button[data-mode="help"]');
    await page.waitForSelector('article.fn');
    const names = await page.$$eval('article.fn', (as) => as.map((a) => a.getAttribute('data-fn')));
    expect(names).toEqual(registry.map((d) => `DK.${d.name}`));
    expect(await page.textContent('article.fn[data-fn="DK.TIER"]')).toContain('80/20');
  });

  it('the page loads nothing but itself and Office.js, under a Content-Security-Policy', () => {
    const html = readFileSync(`${dist}/taskpane.html`, 'utf8');
    const srcs = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs.filter((s) => /^https?:/.test(s))).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(html).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
  });

  it('a chosen named table stays chosen when the template changes (no new detectSource), and the fill reads it again by name', async () => {
    type Wb = { log: { call: string }[]; tables: { rows: number }[]; sheets: { name: string }[] };
    // each detectSource reads the selection or a table: these calls count them
    const detects = () => page.evaluate(() => (window as unknown as { __wb: Wb }).__wb.log.filter((l) => l.call === 'Workbook.getSelectedRange' || l.call === 'Tables.getItem').length);
    await page.click('button[data-mode="fill"]');
    await page.waitForSelector('#source-table');
    await page.selectOption('#template', 'stock-order');
    const before = await detects();
    await page.selectOption('#source-table', 'StockTable');
    await expect.poll(() => page.textContent('#source-label'), { timeout: 10_000 }).toMatch(/· 2 /);
    expect(await detects()).toBe(before + 1);
    const label = await page.textContent('#source-label');
    for (const id of ['dealer-evaluation', 'tier-visit-plan', 'stock-order']) {
      await page.selectOption('#template', id);
      await expect.poll(() => page.$eval('#template', (e) => (e as HTMLSelectElement).value)).toBe(id);
      expect(await page.textContent('#source-label')).toBe(label);
      expect(await page.$eval('#source-table', (e) => (e as HTMLSelectElement).value)).toBe('StockTable');
    }
    expect(await detects()).toBe(before + 1);
    // the table grows by a row after it was chosen: the fill reads the table, not the address seen then
    await page.evaluate(() => ((window as unknown as { __wb: Wb }).__wb.tables[0].rows = 4));
    await page.check('#opt-formulas-values');
    await page.click('#generate');
    await page.waitForSelector('#result-sheet', { timeout: 20_000 }).catch(async (e) => {
      throw new Error(`${e.message}\n${await page.textContent('#result')}\n${external.join('\n')}`);
    });
    expect(await page.textContent('#result-sheet')).toContain('· 3 ');
    expect(await detects()).toBe(before + 2);
  });
});
