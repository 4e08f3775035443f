// `npm run serve:wps`: serves dist/wps over http on 127.0.0.1 (WPS loads online add-ins over http, as `wpsjs debug` does).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_WPS_BASE_URL } from './gen/wpsFiles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'wps');
const port = Number(process.env.PORT || new URL(DEFAULT_WPS_BASE_URL).port);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.7z': 'application/x-7z-compressed' };

if (!existsSync(root)) {
  console.error('dist/wps is missing: run `npm run build` first');
  process.exit(1);
}
createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url || '/', 'http://x').pathname);
  // no way out of dist/wps
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
  res.end(readFileSync(file));
}).listen(port, '127.0.0.1', () => {
  console.log(`DealerKit for WPS on http://127.0.0.1:${port}/ (ribbon: http://127.0.0.1:${port}/ribbon.xml)`);
  console.log('个人版: open publish.html there (or copy publish.xml into jsaddons); see README "WPS 表格".');
});
