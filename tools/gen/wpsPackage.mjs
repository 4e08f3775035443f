// The 企业版 offline package: dist/wps/DealerKit.7z holding the add-in folder DealerKit_<version>/, as `wpsjs build` (offline) makes it.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WPS_ADDIN_NAME } from './wpsFiles.mjs';

/** What WPS runs from the package: the start page, ribbon, functions, metadata and pane (not the install descriptors). */
export const WPS_PACKAGE_FILES = ['index.html', 'ribbon.xml', 'ribbon.js', 'functions.js', 'functions.zh-CN.json', 'functions.en-US.json', 'taskpane.html', 'taskpane.js', 'taskpane.css'];

/**
 * wpsjs 2.2.3 src/lib/build.js (offline): the files go in a folder `<name>_<version>`, archived as
 * `<name>.7z` with the 7za of the npm package 7zip-bin; its publish.js then points the entry at
 * `<base><name>.7z` with `version` (src/lib/publish.js). The same 7za from the same package is used here.
 */
export const wpsPackageName = () => `${WPS_ADDIN_NAME}.7z`;
export const wpsPackageFolder = (version) => `${WPS_ADDIN_NAME}_${version}`;

/** The 7za binary of 7zip-bin, executable (npm may unpack it without its execute bit, as wpsjs users report). */
export function sevenZip() {
  const bin = createRequire(import.meta.url)('7zip-bin').path7za;
  if (!existsSync(bin)) throw new Error(`7za not found at ${bin}: run npm install`);
  if (process.platform !== 'win32' && !(statSync(bin).mode & 0o100)) chmodSync(bin, 0o755);
  return bin;
}

/** Writes `<out>/DealerKit.7z` from the built files in `out`; returns its path. */
export function writeWpsPackage(out, version) {
  const stage = mkdtempSync(join(tmpdir(), 'dealerkit-wps-'));
  try {
    const folder = join(stage, wpsPackageFolder(version));
    mkdirSync(folder);
    for (const f of WPS_PACKAGE_FILES) copyFileSync(join(out, f), join(folder, f));
    const archive = join(out, wpsPackageName());
    rmSync(archive, { force: true });
    // -t7z: the 7z format wpsjs writes; -bd -bso0: no progress or listing on the build's output
    execFileSync(sevenZip(), ['a', '-t7z', '-bd', '-bso0', archive, wpsPackageFolder(version)], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'] });
    return archive;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
