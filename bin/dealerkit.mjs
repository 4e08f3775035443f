#!/usr/bin/env node
// `dealerkit` / `npx dealerkit`: runs the built command line, building it first on a fresh clone.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/cli/dealerkit.mjs');
if (!existsSync(bundle)) {
  const { buildAll } = await import(pathToFileURL(join(root, 'tools/build.mjs')).href);
  await buildAll({ quiet: true });
}
const { run } = await import(pathToFileURL(bundle).href);
process.exitCode = await run(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) });
