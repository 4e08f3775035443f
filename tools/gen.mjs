// `npm run gen`: regenerates every committed generated file — the registry and template indexes, the Excel associate
// table, docs/functions.md, the README's function and template tables, manifest.xml — then builds and refreshes the goldens.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { associateSource } from './gen/associate.mjs';
import { functionsDoc, readmeFunctionTable, splice } from './gen/functionsDoc.mjs';
import { readmeTemplateTable, TEMPLATES_BEGIN, TEMPLATES_END } from './gen/templateTable.mjs';
import { templateIndexes } from './gen/templateIndex.mjs';
import { manifestXml } from './gen/manifest.mjs';
import { registrySources, writeRegistrySources } from './gen/registry.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The registry, the example formatter and the templates, bundled from the sources as they are now. */
export async function loadCore() {
  const contents = [
    "export { registry } from './core/functions/index';",
    "export { exampleFormula, resultText } from './core/functions/exampleText';",
    "export { templates } from './core/templates/index';",
  ].join('\n');
  const out = await build({ stdin: { contents, resolveDir: root, sourcefile: 'gen-entry.ts', loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning' });
  const url = 'data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64');
  return import(url);
}

export async function loadRegistry() {
  return (await loadCore()).registry;
}

/** Every generated source: { relative path: text }. The template indexes come first: the rest is bundled through them. */
export async function generated() {
  const core = await loadCore();
  const readmePath = join(root, 'README.md');
  let readme = splice(readFileSync(readmePath, 'utf8'), readmeFunctionTable(core.registry));
  readme = splice(readme, readmeTemplateTable(core.templates), TEMPLATES_BEGIN, TEMPLATES_END);
  return {
    ...(await registrySources(root)),
    ...templateIndexes(root),
    'addin/functions/associate.generated.ts': associateSource(core.registry),
    'docs/functions.md': functionsDoc(core.registry, core),
    'README.md': readme,
    // the committed manifest is the default-URL build (sideloading against localhost)
    'manifest.xml': manifestXml(),
  };
}

/** The test files that compare goldens (they use test/helpers/golden.ts): `npm run gen` runs them with UPDATE_GOLDEN=1. */
export function goldenTests(dir = join(root, 'test')) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return goldenTests(path);
    return name.endsWith('.test.ts') && /from '(?:\.\.\/)+helpers\/golden'/.test(readFileSync(path, 'utf8')) ? [path.slice(root.length + 1)] : [];
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // the registry and template indexes first, so that what is bundled next sees a new or removed file
  for (const rel of await writeRegistrySources(root)) console.log(`wrote ${rel}`);
  for (const [rel, text] of Object.entries(templateIndexes(root))) writeFileSync(join(root, rel), text);
  for (const [rel, text] of Object.entries(await generated())) {
    writeFileSync(join(root, rel), text);
    console.log(`wrote ${rel}`);
  }
  if (!process.argv.includes('--no-goldens')) {
    // goldens pin the built files and the plans: build, then let the golden tests rewrite them
    execFileSync(process.execPath, [join(root, 'tools/build.mjs'), '--quiet'], { stdio: 'inherit', cwd: root });
    execFileSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...goldenTests()], {
      stdio: 'inherit',
      cwd: root,
      env: { ...process.env, UPDATE_GOLDEN: '1', CI: '' },
    });
    console.log('goldens refreshed: review them with `git diff test/golden`');
  }
}
