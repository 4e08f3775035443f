// A template is one file: a renamed copy of a template file in a copy of core/ is collected, listed, sampled and rendered.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { templateFiles, templateIndexes } from '../../tools/gen/templateIndex.mjs';
import { readmeTemplateTable } from '../../tools/gen/templateTable.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

function copyOfSources(): string {
  const tmp = mkdtempSync(join(tmpdir(), 'dk-onefile-'));
  cpSync(join(root, 'core'), join(tmp, 'core'), { recursive: true });
  cpSync(join(root, 'samples'), join(tmp, 'samples'), { recursive: true });
  return tmp;
}

async function load(tmp: string) {
  for (const [rel, text] of Object.entries(templateIndexes(tmp))) writeFileSync(join(tmp, rel), text);
  const contents = [
    "export { templates, listTemplates } from './core/templates/index';",
    "export { renderTemplate } from './core/renderTemplate';",
    "export { sampleTables } from './samples/index';",
  ].join('\n');
  const outfile = join(tmp, 'bundle.mjs');
  await build({ stdin: { contents, resolveDir: tmp, sourcefile: 'entry.ts', loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}

describe('one-file templates', () => {
  it('a renamed copy of a template file is collected with its sample, listed after the others and rendered', async () => {
    const tmp = copyOfSources();
    const src = readFileSync(join(tmp, 'core/templates/visitorLog.ts'), 'utf8');
    const copy = src.replace("id: 'visitor-log'", "id: 'visitor-log-copy'").replace(/export const visitorLog: TemplateSpec/, 'export const visitorLogCopy: TemplateSpec').replace(/  order: \d+,\n/, '');
    expect(copy).not.toBe(src);
    writeFileSync(join(tmp, 'core/templates/visitorLogCopy.ts'), copy);
    const m = await load(tmp);
    const ids = m.templates.map((t: { id: string }) => t.id);
    expect(ids.at(-1)).toBe('visitor-log-copy');
    expect(m.listTemplates('en-US').map((t: { id: string }) => t.id)).toEqual(ids);
    const tables = m.sampleTables();
    expect(Object.keys(tables).sort()).toEqual([...ids].sort());
    const r = m.renderTemplate('visitor-log-copy', tables['visitor-log-copy'], { now: new Date(Date.UTC(2026, 10, 24)), timeZone: 'UTC' });
    expect(r.ok).toBe(true);
    expect(r.plan.dataRows).toBeGreaterThan(0);
    expect(readmeTemplateTable(m.templates)).toContain('| `visitor-log-copy` |');
  }, 30_000);

  it('a template file without its sample, or with two templates, fails the collection loudly', () => {
    const tmp = copyOfSources();
    const src = readFileSync(join(tmp, 'core/templates/visitorLog.ts'), 'utf8');
    writeFileSync(join(tmp, 'core/templates/noSample.ts'), src.replace(/export function sample\(\)/, 'function notExported()').replace('visitorLog:', 'noSample:'));
    expect(() => templateFiles(tmp)).toThrow(/noSample\.ts: add its sample data/);
  });

  it('the repository collects every file that declares a template', () => {
    const files = templateFiles(root).map((f: { file: string }) => f.file);
    expect(files).toContain('stockOrder');
    expect(files).not.toContain('fields');
  });
});

describe('the collected templates', () => {
  it('have unique ids', async () => {
    const { templates } = await import('../../core/templates/index');
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
