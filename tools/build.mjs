// Build: the template index, the core bundle, the Excel functions script + metadata, the Apps Script project, the UI, CLI and WPS.
// Every step and input file is required: a missing one fails the build (nothing is skipped quietly).
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { functionsJson } from './gen/functionsJson.mjs';
import { appsScriptStubs } from './gen/appsscriptStubs.mjs';
import { DEFAULT_BASE_URL, ICON_SIZES, manifestXml } from './gen/manifest.mjs';
import { iconPng } from './gen/icons.mjs';
import { templateIndexes } from './gen/templateIndex.mjs';
import { helpTextsOut } from './gen/helpTextsOut.mjs';
import { writeRegistrySources } from './gen/registry.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
let quiet = process.argv.includes('--quiet');
const log = (...a) => quiet || console.log(...a);

/** An input the build cannot do without: its absence is an error, not a skipped step. */
function required(rel) {
  const path = join(root, rel);
  if (!existsSync(path)) throw new Error(`build: ${rel} is missing`);
  return path;
}

/**
 * Every file the steps read or bundle from (the entries; what they import is esbuild's to find, and it fails
 * on a missing import). Checked before any step runs, so a missing one stops the build naming every missing
 * file, with nothing half-written into dist/.
 */
export const BUILD_INPUTS = [
  'package.json',
  'core/index.ts',
  'core/functions',
  'core/templates',
  'core/functions/help.ts',
  'addin/functions/entry.ts',
  'addin/requirements.json',
  'addin/taskpane/main.ts',
  'appsscript/functions.ts',
  'appsscript/server.ts',
  'appsscript/appsscript.json',
  'appsscript/sidebar/main.ts',
  'ui/styles.css',
  'cli/index.ts',
  'wps/functions/entry.ts',
  'wps/functions/metadata.ts',
  'wps/ribbon/entry.ts',
  'wps/taskpane/main.ts',
  'tools/build-ui.mjs',
  'tools/build-cli.mjs',
  'tools/build-wps.mjs',
];

/** The build inputs missing under `at` (the repository root by default). */
export function missingInputs(at = root) {
  return BUILD_INPUTS.filter((rel) => !existsSync(join(at, rel)));
}

/** The collected template indexes are sources too (tsc and the tests read them): rewrite them when the files changed. */
function writeTemplateIndexes() {
  for (const [rel, text] of Object.entries(templateIndexes(root))) {
    const path = join(root, rel);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    log(`wrote ${rel} (template files changed)`);
  }
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const common = { bundle: true, target: 'es2020', legalComments: 'none', logLevel: 'warning', charset: 'utf8' };

async function buildCore() {
  await build({ ...common, entryPoints: [join(root, 'core/index.ts')], outfile: join(dist, 'core/index.mjs'), format: 'esm', platform: 'neutral' });
  // a fresh URL so a second build in one process sees the new bundle
  return import(pathToFileURL(join(dist, 'core/index.mjs')).href + `?t=${Date.now()}`);
}

async function buildExcelFunctions(registry) {
  await build({ ...common, entryPoints: [join(root, 'addin/functions/entry.ts')], outfile: join(dist, 'addin/functions.js'), format: 'iife', minify: true });
  write(join(dist, 'addin/functions.json'), JSON.stringify(functionsJson(registry, 'en-US'), null, 2) + '\n');
  write(join(dist, 'addin/functions-zh-CN.json'), JSON.stringify(functionsJson(registry, 'zh-CN'), null, 2) + '\n');
  // the build id: a hash of what Excel caches (the functions' script and metadata), versioning their URLs
  const hash = createHash('sha256');
  for (const f of ['functions.js', 'functions.json', 'functions-zh-CN.json']) hash.update(readFileSync(join(dist, 'addin', f)));
  const buildId = hash.digest('hex').slice(0, 12);
  // the manifest points at DEALERKIT_BASE_URL (default https://localhost:3000) so a deployment can move it
  write(join(dist, 'addin/manifest.xml'), manifestXml(process.env.DEALERKIT_BASE_URL || DEFAULT_BASE_URL, buildId));
  write(join(dist, 'addin/build-id.txt'), buildId + '\n');
  for (const s of ICON_SIZES) {
    mkdirSync(join(dist, 'addin/assets'), { recursive: true });
    writeFileSync(join(dist, `addin/assets/icon-${s}.png`), iconPng(s));
  }
  return buildId;
}

/** SERVER_PARAMS as the bundle declares it (evaluated the way Apps Script loads the file). */
function serverParamsOf(bundle) {
  const ctx = vm.createContext({ console });
  vm.runInContext(bundle + '\n;this.DealerKit = DealerKit;', ctx);
  const params = ctx.DealerKit.SERVER_PARAMS;
  return params ? JSON.parse(JSON.stringify(params)) : null;
}

async function buildAppsScript(registry) {
  required('appsscript/functions.ts');
  required('appsscript/server.ts');
  // The pushed file is one IIFE (global DealerKit) followed by generated top-level stubs.
  const contents = [`export { sheetsFunctions } from './functions';`, `export { serverApi, SERVER_PARAMS } from './server';`].join('\n');
  const out = await build({
    ...common,
    stdin: { contents, resolveDir: join(root, 'appsscript'), sourcefile: 'entry.ts', loader: 'ts' },
    format: 'iife',
    globalName: 'DealerKit',
    minify: true,
    write: false,
    // the function help lives in the sidebar; the stubs' JSDoc comes from the full registry below
    plugins: [helpTextsOut],
  });
  const bundle = out.outputFiles[0].text;
  const serverParams = serverParamsOf(bundle);
  if (!serverParams) throw new Error('build: appsscript/server.ts exports no SERVER_PARAMS');
  const stubs = appsScriptStubs(registry, serverParams);
  write(join(dist, 'appsscript/DealerKit.js'), `// DealerKit for Google Sheets: GENERATED by tools/build.mjs, do not edit.\n${bundle}\n${stubs}`);
  write(join(dist, 'appsscript/appsscript.json'), readFileSync(required('appsscript/appsscript.json'), 'utf8'));
}

async function step(file, args) {
  const mod = await import(pathToFileURL(required(`tools/${file}`)).href);
  if (typeof mod.default !== 'function') throw new Error(`build: tools/${file} has no default export`);
  await mod.default(args);
}

/** `quiet` (or --quiet on the command line) silences the progress lines. */
export async function buildAll(options = {}) {
  if (options.quiet !== undefined) quiet = !!options.quiet;
  const t0 = Date.now();
  const missing = missingInputs();
  if (missing.length) throw new Error(`build: missing input${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  // the registry and the template index are collected from their files before anything is bundled
  for (const rel of await writeRegistrySources(root)) log(`wrote ${rel}`);
  writeTemplateIndexes();
  const core = await buildCore();
  const buildId = await buildExcelFunctions(core.registry);
  await buildAppsScript(core.registry);
  await step('build-ui.mjs', { root, dist, registry: core.registry, buildId });
  await step('build-cli.mjs', { root, dist, registry: core.registry });
  await step('build-wps.mjs', { root, dist, registry: core.registry });
  log(`DealerKit built into dist/ in ${Date.now() - t0} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAll().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
