// Core knows no host: nothing under core/ names Excel, Office, SpreadsheetApp, the DOM, or imports a Node module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreDir = fileURLToPath(new URL('../../core/', import.meta.url));
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN = ['Excel', 'Office', 'CustomFunctions', 'SpreadsheetApp', 'HtmlService', 'document', 'window', 'globalThis', 'process', 'require'];

/** Code without comments and string literals: names in messages or docs are fine, references are not. */
function codeOnly(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/.*$/gm, ' ')
    .replace(/`(?:\\.|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""');
}

describe('core/ is host-free', () => {
  const all = files(coreDir);
  it('has files to check', () => expect(all.length).toBeGreaterThan(10));
  it.each(all.map((f) => [f.slice(coreDir.length), f]))('%s', (_rel, file) => {
    const src = readFileSync(file, 'utf8');
    const code = codeOnly(src);
    for (const name of FORBIDDEN) {
      expect(code, `${name} referenced`).not.toMatch(new RegExp(`(?<![\\w.$'"])${name}(?![\\w$])`));
    }
    const imports = [...src.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm), ...src.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm), ...src.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g)];
    for (const m of imports) {
      expect(m[1], `import of ${m[1]}`).toMatch(/^\.\.?\//);
    }
  });
  it('the check catches a host reference', () => {
    const bad = codeOnly("const r = Excel.run(x); // Office\nconst s = 'SpreadsheetApp';");
    expect(bad).toMatch(/(?<![\w.$'"])Excel(?![\w$])/);
    expect(bad).not.toMatch(/(?<![\w.$'"])SpreadsheetApp(?![\w$])/);
  });
});
