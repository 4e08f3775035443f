// Bench 4: bundle sizes of what each host loads (goals: Apps Script < 100 KB, Excel functions < 60 KB minified).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { STUBS_HEADER } from '../../tools/gen/appsscriptStubs.mjs';

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
    // a missing file is a broken build, not a row to leave blank
    if (!existsSync(p)) throw new Error(`bench: ${rel} is missing (run npm run build)`);
    const kb = statSync(p).size / 1024;
    const gz = gzipSync(readFileSync(p)).length / 1024;
    const verdict = goal === null ? '' : kb < goal ? `< ${goal} KB: met` : `< ${goal} KB: missed`;
    console.log(`  ${name.padEnd(48)} ${kb.toFixed(1).padStart(7)} KB  (gzip ${gz.toFixed(1)} KB) ${verdict}`);
    rows.push(`| ${name} | \`${rel}\` | ${kb.toFixed(1)} KB | ${gz.toFixed(1)} KB | ${verdict} |`);
  }
  // the Apps Script file is the bundle plus the generated top-level stubs (their JSDoc is the Sheets formula help)
  const gs = readFileSync(join(root, 'dist/appsscript/DealerKit.js'), 'utf8');
  const cut = gs.indexOf(STUBS_HEADER);
  if (cut < 0) throw new Error('bench: dist/appsscript/DealerKit.js has no generated stubs');
  const [bundleKb, stubsKb] = [gs.slice(0, cut), gs.slice(cut)].map((s) => Buffer.byteLength(s) / 1024);
  const split = `Apps Script file: ${bundleKb.toFixed(1)} KB of bundled code and texts (the functions, their messages, the cell reads and the sheet writer) + ${stubsKb.toFixed(1)} KB of top-level stubs with their bilingual JSDoc. The report engine (templates, renderer, fill service) and the function help run in the sidebar (\`sidebar.html\`), which calls the server only to read and write cells.`;
  console.log(`  ${split}`);
  return {
    title: '4. Bundle sizes',
    text: '| what | file | size | gzip | goal |\n|---|---|---:|---:|---|\n' + rows.join('\n') + '\n\n' + split,
  };
}
