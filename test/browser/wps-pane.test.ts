// The WPS task pane (dist/wps/taskpane.html) in headless Chromium over the recording ET fake: a fill end to end, the formula-mode choice, named tables.
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { browserBundle, haveChromium, launch, newPanePage, serve } from './harness';

const dist = fileURLToPath(new URL('../../dist/wps/', import.meta.url));
const setupEntry = fileURLToPath(new URL('../helpers/wpsWorkbook.ts', import.meta.url));

type Wb = { sheets: { name: string; arrayFormulas: { formula: string }[]; formulas: Map<string, string>; values: Map<string, unknown> }[] };

describe.skipIf(!haveChromium)('WPS task pane (headless Chromium)', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let fake: string;
  const external: string[] = [];

  /** A pane page over a fresh fake workbook; `registered`: what the functions script put in PluginStorage. */
  async function open(registered: string[]): Promise<Page> {
    // WPS's globals before the pane's script runs: Application = the fake ET model; wps.PluginStorage says what the functions script registered
    const init = `${fake}
      (function () {
        var w = __wpsFake.wpsWorkbook('stock-order', 3);
        window.__wb = w.wb;
        window.Application = w.app;
        window.wps = { PluginStorage: { getItem: function (k) { return k === 'dealerkit_functions' ? ${JSON.stringify(registered.join(','))} : ''; } } };
      })();`;
    return newPanePage(browser, url, 'taskpane.html', external, { init });
  }

  async function generate(page: Page) {
    await page.click('#generate');
    await page.waitForSelector('#result-sheet', { timeout: 20_000 }).catch(async (e) => {
      throw new Error(`${e.message}\n${await page.textContent('#result')}\n${external.join('\n')}`);
    });
    return page.evaluate(() => {
      const wb = (window as unknown as { __wb: Wb }).__wb;
      const s = wb.sheets[wb.sheets.length - 1];
      return { names: wb.sheets.map((x) => x.name), arrays: s.arrayFormulas.map((a) => a.formula), formulas: [...s.formulas.values()], values: s.values.size };
    });
  }

  beforeAll(async () => {
    ({ server, url } = await serve(dist));
    browser = await launch();
    fake = await browserBundle(setupEntry, '__wpsFake');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('functions registered: dk is the default, portable and values are offered, each with its one-line explanation; the fill writes DK array formulas', async () => {
    const page = await open(registry.map((d) => d.name));
    expect(await page.isChecked('#opt-formulas-dk')).toBe(true);
    expect(await page.isChecked('#opt-formulas-portable')).toBe(false);
    expect(await page.$('#opt-formulas-values')).not.toBeNull();
    const text = (await page.textContent('#opt-formulas')) ?? '';
    expect(text).toContain('#NAME?'); // the dk hint
    expect(text).toContain('LibreOffice'); // the portable hint
    expect(text).toContain('没有公式'); // the values hint
    expect(text).not.toContain('推荐'); // portable is not "recommended" where dk is the default
    await page.selectOption('#template', 'stock-order');
    await page.click('#source-selection');
    await page.waitForSelector('#source-label');
    expect(await page.textContent('#source-label')).toContain('数据');
    const res = await generate(page);
    expect(res.names[0]).toBe('数据');
    expect(res.names[1]).toMatch(/^安全库存与建议订货表 \d{4}-\d{2}-\d{2}$/);
    expect(res.arrays.some((f) => f.startsWith('=DK.SAFETYSTOCK('))).toBe(true);
    expect(external).toEqual([]);
    await page.close();
  });

  it('functions registered, portable chosen: native formulas only', async () => {
    const page = await open(registry.map((d) => d.name));
    await page.selectOption('#template', 'stock-order');
    await page.click('#source-selection');
    await page.waitForSelector('#source-label');
    await page.check('#opt-formulas-portable');
    const res = await generate(page);
    expect(res.formulas.length).toBeGreaterThan(0);
    expect(res.formulas.some((f) => f.includes('DK.'))).toBe(false);
    expect(external).toEqual([]);
    await page.close();
  });

  it('no functions registered (WPS before 12.1.0.20540): no dk choice, portable is the default; a named table is a source', async () => {
    const page = await open([]);
    expect(await page.$('#opt-formulas-dk')).toBeNull();
    expect(await page.isChecked('#opt-formulas-portable')).toBe(true);
    expect(await page.textContent('#opt-formulas')).toContain('推荐');
    await page.selectOption('#template', 'stock-order');
    await page.selectOption('#source-table', '订货表');
    await page.waitForSelector('#source-label');
    expect(await page.textContent('#source-label')).toContain("'数据'!A1:");
    await page.check('#opt-formulas-values');
    const res = await generate(page);
    expect(res.names).toHaveLength(2);
    expect(res.formulas).toEqual([]);
    expect(res.values).toBeGreaterThan(0);
    expect(external).toEqual([]);
    await page.close();
  });
});
