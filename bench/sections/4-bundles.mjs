// Bench 4: bundle sizes of what each host loads (goals: Apps Script < 100 KB, Excel functions < 60 KB minified).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const FILES = [
  ['Apps Script project (DealerKit.js)', 'dist/appsscript/DealerKit.js', 100],
  ['Excel functions script (functions.js)', 'dist/addin/functions.js', 60],
  ['Excel task pane script (taskpane.js)', 'dist/addin/taskpane.js', null],
  ['Excel task pane page (taskpane.html)', 'dist/addin/taskpane.html', null],
  ['Sheets sidebar (sidebar.html, self-contained)', 'dist/appsscript/sidebar.html', null],
  ['Core ESM bundle (index.mjs, not minified)', 'dist/core/index.mjs', null],
];

export default async function bundles({ root }) {
  console.log('\n4. Bundle sizes');
  const rows = [];
  for (const [name, rel, goal] of FILES) {
    const p = join(root, rel);
    if (!existsSync(p)) {
      rows.push(`| ${name} | \`${rel}\` | not built | | |`);
      continue;
    }
    const kb = statSync(p).size / 1024;
    const gz = gzipSync(readFileSync(p)).length / 1024;
    const verdict = goal === null ? '' : kb < goal ? `< ${goal} KB: met` : `< ${goal} KB: missed`;
    console.log(`  ${name.padEnd(48)} ${kb.toFixed(1).padStart(7)} KB  (gzip ${gz.toFixed(1)} KB) ${verdict}`);
    rows.push(`| ${name} | \`${rel}\` | ${kb.toFixed(1)} KB | ${gz.toFixed(1)} KB | ${verdict} |`);
  }
  return {
    title: '4. Bundle sizes',
    text: '| what | file | size | gzip | goal |\n|---|---|---:|---:|---|\n' + rows.join('\n'),
  };
}
