// The real Office.js (@microsoft/office-js, served from node_modules) under the pane's real CSP in Chromium: no violations,
// Office.onReady resolves with no host, nothing is fetched from the network.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launch, serve } from './harness';

const dist = fileURLToPath(new URL('../../dist/addin/', import.meta.url));
const officeDist = fileURLToPath(new URL('../../node_modules/@microsoft/office-js/dist/', import.meta.url));
const HOSTED = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

describe.skipIf(!haveChromium)('real Office.js under the pane CSP (headless Chromium)', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let page: Page;
  const violations: string[] = [];
  const network: string[] = [];
  const servedLocally: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    ({ server, url } = await serve(dist));
    browser = await launch();
    page = await browser.newPage();
    // a CSP violation fires this event in the page (https://developer.mozilla.org/docs/Web/API/SecurityPolicyViolationEvent)
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __csp?: string[] };
        (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.route('**/*', (route) => {
      const u = route.request().url();
      // Office.js and everything it loads from its own folder (locale strings, telemetry, host scripts) come from node_modules
      if (u.startsWith(HOSTED)) {
        const rel = decodeURIComponent(new URL(u).pathname.slice(new URL(HOSTED).pathname.length));
        const file = join(officeDist, rel);
        if (file.startsWith(officeDist) && existsSync(file)) {
          servedLocally.push(rel);
          return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', path: file });
        }
      }
      // Office.js's telemetry proxy frame: an empty page from here, never the real service
      if (u.startsWith('https://telemetryservice.firstpartyapps.oaspapps.com/')) {
        servedLocally.push(u);
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>telemetry stand-in</title>' });
      }
      if (u.startsWith(url)) return route.continue();
      network.push(u);
      return route.abort();
    });
    await page.goto(`${url}/taskpane.html`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('Office.onReady resolves with no host, and the pane mounts', async () => {
    const info = await page.evaluate(() => Promise.race([(window as unknown as { Office: { onReady(): Promise<{ host: unknown }> } }).Office.onReady().then((i) => ({ host: i.host ?? null })), new Promise((_, no) => setTimeout(() => no(new Error('onReady did not resolve')), 20_000))]));
    expect(info).toEqual({ host: null });
    await page.waitForSelector('#template', { timeout: 20_000 });
    expect(servedLocally).toContain('office.js');
  });

  it("Excel on the web's host script loads too (it sets inline styles: office-js issue 1687)", async () => {
    // Office.js adds this script when it runs in Excel on the web; here it is loaded the same way, from the same folder
    await page.evaluate(
      (src) =>
        new Promise<void>((ok, no) => {
          const s = document.createElement('script');
          s.src = src;
          s.onload = () => ok();
          s.onerror = () => no(new Error(`could not load ${src}`));
          document.head.append(s);
        }),
      `${HOSTED}excel-web-16.00.js`,
    );
    await page.waitForTimeout(500);
    expect(servedLocally).toContain('excel-web-16.00.js');
  });

  it('inline styles, as excel-web-16.00.js sets them inside Excel on the web (office-js issue 1687), are allowed', async () => {
    // with no host the notification panels that issue reports are never drawn; this draws one the same way
    const applied = await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML = '<div id="dk-inline" style="width: 123px">notice</div>';
      document.body.append(box);
      const w = getComputedStyle(document.getElementById('dk-inline')!).width;
      box.remove();
      return w;
    });
    expect(applied).toBe('123px');
  });

  it('no Content-Security-Policy violations', async () => {
    const inPage = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect(inPage).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('nothing was fetched from the network', () => {
    expect(network).toEqual([]);
  });
});
