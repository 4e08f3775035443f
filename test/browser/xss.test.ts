// Security: XSS payloads in headers, cells, sheet names (titles) and error messages never execute in the pane or the sidebar.
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appsScriptGlobals, FakeSpreadsheet, putTable } from '../fakes/fakeSheets';
import { loadAppsScript } from '../helpers/loadHosts';
import { haveChromium, openSidebar } from './harness';

export const PAYLOADS = [
  '<script>window.__xss="script"</script>',
  '<img src=x onerror="window.__xss=\'img\'">',
  '<svg onload="window.__xss=\'svg\'"></svg>',
  '"><iframe src="javascript:parent.__xss=\'iframe\'"></iframe>',
  '<a href="javascript:window.__xss=\'href\'">x</a>',
  "'\"><body onload=window.__xss='body'>",
  '<details open ontoggle="window.__xss=\'details\'">',
  '</select><img src=x onerror=window.__xss="broken">',
  '<!--<script>window.__xss="comment"</script>-->',
];


describe.skipIf(!haveChromium)('XSS payloads in the sidebar (the same UI as the pane)', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  const ss = new FakeSpreadsheet(['数据'], 'en_US');
  let events: string[] = [];

  beforeAll(async () => {
    const { globals } = appsScriptGlobals(ss);
    const g = loadAppsScript(globals);
    // payloads in every header (after the real name, so they still map) and in every cell
    const headers = ['客户', '销售额', '业务员', '区域'].map((h, i) => `${h}${PAYLOADS[i]}`);
    const rows = PAYLOADS.map((p, i) => [p, 1000 - i * 10, p, p]);
    putTable(ss.sheet('数据')!, headers, rows);
    ss.activeRange = ss.sheet('数据')!.getRange('A1');
    ({ browser, http: server, page, events } = await openSidebar(g));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('in headers, cells and the sheet name (title): shown as text, never run', async () => {
    await page.selectOption('#template', 'tier-visit-plan');
    await page.click('#source-selection');
    await page.waitForSelector('#source-label');
    await page.fill('#opt-title', PAYLOADS[1]);
    await page.click('#generate');
    await page.waitForSelector('#result-sheet', { timeout: 20_000 });
    expect(await page.textContent('#result-sheet')).toContain('<img src=x onerror');
    const opts = await page.$$eval('#map-customer option', (os) => os.map((o) => o.textContent));
    expect(opts).toContain(`客户${PAYLOADS[0]}`);
    expect(ss.sheets[1].cell(4, 0).value).toBe(PAYLOADS[0]);
  });

  it('in error messages: shown as text, never run', async () => {
    // the host fails with a message that carries markup; the sidebar shows the server's bilingual error
    ss.failOn = 'setFontWeight';
    ss.failMessage = `quota ${PAYLOADS[7]} ${PAYLOADS[2]}`;
    await page.click('#generate');
    await page.waitForSelector('#result-error', { timeout: 20_000 });
    expect(await page.textContent('#result-error')).toContain('</select><img src=x');
  });

  it('nothing executed, nothing was fetched', async () => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.$$('img, svg, iframe, details, a[href^="javascript"]')).toHaveLength(0);
    expect(events).toEqual([]);
  });
});
