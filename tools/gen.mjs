// `npm run gen`: regenerates the committed generated sources (the registry from core/functions/, the Excel associate table, the README reference).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { associateSource } from './gen/associate.mjs';
import { readmeReference, spliceReference } from './gen/readmeReference.mjs';
import { manifestXml } from './gen/manifest.mjs';
import { registrySources, writeRegistrySources } from './gen/registry.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function loadRegistry() {
  const out = await build({ entryPoints: [join(root, 'core/functions/index.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning' });
  const url = 'data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64');
  return (await import(url)).registry;
}

export async function generated() {
  const registry = await loadRegistry();
  const readmePath = join(root, 'README.md');
  return {
    ...(await registrySources(root)),
    'addin/functions/associate.generated.ts': associateSource(registry),
    'README.md': spliceReference(readFileSync(readmePath, 'utf8'), readmeReference(registry)),
    // the committed manifest is the default-URL build (sideloading against localhost)
    'manifest.xml': manifestXml(),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // the registry first: everything else is generated from it
  for (const rel of await writeRegistrySources(root)) console.log(`wrote ${rel}`);
  for (const [rel, text] of Object.entries(await generated())) {
    writeFileSync(join(root, rel), text);
    console.log(`wrote ${rel}`);
  }
}
