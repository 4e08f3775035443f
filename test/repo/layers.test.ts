// Layers point one way: values/i18n/functions ← plan ← templates ← renderTemplate; the plan imports no template module, core nothing outside core/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const core = join(root, 'core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : name.endsWith('.ts') ? [p] : [];
  });
}

/** The core modules a file imports (type imports too: a type cycle is still a cycle of layers), relative to core/. */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const specs = [...src.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
  return specs.filter((s) => s.startsWith('.')).map((s) => relative(core, resolve(dirname(file), s)));
}

/** Which layer a core module is in: its folder, or the file itself at the top of core/. */
const layerOf = (mod: string) => (mod.includes('/') ? mod.split('/')[0] : mod.replace(/\.ts$/, ''));

/** What each layer may import besides itself. */
const MAY_IMPORT: Record<string, string[]> = {
  values: ['i18n'],
  i18n: [],
  functions: ['values', 'i18n'],
  plan: ['values', 'i18n', 'functions'],
  // the bundled sample's shared names and seeded random numbers, for each template's sample()
  samples: [],
  templates: ['plan', 'values', 'i18n', 'functions', 'samples'],
  renderTemplate: ['plan', 'templates', 'i18n'],
  index: ['functions', 'values', 'i18n', 'plan', 'templates', 'renderTemplate'],
  // the one fill flow (read → render → write) over a host adapter, above the renderer
  fill: ['plan', 'i18n', 'renderTemplate'],
  // the applier skeleton and the mappings the appliers share; sync-or-async steps and FillError from fill/
  apply: ['fill', 'plan', 'i18n'],
};

describe('core layers', () => {
  it('every import in core/ goes down a layer (the plan never imports a template)', () => {
    const wrong: string[] = [];
    for (const file of tsFiles(core)) {
      const from = layerOf(relative(core, file));
      const allowed = MAY_IMPORT[from];
      if (!allowed) {
        wrong.push(`${relative(root, file)}: a new layer "${from}": say what it may import in MAY_IMPORT`);
        continue;
      }
      for (const mod of importsOf(file)) {
        const to = layerOf(mod);
        if (mod.startsWith('..')) {
          wrong.push(`${relative(root, file)} imports ${mod}, outside core/`);
          continue;
        }
        if (to !== from && !allowed.includes(to)) wrong.push(`${relative(root, file)} imports ${mod} (${from} → ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads the imports it checks', () => {
    expect(importsOf(join(core, 'plan/render.ts'))).toContain('plan/templateSpec');
    expect(importsOf(join(core, 'renderTemplate.ts'))).toContain('templates/index');
  });
});
