// Every example of functions.md, from the registry, run against the core; and the registry's examples match the spec's tables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { SheetError } from '../../core/values/errors';
import { expectResult } from '../helpers/expect';

const rows = registry.flatMap((def) => def.examples.map((ex, i) => ({ name: def.name, i, def, ex })));

describe('functions.md examples against the core', () => {
  it.each(rows)('$name example $i', ({ def, ex }) => {
    const result = def.run(ex.args);
    expectResult(result, ex.result);
    // every error carries a message in both languages
    const cells = Array.isArray(result) ? result.flat() : [result];
    for (const c of cells) {
      if (c instanceof SheetError) {
        expect(c.messages['zh-CN'].length).toBeGreaterThan(0);
        expect(c.messages['en-US'].length).toBeGreaterThan(0);
      }
    }
  });
});

describe('the registry carries every example table of the spec', () => {
  const spec = readFileSync(new URL('../../../shared/spec/functions.md', import.meta.url), 'utf8');
  // each function section: "## NAME(" … its table rows ("| …" lines after the header and separator)
  const sections = spec.split(/^## /m).slice(1);
  const counts = new Map<string, number>();
  for (const s of sections) {
    const m = /^([A-Z]+)\(/.exec(s);
    if (!m) continue;
    const tableLines = s.split('\n').filter((l) => l.startsWith('|'));
    // the last table of the section is the examples table (QUADRANT has a strategy table before it)
    const tables: string[][] = [];
    let current: string[] = [];
    for (const line of s.split('\n')) {
      if (line.startsWith('|')) current.push(line);
      else if (current.length) {
        tables.push(current);
        current = [];
      }
    }
    if (current.length) tables.push(current);
    const examples = tables[tables.length - 1];
    counts.set(m[1], examples.length - 2);
    expect(tableLines.length).toBeGreaterThan(0);
  }
  it.each(registry.map((d) => d.name))('%s has as many examples as its spec table', (name) => {
    const def = registry.find((d) => d.name === name)!;
    expect(counts.get(name)).toBe(def.examples.length);
  });
  it('the spec names exactly the registry functions', () => {
    expect([...counts.keys()].sort()).toEqual(registry.map((d) => d.name).sort());
  });
});
