// A function is one file: a renamed copy of a function's file, and nothing else, reaches every generated surface.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { associateSource } from '../../tools/gen/associate.mjs';
import { appsScriptStubs } from '../../tools/gen/appsscriptStubs.mjs';
import { functionsJson } from '../../tools/gen/functionsJson.mjs';
import { functionsDoc, readmeFunctionTable } from '../../tools/gen/functionsDoc.mjs';
import * as exampleText from '../../core/functions/exampleText';
import { writeRegistrySources } from '../../tools/gen/registry.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'dk-one-file-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Bundle a file of the temporary tree and evaluate it. */
async function bundle(entry: string, format: 'esm' | 'iife') {
  const out = await build({ entryPoints: [join(tmp, entry)], bundle: true, format, platform: 'neutral', write: false, logLevel: 'silent', target: 'es2020' });
  return out.outputFiles[0].text;
}

describe('adding a function is adding its file', () => {
  it('a renamed copy of safetystock.ts appears in the registry, the core bundle, functions.json (en, zh), the Excel script, the Apps Script stubs and the README reference', async () => {
    for (const dir of ['core', 'samples', 'addin/functions', 'appsscript']) cpSync(join(root, dir), join(tmp, dir), { recursive: true });
    const src = readFileSync(join(root, 'core/functions/safetystock.ts'), 'utf8');
    expect(src).toContain("name: 'SAFETYSTOCK',");
    writeFileSync(join(tmp, 'core/functions/safetystockcopy.ts'), src.replace("name: 'SAFETYSTOCK',", "name: 'SAFETYSTOCKCOPY',"));

    const written = await writeRegistrySources(tmp);
    expect(written).toContain('core/functions/registry.generated.ts');
    expect(written).toContain('core/functions/exports.generated.ts');

    // the core bundle: a named export, found by findFunction, and the same answers as the original
    const core = await bundle('core/index.ts', 'esm');
    const mod = await import('data:text/javascript;base64,' + Buffer.from(core).toString('base64'));
    expect(mod.SAFETYSTOCKCOPY(100, 200, 60)).toBe(360);
    expect(mod.findFunction('SAFETYSTOCKCOPY').name).toBe('SAFETYSTOCKCOPY');
    // listed beside its original (same declared order, then by name)
    expect(mod.findFunction('SAFETYSTOCKCOPY').order).toBe(mod.findFunction('SAFETYSTOCK').order);
    expect(mod.registry.map((d: { name: string }) => d.name)).toContain('SAFETYSTOCKCOPY');

    // functions.json in both languages, the Apps Script stubs and the README reference, from that registry
    for (const lang of ['en-US', 'zh-CN']) expect(functionsJson(mod.registry, lang).functions.map((f: { id: string }) => f.id)).toContain('SAFETYSTOCKCOPY');
    expect(appsScriptStubs(mod.registry, null)).toMatch(/\nfunction SAFETYSTOCKCOPY\(last_stock, last_order, current_stock, factor\) \{\n  return DealerKit\.sheetsFunctions\.SAFETYSTOCKCOPY\(/);
    expect(functionsDoc(mod.registry, exampleText)).toContain('## SAFETYSTOCKCOPY(last_stock, last_order, current_stock, [factor])');
    expect(readmeFunctionTable(mod.registry)).toContain('SAFETYSTOCKCOPY(last_stock, last_order, current_stock, [factor])');

    // the Excel functions script associates it (after its associate table is regenerated)
    writeFileSync(join(tmp, 'addin/functions/associate.generated.ts'), associateSource(mod.registry));
    const ids: string[] = [];
    const script = await bundle('addin/functions/entry.ts', 'iife');
    vm.runInContext(script, vm.createContext({ CustomFunctions: { Error: class {}, ErrorCode: {}, associate: (id: string) => ids.push(id) } }));
    expect(ids).toContain('SAFETYSTOCKCOPY');

    // the Apps Script bundle's functions by name
    writeFileSync(join(tmp, 'appsscript/entry.ts'), "export { sheetsFunctions } from './functions';");
    const gs = await build({ entryPoints: [join(tmp, 'appsscript/entry.ts')], bundle: true, format: 'iife', globalName: 'DealerKit', platform: 'neutral', write: false, logLevel: 'silent', target: 'es2020' });
    const ctx = vm.createContext({});
    vm.runInContext(gs.outputFiles[0].text + ';this.DK = DealerKit;', ctx);
    expect((ctx as { DK: { sheetsFunctions: Record<string, (...a: unknown[]) => unknown> } }).DK.sheetsFunctions.SAFETYSTOCKCOPY(100, 200, 60)).toBe(360);
  }, 60_000);

  it('two files defining one name are refused loudly', async () => {
    const dup = mkdtempSync(join(tmpdir(), 'dk-dup-'));
    try {
      cpSync(join(root, 'core'), join(dup, 'core'), { recursive: true });
      cpSync(join(root, 'core/functions/tier.ts'), join(dup, 'core/functions/tier2.ts'));
      await expect(writeRegistrySources(dup)).rejects.toThrow(/tier\.ts and tier2?\.ts both define TIER|both define TIER/);
    } finally {
      rmSync(dup, { recursive: true, force: true });
    }
  }, 60_000);
});
