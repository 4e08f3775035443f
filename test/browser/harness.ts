// Browser test harness: Debian's Chromium via playwright-core (fail, not skip, when CI requires it), a static server, bundled fakes.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { assertWireSafe } from '../helpers/sheetsWire';

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.DEALERKIT_REQUIRE_BROWSER) {
  throw new Error(`Browser tests are required (DEALERKIT_REQUIRE_BROWSER) but ${CHROMIUM} is missing: apt-get install -y chromium`);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };

/** Serve a folder on 127.0.0.1 (a random port). */
export async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  return { url: `http://127.0.0.1:${addr.port}`, server };
}

/** A test module bundled as a browser script that puts its exports on window[name]. */
export async function browserBundle(entry: string, name: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: name, target: 'es2020', write: false, logLevel: 'warning' });
  return out.outputFiles[0].text;
}

export const XSS_HEADER = '经销商<img src=x onerror="window.__xss=1">';
export const XSS_CELL = '<script>window.__xss=2</script><img src=x onerror="window.__xss=3">';

/**
 * Bridge google.script.run in the page to server functions in Node (the vm-loaded Apps Script file):
 * every call and result crosses as JSON, as the real bridge allows.
 */
export async function bridgeGoogleScriptRun(page: Page, server: Record<string, unknown>): Promise<void> {
  await page.exposeFunction('__gas', (name: string, argsJson: string) => {
    try {
      const value = (server[name] as (...a: unknown[]) => unknown)(...JSON.parse(argsJson)) ?? null;
      // a Date (or anything else google.script.run cannot return) fails here, as it would come back null there
      assertWireSafe(value, `${name}(result)`);
      return JSON.stringify({ ok: true, value });
    } catch (e) {
      return JSON.stringify({ ok: false, message: (e as Error).message });
    }
  });
  await page.addInitScript(() => {
    const make = (ok?: (v: unknown) => void, fail?: (e: Error) => void): unknown =>
      new Proxy(
        {},
        {
          get(_t, prop: string) {
            if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => make(f, fail);
            if (prop === 'withFailureHandler') return (f: (e: Error) => void) => make(ok, f);
            return (...args: unknown[]) =>
              void (window as unknown as { __gas(n: string, a: string): Promise<string> }).__gas(prop, JSON.stringify(args)).then((r) => {
                const res = JSON.parse(r);
                if (res.ok) ok?.(res.value);
                else fail?.(new Error(res.message));
              });
          },
        },
      );
    (window as unknown as { google: unknown }).google = { script: { run: make() } };
  });
}

/** Serve the built sidebar, open it in Chromium with google.script.run bridged to `server`, collect stray events. */
export async function openSidebar(server: Record<string, unknown>): Promise<{ browser: Browser; http: Server; page: Page; events: string[] }> {
  const dist = new URL('../../dist/appsscript/', import.meta.url).pathname;
  const { server: http, url } = await serve(dist);
  const browser = await launch();
  const page = await browser.newPage();
  const events: string[] = [];
  page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    events.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  // nothing but the page itself may load
  await page.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : (events.push(route.request().url()), route.abort())));
  await bridgeGoogleScriptRun(page, server);
  await page.goto(`${url}/sidebar.html`);
  await page.waitForSelector('#template', { timeout: 15_000 }).catch((e) => {
    throw new Error(`${e.message}\n${events.join('\n')}`);
  });
  return { browser, http, page, events };
}

/**
 * Open `file` of the pane served at `url` in a new page, with the page's own errors, console errors, dialogs and every
 * request outside the page (aborted) collected in `external`. `init` runs before the page's scripts; a request to a
 * URL starting with a key of `stubs` is answered with that script (Office.js from a local stub).
 */
export async function newPanePage(browser: Browser, url: string, file: string, external: string[], opts: { init?: string; stubs?: Record<string, string> } = {}): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => external.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && external.push(`console: ${m.text()}`));
  page.on('dialog', (d) => {
    external.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    const u = route.request().url();
    const stub = Object.entries(opts.stubs ?? {}).find(([prefix]) => u.startsWith(prefix));
    if (stub) return route.fulfill({ status: 200, contentType: 'text/javascript', body: stub[1] });
    if (!u.startsWith(url)) {
      external.push(u);
      return route.abort();
    }
    return route.continue();
  });
  if (opts.init) await page.addInitScript({ content: opts.init });
  await page.goto(`${url}/${file}`);
  await page.waitForSelector('#template', { timeout: 15_000 }).catch((e) => {
    throw new Error(`${e.message}\n${external.join('\n')}`);
  });
  return page;
}

/** Serve a built pane folder, launch Chromium and open `file` in it (see newPanePage). */
export async function openPane(dist: string, file: string, opts: { init?: string; stubs?: Record<string, string> } = {}): Promise<{ browser: Browser; server: Server; url: string; page: Page; external: string[] }> {
  const { server, url } = await serve(dist);
  const browser = await launch();
  const external: string[] = [];
  const page = await newPanePage(browser, url, file, external, opts);
  return { browser, server, url, page, external };
}
