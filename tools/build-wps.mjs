// Build step: dist/wps/ — functions script + metadata, ribbon.xml and its script, start page, task pane, publish templates, the offline package.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_WPS_BASE_URL, indexHtml, jspluginsXml, publishXml, ribbonXml, taskpaneHtml } from './gen/wpsFiles.mjs';
import { writeWpsPackage } from './gen/wpsPackage.mjs';

const common = { bundle: true, format: 'iife', target: 'es2020', minify: true, legalComments: 'none', logLevel: 'warning', charset: 'utf8' };

/** The metadata generator itself (wps/functions/metadata.ts), bundled and imported, so it is declared once. */
async function metadataModule(root) {
  const out = await build({ ...common, format: 'esm', minify: false, write: false, stdin: { contents: `export { wpsFunctionsJson } from './functions/metadata';\nexport { registry } from '../core/functions/index';`, resolveDir: join(root, 'wps'), loader: 'ts' } });
  return import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
}

export default async function buildWps({ root, dist }) {
  const out = join(dist, 'wps');
  mkdirSync(out, { recursive: true });
  await build({ ...common, entryPoints: [join(root, 'wps/functions/entry.ts')], outfile: join(out, 'functions.js') });
  await build({ ...common, entryPoints: [join(root, 'wps/ribbon/entry.ts')], outfile: join(out, 'ribbon.js') });
  // the report pane: the shared UI over the WPS bridge (CreateTaskPane loads taskpane.html from the same folder)
  await build({ ...common, entryPoints: [join(root, 'wps/taskpane/main.ts')], outfile: join(out, 'taskpane.js') });
  writeFileSync(join(out, 'taskpane.css'), readFileSync(join(root, 'ui/styles.css'), 'utf8'));
  writeFileSync(join(out, 'taskpane.html'), taskpaneHtml());
  const meta = await metadataModule(root);
  for (const lang of ['zh-CN', 'en-US']) writeFileSync(join(out, `functions.${lang}.json`), JSON.stringify(meta.wpsFunctionsJson(meta.registry, lang), null, 2) + '\n');
  writeFileSync(join(out, 'ribbon.xml'), ribbonXml());
  writeFileSync(join(out, 'index.html'), indexHtml());
  const base = process.env.DEALERKIT_WPS_BASE_URL || DEFAULT_WPS_BASE_URL;
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  writeFileSync(join(out, 'publish.xml'), publishXml(base));
  writeFileSync(join(out, 'jsplugins.xml'), jspluginsXml(base, version));
  // 企业版 offline: the add-in folder as one .7z, which jsplugins.xml points at
  writeWpsPackage(out, version);
}
