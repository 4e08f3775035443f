// dist/wps/: goldens pin ribbon.xml, the functions metadata (zh-CN, en-US) and the publish templates; the pieces fit together, the offline package too.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { jspluginsXml, publishXml } from '../../tools/gen/wpsFiles.mjs';
import { sevenZip, WPS_PACKAGE_FILES, wpsPackageFolder, wpsPackageName } from '../../tools/gen/wpsPackage.mjs';
import { expectGolden as compareGolden } from '../helpers/golden';

const dist = new URL('../../dist/wps/', import.meta.url);
const golden = new URL('../golden/wps/', import.meta.url);
const read = (rel: string) => readFileSync(new URL(rel, dist), 'utf8');

/** Compare with test/golden/wps/<name> (`npm run gen` rewrites it). */
const expectGolden = (name: string, text: string) => compareGolden(new URL(name, golden), text);

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
    expect(jspluginsXml('https://x.example/dk', '1.2.3')).toContain('<jsplugin name="DealerKit" type="et" url="https://x.example/dk/DealerKit.7z" version="1.2.3"/>');
  });

  it('the offline package: DealerKit.7z holds exactly the add-in files in DealerKit_<version>/, byte for byte, and jsplugins.xml names it with that version', () => {
    const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;
    const archive = fileURLToPath(new URL(wpsPackageName(), dist));
    // -slt: one "Path = …" line per entry; 7za's own integrity test (t) checks every CRC
    const listing = execFileSync(sevenZip(), ['l', '-slt', '-ba', archive], { encoding: 'utf8' });
    const paths = [...listing.matchAll(/^Path = (.+)$/gm)].map((m) => m[1].replace(/\\/g, '/'));
    const folder = wpsPackageFolder(version);
    expect(paths.sort()).toEqual([folder, ...WPS_PACKAGE_FILES.map((f) => `${folder}/${f}`)].sort());
    // the 7z signature (7-Zip's 7zFormat.txt: '7', 'z', BC, AF, 27, 1C), not a zip renamed
    expect([...readFileSync(archive).subarray(0, 6)]).toEqual([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);
    execFileSync(sevenZip(), ['t', archive], { stdio: 'ignore' });
    for (const f of ['ribbon.xml', 'index.html', 'functions.js']) {
      const inside = execFileSync(sevenZip(), ['x', '-so', archive, `${folder}/${f}`]);
      expect(inside.equals(readFileSync(new URL(f, dist))), f).toBe(true);
    }
    expect(read('jsplugins.xml')).toContain(`url="http://127.0.0.1:3889/${wpsPackageName()}" version="${version}"`);
  });

  it('the start page loads the functions before the ribbon callbacks', () => {
    const html = read('index.html');
    expect(html.indexOf('functions.js')).toBeGreaterThan(0);
    expect(html.indexOf('functions.js')).toBeLessThan(html.indexOf('ribbon.js'));
  });
});
