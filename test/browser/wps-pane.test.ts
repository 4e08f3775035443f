// The WPS task pane (dist/wps/taskpane.html) in headless Chromium over the recording ET fake: a fill end to end, dk formulas when registered.
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { browserBundle, haveChromium, openPane } from './harness';

const dist = fileURLToPath(new URL('../../dist/wps/', import.meta.url));
const setupEntry = fileURLToPath(new URL('../helpers/wpsWorkbook.ts', import.meta.url));

describe.skipIf(!haveChromium)('WPS task pane (headless Chromium)', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  let external: string[] = [];

  beforeAll(async () => {
    const fake = await browserBundle(setupEntry, '__wpsFake');
    // WPS's globals before the pane's script runs: Application = the fake ET model; wps.PluginStorage says what the functions script registered
    const init = `${fake}
      (function () {
        var w = __wpsFake.wpsWorkbook('stock-order', 3);
        window.__wb = w.wb;
        window.Application = w.app;
        window.wps = { PluginStorage: { getItem: function (k) { return k === 'dealerkit_functions' ? ${JSON.stringify(registry.map((d) => d.name).join(','))} : ''; } } };
      })();`;
    ({ browser, server, page, external } = await openPane(dist, 'taskpane.html', { init }));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('fills stock-order from the selection into a new sheet with DK array formulas, nothing loaded from outside', async () => {
    await page.selectOption('#template', 'stock-order');
    await page.click('#source-selection');
    await page.waitForSelector('#source-label');
    expect(await page.textContent('#source-label')).toContain('数据');
    await page.click('#generate');
    await page.waitForSelector('#result-sheet', { timeout: 20_000 }).catch(async (e) => {
      throw new Error(`${e.message}\n${await page.textContent('#result')}\n${external.join('\n')}`);
    });
    const res = await page.evaluate(() => {
      const wb = (window as unknown as { __wb: { sheets: { name: string; arrayFormulas: { formula: string }[] }[] } }).__wb;
      return { names: wb.sheets.map((s) => s.name), arrays: wb.sheets[1]?.arrayFormulas.map((a) => a.formula) ?? [] };
    });
    expect(res.names[0]).toBe('数据');
    expect(res.names[1]).toMatch(/^安全库存与建议订货表 \d{4}-\d{2}-\d{2}$/);
    expect(res.arrays.some((f) => f.startsWith('=DK.SAFETYSTOCK('))).toBe(true);
    expect(external).toEqual([]);
  });
});
