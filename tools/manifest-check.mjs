// `npm run validate:manifest`: offline XSD validation, every resid defined, every URL present in dist/addin.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BASE_URL } from './gen/manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA = join(root, 'schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');

/** xmllint's verdict: { ok, output }, against the XSDs vendored in schemas/. Throws if xmllint or the schema is missing. */
export function xsdValidate(file) {
  if (!existsSync(SCHEMA)) throw new Error(`manifest schema missing: ${SCHEMA} (vendored in schemas/office-addin-manifest)`);
  try {
    const out = execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, output: out };
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error('xmllint not found: apt-get install -y libxml2-utils');
    return { ok: false, output: String(e.stderr || e.message) };
  }
}

/** resids used but not defined under <Resources>, and ids defined twice. */
export function residProblems(xml) {
  const used = new Set([...xml.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]));
  const resources = xml.slice(xml.indexOf('<Resources>'));
  const ids = [...resources.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]);
  const defined = new Set(ids);
  return {
    undefined: [...used].filter((r) => !defined.has(r)),
    duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
    used,
  };
}

/** URLs under the base URL that have no file in dist/addin. */
export function missingFiles(xml, distAddin, base = DEFAULT_BASE_URL) {
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1]).filter(Boolean);
  return urls
    .filter((u) => u.startsWith(base + '/'))
    .map((u) => u.slice(base.length + 1).split(/[?#]/)[0])
    .filter((rel) => !existsSync(join(distAddin, rel)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = join(root, process.argv[2] || 'manifest.xml');
  const xml = readFileSync(file, 'utf8');
  const xsd = xsdValidate(file);
  const res = residProblems(xml);
  const missing = missingFiles(xml, join(root, 'dist/addin'));
  console.log(xsd.ok ? `XSD: ${file} validates` : `XSD: invalid\n${xsd.output}`);
  console.log(res.undefined.length ? `resid: undefined ${res.undefined.join(', ')}` : `resid: all ${res.used.size} defined`);
  console.log(missing.length ? `files: missing in dist/addin: ${missing.join(', ')} (run npm run build)` : 'files: every URL exists in dist/addin');
  process.exit(xsd.ok && !res.undefined.length && !res.duplicates.length && !missing.length ? 0 : 1);
}
