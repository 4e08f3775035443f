// manifest.xml validates offline against the Office XSDs, every resid is defined, it is the generated default, least privilege.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestXml } from '../../tools/gen/manifest.mjs';
import { missingFiles, residProblems, xsdValidate } from '../../tools/manifest-check.mjs';

const root = new URL('../../', import.meta.url);
const xml = readFileSync(new URL('manifest.xml', root), 'utf8');

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const xmllint = hasXmllint();
if (!xmllint && (process.env.CI || process.env.DEALERKIT_REQUIRE_BROWSER)) throw new Error('xmllint is required in CI (apt-get install -y libxml2-utils)');

describe('manifest.xml', () => {
  it.skipIf(!xmllint)('validates against the Office add-in XSD, offline', () => {
    const r = xsdValidate(new URL('manifest.xml', root).pathname);
    expect(r.output).toBe('');
    expect(r.ok).toBe(true);
  });

  it.skipIf(!xmllint)('the validator rejects a broken manifest (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-manifest-'));
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    expect(xsdValidate(bad).ok).toBe(false);
  });

  it('defines every resid it uses, once', () => {
    const r = residProblems(xml);
    expect(r.undefined).toEqual([]);
    expect(r.duplicates).toEqual([]);
    expect(residProblems(xml.replace('<bt:Url id="Taskpane.Url"', '<bt:Url id="Other.Url"')).undefined).toContain('Taskpane.Url');
  });

  it('is the generated default-URL manifest', () => {
    expect(xml).toBe(manifestXml());
  });

  it('uses a shared runtime: Runtimes first in the Workbook host, one resid for runtime, functions page, FunctionFile and pane', () => {
    const host = xml.slice(xml.indexOf('<Host xsi:type="Workbook">'));
    expect(host.replace(/\s+/g, ' ')).toMatch(/^<Host xsi:type="Workbook"> <Runtimes> <Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(host).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(host).toContain('<FunctionFile resid="Taskpane.Url"/>');
    expect(host).toMatch(/ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(xml).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>');
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
  });

  it('requirement sets come from addin/requirements.json, the list the pane checks too', () => {
    const sets = (JSON.parse(readFileSync(new URL('addin/requirements.json', root), 'utf8')) as { sets: { name: string; minVersion: string }[] }).sets;
    const declared = [...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => ({ name: m[1], minVersion: m[2] }));
    expect(declared).toEqual(sets.map(({ name, minVersion }) => ({ name, minVersion })));
  });

  it("the built manifest versions the functions' URLs by a hash of the built functions files", () => {
    const built = readFileSync(new URL('dist/addin/manifest.xml', root), 'utf8');
    const id = readFileSync(new URL('dist/addin/build-id.txt', root), 'utf8').trim();
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    for (const f of ['functions.js', 'functions.json', 'functions-zh-CN.json', 'taskpane.html']) expect(built).toContain(`/${f}?v=${id}"`);
    const page = readFileSync(new URL('dist/addin/taskpane.html', root), 'utf8');
    expect(page).toContain(`src="functions.js?v=${id}"`);
    // a different build id gives different URLs (what makes Excel fetch the new metadata)
    expect(manifestXml(undefined, 'other')).not.toBe(manifestXml(undefined, id));
  });

  it('declares the DK namespace, the zh-CN metadata override and zh-CN strings', () => {
    expect(xml).toContain('<bt:String id="Functions.Namespace" DefaultValue="DK"/>');
    expect(xml).toMatch(/functions\.json\?v=dev">\s*<bt:Override Locale="zh-CN" Value="[^"]+functions-zh-CN\.json\?v=dev"\/>/);
    expect((xml.match(/Locale="zh-CN"/g) ?? []).length).toBeGreaterThanOrEqual(8);
  });

  it('asks for ReadWriteDocument only (least privilege)', () => {
    expect([...xml.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual(['ReadWriteDocument']);
  });

  it('every URL it names exists in dist/addin after the build', () => {
    expect(missingFiles(xml, new URL('dist/addin/', root).pathname)).toEqual([]);
    expect(missingFiles(xml.replace('functions.js?v=', 'functions-old.js?v='), new URL('dist/addin/', root).pathname)).toEqual(['functions-old.js']);
  });

  it('moves every URL to another base URL', () => {
    const other = manifestXml('https://addins.example.test/dk/');
    expect(other).not.toContain('localhost');
    expect(other).toContain('https://addins.example.test/dk/taskpane.html');
  });
});

describe('appsscript.json', () => {
  it('has exactly the two least-privilege scopes and V8', () => {
    const m = JSON.parse(readFileSync(new URL('appsscript/appsscript.json', root), 'utf8'));
    expect(m.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
    expect(m.runtimeVersion).toBe('V8');
    const built = JSON.parse(readFileSync(new URL('dist/appsscript/appsscript.json', root), 'utf8'));
    expect(built).toEqual(m);
  });
  it('.clasp.json pushes the built folder', () => {
    expect(JSON.parse(readFileSync(new URL('.clasp.json', root), 'utf8')).rootDir).toBe('dist/appsscript');
  });
});
