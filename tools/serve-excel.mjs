// `npm run serve:excel`: serves dist/addin over https://localhost:3000 for sideloading, with your dev certificate.
import { createServer } from 'node:https';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'dist/addin');
const port = Number(process.env.PORT || 3000);
// office-addin-dev-certs puts a trusted localhost certificate here; any other pair can be given by env
const cert = process.env.DEALERKIT_CERT || join(homedir(), '.office-addin-dev-certs/localhost.crt');
const key = process.env.DEALERKIT_KEY || join(homedir(), '.office-addin-dev-certs/localhost.key');

if (!existsSync(join(dir, 'manifest.xml'))) {
  console.error('dist/addin is missing: run npm run build first');
  process.exit(1);
}
if (!existsSync(cert) || !existsSync(key)) {
  console.error(`No HTTPS certificate for localhost.
Excel only loads add-ins over https. Either:
  npx office-addin-dev-certs install        (creates and trusts ~/.office-addin-dev-certs/localhost.crt)
or make one with openssl and trust it in your OS:
  openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=localhost" \\
    -addext "subjectAltName=DNS:localhost" -keyout localhost.key -out localhost.crt
  DEALERKIT_CERT=localhost.crt DEALERKIT_KEY=localhost.key npm run serve:excel`);
  process.exit(1);
}
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };
createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (req, res) => {
  const path = normalize(decodeURIComponent((req.url || '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const file = join(dir, path === '/' ? 'taskpane.html' : path);
  if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end('not found');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'access-control-allow-origin': '*' }).end(readFileSync(file));
}).listen(port, () => console.log(`DealerKit add-in on https://localhost:${port}/ — sideload dist/addin/manifest.xml (or manifest.xml)`));
