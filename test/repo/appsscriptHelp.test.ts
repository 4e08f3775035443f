// The Apps Script file leaves the function help and the report engine out (the sidebar holds them); the transform drops only help-only properties.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { templates } from '../../core/templates/index';
import { STUBS_HEADER } from '../../tools/gen/appsscriptStubs.mjs';
import { withoutHelpTexts } from '../../tools/gen/helpTextsOut.mjs';

const dist = new URL('../../dist/appsscript/', import.meta.url);

describe('function help and templates in Sheets', () => {
  const gs = readFileSync(new URL('DealerKit.js', dist), 'utf8');
  const bundle = gs.slice(0, gs.indexOf(STUBS_HEADER));
  const sidebar = readFileSync(new URL('sidebar.html', dist), 'utf8');

  it('the server bundle has no description, example note or portable-form doc of any function', () => {
    for (const d of registry) {
      expect(bundle).not.toContain(d.description['zh-CN']);
      // (parameter help written through a helper's arguments, as in DEALERSCORE, stays as dead strings)
      for (const e of d.examples.filter((x) => x.note)) expect(bundle).not.toContain(e.note!['en-US']);
      if (d.portable) expect(bundle).not.toContain(d.portable.doc['en-US']);
    }
    // but it keeps what the functions need: parameter labels for messages
    expect(bundle).toContain(registry[0].params[0].label['zh-CN']);
  });

  it('the server bundle holds no template: the sidebar renders reports, the server reads and writes cells', () => {
    for (const t of templates) expect(bundle, t.id).not.toContain(`"${t.id}"`);
    for (const t of templates) expect(sidebar, t.id).toContain(`"${t.id}"`);
  });

  it('the sidebar holds the help of every function in both languages', () => {
    // esbuild keeps string literals whole (charset utf8): a description's opening words are in the page as written
    for (const d of registry) {
      expect(sidebar, d.name).toContain(d.description['zh-CN'].slice(0, 10));
      expect(sidebar, d.name).toContain(d.description['en-US'].slice(0, 16));
    }
  });

  it('the transform drops only help-only properties and keeps the code', () => {
    const src = "import type { X } from './x';\nexport const D = { name: 'F', description: { en: 'long' }, params: [{ name: 'a', help: 'h', label: 'L' }], run: (a: number) => a * 2, portable: { doc: 'd', formula: () => 'A1' }, examples: [1] };";
    const js = withoutHelpTexts(src, 'f.ts');
    expect(js).not.toMatch(/description|help|examples|doc:/);
    expect(js).toMatch(/label: 'L'/);
    expect(js).toMatch(/run: \(a\) => a \* 2/);
    expect(js).toMatch(/formula: \(\) => 'A1'/);
    expect(js).not.toMatch(/import/);
  });
});
