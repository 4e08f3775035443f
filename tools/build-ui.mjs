// Build step: the Excel task pane (page + script, CSP allowing only itself and Office.js) and the self-contained Sheets sidebar.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/**
 * Scripts only from the page's origin and Office.js's. Styles also inline: Office.js in Excel on the web draws its
 * notices with inline styles and is refused under style-src 'self' (https://github.com/OfficeDev/office-js/issues/1687);
 * an inline style cannot run script, and the pane itself writes no markup from workbook data (ui/dom.ts sets text only).
 * One frame: Office.js's telemetry proxy (its o15apptofilemappingtable.js opens telemetryproxy.html there); without
 * frame-src the page logs a violation on every load. The frame is another origin and cannot reach the pane.
 */
export const OFFICE_TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com';
export const PANE_CSP = `default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; frame-src ${OFFICE_TELEMETRY_FRAME}; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'`;

/** Inline a script or style safely: a replacer function (no $-patterns) and no early </script or <!-- . */
export function inlineSafe(code) {
  return code.replace(/<\/(script|style)/gi, (_m, tag) => `<\\/${tag}`).replace(/<!--/g, () => '<\\!--');
}

async function bundle(root, entry) {
  const out = await build({ entryPoints: [join(root, entry)], bundle: true, format: 'iife', target: 'es2020', minify: true, write: false, legalComments: 'none', logLevel: 'warning', charset: 'utf8' });
  return out.outputFiles[0].text;
}

export default async function buildUi({ root, dist, buildId = 'dev' }) {
  const v = `?v=${encodeURIComponent(buildId)}`;
  const css = readFileSync(join(root, 'ui/styles.css'), 'utf8');
  mkdirSync(join(dist, 'addin'), { recursive: true });
  writeFileSync(join(dist, 'addin/taskpane.js'), await bundle(root, 'addin/taskpane/main.ts'));
  writeFileSync(join(dist, 'addin/taskpane.css'), css);
  // the shared runtime: this page also runs the custom functions (functions.js)
  writeFileSync(
    join(dist, 'addin/taskpane.html'),
    `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PANE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>DealerKit</title>
<link rel="stylesheet" href="taskpane.css${v}">
<script src="${OFFICE_JS}"></script>
<script src="functions.js${v}"></script>
<script src="taskpane.js${v}"></script>
</head>
<body>
<div id="app"></div>
</body>
</html>
`,
  );
  // the sidebar runs the report engine and holds the function help (Sheets names, both languages): the server file stays small
  const sidebarJs = await bundle(root, 'appsscript/sidebar/main.ts');
  const page = '<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<base target="_top">\n<style>\n__CSS__\n</style>\n</head>\n<body>\n<div id="app"></div>\n<script>\n__JS__\n</script>\n</body>\n</html>\n';
  // replacer functions: the code may contain "$&" or "$1", which a replacement string would expand
  const html = page.replace('__CSS__', () => inlineSafe(css)).replace('__JS__', () => inlineSafe(sidebarJs));
  mkdirSync(join(dist, 'appsscript'), { recursive: true });
  writeFileSync(join(dist, 'appsscript/sidebar.html'), html);
}
