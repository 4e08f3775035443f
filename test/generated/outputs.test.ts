// Generated surfaces agree with the registry exactly; goldens pin functions.json (en, zh) and the Apps Script stubs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { generated } from '../../tools/gen.mjs';
import { STUBS_HEADER } from '../../tools/gen/appsscriptStubs.mjs';
import { expectGolden } from '../helpers/golden';

const dist = new URL('../../dist/', import.meta.url);
const golden = new URL('../golden/', import.meta.url);
const readJson = (rel: string) => JSON.parse(readFileSync(new URL(rel, dist), 'utf8'));

/** Compare with a golden file (`npm run gen` rewrites them; a missing one fails in CI). */
const expectGoldenFile = (name: string, text: string) => expectGolden(new URL(name, golden), text);

interface FnJson {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; optional: boolean; type: string; dimensionality: string }[];
}

describe('functions.json', () => {
  const en = readJson('addin/functions.json');
  const zh = readJson('addin/functions-zh-CN.json');

  it('lets error cells reach the functions', () => {
    expect(en.allowErrorForDataTypeAny).toBe(true);
    expect(zh.allowErrorForDataTypeAny).toBe(true);
  });

  it('lists exactly the registry: ids, names, parameter names, order and optional flags', () => {
    expect(en.functions.map((f: FnJson) => f.id)).toEqual(registry.map((d) => d.name));
    for (const d of registry) {
      const f: FnJson = en.functions.find((x: FnJson) => x.id === d.name);
      expect(f.name).toBe(d.name);
      expect(f.id).toMatch(/^[A-Za-z0-9_.]+$/);
      expect(f.parameters.map((p) => p.name)).toEqual(d.params.map((p) => p.name));
      expect(f.parameters.map((p) => p.optional)).toEqual(d.params.map((p) => !!p.optional));
      // ranges are `any` matrices
      d.params.forEach((p, i) => {
        expect(f.parameters[i].type).toBe('any');
        if (p.kind !== 'setting') expect(f.parameters[i].dimensionality).toBe('matrix');
      });
    }
  });

  it('the zh-CN file has the same ids and names, and translates every text', () => {
    expect(zh.functions.map((f: FnJson) => [f.id, f.name])).toEqual(en.functions.map((f: FnJson) => [f.id, f.name]));
    zh.functions.forEach((f: FnJson, i: number) => {
      const e: FnJson = en.functions[i];
      expect(f.description).not.toBe(e.description);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      f.parameters.forEach((p, j) => {
        expect(p.name).toBe(e.parameters[j].name);
        expect(p.description).toMatch(/[\u4e00-\u9fff]/);
        expect(p.description).not.toBe(e.parameters[j].description);
      });
    });
  });

  it('matches the goldens', () => {
    expectGoldenFile('functions.json', JSON.stringify(en, null, 2) + '\n');
    expectGoldenFile('functions-zh-CN.json', JSON.stringify(zh, null, 2) + '\n');
  });
});

describe('Apps Script stubs', () => {
  it('match the golden', () => {
    const src = readFileSync(new URL('appsscript/DealerKit.js', dist), 'utf8');
    const stubs = src.slice(src.indexOf(STUBS_HEADER));
    // only the custom-function part is pinned here; server stubs belong to the server API's tests
    const custom = stubs.split(/\n\n(?=\/\*\* DealerKit server function)/)[0];
    expectGoldenFile('appsscript-stubs.js', custom.trimEnd() + '\n');
  });
});

describe('committed generated sources are up to date (run `npm run gen`)', () => {
  const all = generated();
  it.each(['core/functions/registry.generated.ts', 'core/functions/exports.generated.ts', 'core/templates/all.generated.ts', 'samples/index.ts', 'addin/functions/associate.generated.ts', 'docs/functions.md', 'README.md', 'manifest.xml'])('%s', async (rel) => {
    const want = ((await all) as Record<string, string>)[rel];
    expect(readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8')).toBe(want);
  });
  it('the associate table names every registry id', () => {
    const src = readFileSync(new URL('../../addin/functions/associate.generated.ts', import.meta.url), 'utf8');
    const ids = [...src.matchAll(/cf\.associate\('(\w+)'/g)].map((m) => m[1]);
    expect(ids).toEqual(registry.map((d) => d.name));
  });
});
