// The Sheets sidebar in headless Chromium (it runs the report engine) with google.script.run bridged to the built server code in a vm over a fake spreadsheet.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { appsScriptGlobals, FakeSpreadsheet, putTable } from '../fakes/fakeSheets';
import { loadAppsScript } from '../helpers/loadHosts';
import { scaledTable } from '../helpers/scaled';
import { haveChromium, openSidebar, XSS_CELL, XSS_HEADER } from './harness';

const dist = fileURLToPath(new URL('../../dist/appsscript/', import.meta.url));

describe('Sheets sidebar file', () => {
  it('is self-contained: no external src or href, scripts and styles inline', () => {
    const html = readFileSync(`${dist}/sidebar.html`, 'utf8');
    expect(html).not.toMatch(/\s(?:src|href)\s*=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/script>/gi)).toHaveLength(1); // nothing inside closes the script early
  });
});

describe.skipIf(!haveChromium)('Sheets sidebar (headless Chromium)', () => {
  let browser: Browser;
  let http: Server;
  let page: Page;
  let detects = 0;
  const ss = new FakeSpreadsheet(['数据'], 'zh_CN');
  let events: string[] = [];

  beforeAll(async () => {
    const t = scaledTable('dealer-evaluation', 12);
    const headers = [...t.headers];
    headers[0] = XSS_HEADER;
    const rows = t.rows.map((r) => [...r]);
    rows[0][0] = XSS_CELL;
    const { globals } = appsScriptGlobals(ss);
    const g = loadAppsScript(globals);
    putTable(ss.sheet('数据')!, headers, rows);
    ss.activeRange = ss.sheet('数据')!.getRange('A1');
    // the server's readHead, counted (each call is a round trip from the sidebar)
    const readHead = (g as Record<string, (...a: unknown[]) => unknown>).readHead;
    const server = { ...(g as Record<string, unknown>), readHead: (...a: unknown[]) => (detects++, readHead(...a)) };
    ({ browser, http, page, events } = await openSidebar(server));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    http?.close();
  });

  it('fills dealer-evaluation into a new sheet of the fake spreadsheet', async () => {
    await page.setViewportSize({ width: 300, height: 900 });
    await page.selectOption('#template', 'dealer-evaluation');
    await page.click('#source-selection');
    await page.waitForSelector('#source-label');
    expect(await page.textContent('#source-label')).toBe('数据!A1:L13 · 12 行数据');
    // portable formulas are the default; this test reads the DealerKit functions, so it chooses them
    await page.check('#opt-formulas-dk');
    await page.click('#generate');
    await page.waitForSelector('#result-sheet', { timeout: 20_000 }).catch(async (e) => {
      throw new Error(`${e.message}\n${await page.textContent('#result')}\n${events.join('\n')}`);
    });
    const sheet = ss.sheets[1];
    expect(sheet.name).toMatch(/^批发商评估表 \d{4}-\d{2}-\d{2}$/);
    expect(sheet.cell(4, 14).formula).toBe('=DEALERSCORE(B5:B16,C5:C16,D5:D16,G5:N16,$T$6:$AC$6)');
    expect(sheet.cell(4, 15).formula).toBe('=TIER(O5:O16,$T$8,$T$9,"score")');
    expect(sheet.cell(4, 0).value).toBe(XSS_CELL);
    expect(sheet.charts).toHaveLength(1);
    await page.screenshot({ path: `${process.env.DK_SCREENSHOTS ?? '/tmp'}/dk-sidebar.png`, fullPage: true });
  });

  it('changing the template makes no server round trip: the sidebar re-matches the headers it has and keeps the source', async () => {
    await page.click('button[data-mode="fill"]');
    await page.waitForSelector('#source-label');
    const label = await page.textContent('#source-label');
    const before = detects;
    expect(before).toBeGreaterThan(0);
    for (const id of ['stock-order', 'tier-visit-plan', 'dealer-evaluation']) {
      await page.selectOption('#template', id);
      await expect.poll(() => page.$eval('#template', (e) => (e as HTMLSelectElement).value)).toBe(id);
      expect(await page.textContent('#source-label')).toBe(label);
    }
    // the first column is matched to the dealer field again, locally
    expect(await page.$eval('#map-dealer', (e) => (e as HTMLSelectElement).value)).toBe('0');
    expect(detects).toBe(before);
  });

  it('workbook text with markup never executes', async () => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(events).toEqual([]);
  });

  it('the help tab lists every registry function, in order, by its Sheets name', async () => {
    await page.click('button[data-mode="help"]');
    await page.waitForSelector('article.fn');
    expect(await page.$$eval('article.fn', (as) => as.map((a) => a.getAttribute('data-fn')))).toEqual(registry.map((d) => d.name));
  });
});
