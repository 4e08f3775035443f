// dist/wps/: goldens pin ribbon.xml, the functions metadata (zh-CN, en-US) and the publish templates; the pieces fit together.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { jspluginsXml, publishXml } from '../../tools/gen/wpsFiles.mjs';
import { expectGolden as expectGoldenFile } from '../helpers/golden';

const dist = new URL('../../dist/wps/', import.meta.url);
const golden = new URL('../golden/wps/', import.meta.url);
const read = (rel: string) => readFileSync(new URL(rel, dist), 'utf8');

/** Compare with its golden (the shared helper: `npm run gen` refreshes it, a missing one fails in CI). */
const expectGolden = (name: string, text: string) => expectGoldenFile(new URL(name, golden), text);

describe('dist/wps', () => {
  it.each(['ribbon.xml', 'functions.zh-CN.json', 'functions.en-US.json', 'index.html', 'taskpane.html'])('%s matches its golden', (f) => {
    expectGolden(f, read(f));
  });

  it('publish.xml and jsplugins.xml for the default base URL match their goldens', () => {
    expectGolden('publish.xml', publishXml('http://127.0.0.1:3889/'));
    expectGolden('jsplugins.xml', jspluginsXml('http://127.0.0.1:3889/', '0.1.0'));
  });

  it('ribbon.xml starts with <customUI (what wpsjs tells deployers to check) and every callback it names is defined by ribbon.js', () => {
    const xml = read('ribbon.xml');
    expect(xml.startsWith('<customUI')).toBe(true);
    const names = new Set([...xml.matchAll(/(?:onLoad|getLabel|onAction)="([^"]+)"/g)].map((m) => m[1]));
    expect([...names].sort()).toEqual(['OnAction', 'OnAddinLoad', 'OnGetLabel']);
    const ctx = vm.createContext({ wps: { PluginStorage: { getItem: () => '', setItem() {} } }, location: { href: 'http://127.0.0.1:3889/index.html' }, URL });
    vm.runInContext(read('ribbon.js'), ctx);
    for (const n of names) expect(typeof (ctx as Record<string, unknown>)[n], n).toBe('function');
  });

  it('the metadata files list exactly the registry, in both languages', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const j = JSON.parse(read(`functions.${lang}.json`));
      expect(j.namespace).toBe('DK');
      expect(j.functions.map((f: { name: string }) => f.name)).toEqual(registry.map((d) => d.name));
      expect(j.functions[0].description).toContain(registry.find((d) => d.name === j.functions[0].name)!.title[lang]);
    }
  });

  it('a deployment base URL reaches the templates, with one trailing slash and XML escaping', () => {
    expect(publishXml('https://x.example/dk?a=1&b=2')).toContain('url="https://x.example/dk?a=1&amp;b=2/"');
    expect(jspluginsXml('https://x.example/dk//', '1.2.3')).toContain('url="https://x.example/dk/"');
    expect(jspluginsXml('https://x.example/dk', '1.2.3')).toContain('DealerKit.7z" version="1.2.3"');
  });

  it('the start page loads the functions before the ribbon callbacks', () => {
    const html = read('index.html');
    expect(html.indexOf('functions.js')).toBeGreaterThan(0);
    expect(html.indexOf('functions.js')).toBeLessThan(html.indexOf('ribbon.js'));
  });
});
