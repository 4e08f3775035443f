// The build fails loudly on a missing input (nothing skipped quietly), and buildAll({ quiet: true }) prints nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, missingInputs } from '../../tools/build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'dk-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the files git tracks (tests and docs left out), sharing this checkout's node_modules. */
function copyTree(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter((f) => f && !f.startsWith('test/') && !f.startsWith('docs/'));
  for (const f of files) {
    if (!existsSync(join(root, f))) continue; // deleted in the working tree
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(root, f), join(to, f));
  }
  symlinkSync(join(root, 'node_modules'), join(to, 'node_modules'), 'dir');
}

const node = (cwd: string, args: string[]) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000 });

describe('the build inputs', () => {
  it('are all in the repository', () => {
    expect(BUILD_INPUTS.length).toBeGreaterThan(10);
    expect(missingInputs()).toEqual([]);
  });

  it('a tree without some of them is missing exactly those', () => {
    const at = join(tmp, 'partial');
    for (const rel of BUILD_INPUTS.filter((r) => r !== 'ui/styles.css' && r !== 'appsscript/server.ts')) {
      mkdirSync(dirname(join(at, rel)), { recursive: true });
      cpSync(join(root, rel), join(at, rel), { recursive: true });
    }
    expect(missingInputs(at)).toEqual(['appsscript/server.ts', 'ui/styles.css']);
  });
});

describe('building a copy of the repository', () => {
  const at = join(tmp, 'repo');
  it(
    'fails naming a missing input and writes nothing; builds silently with quiet, and says so without it',
    () => {
      copyTree(at);
      const entry = 'wps/ribbon/entry.ts';
      renameSync(join(at, entry), join(at, entry + '.away'));
      const failed = node(at, ['tools/build.mjs']);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain(`build: missing input: ${entry}`);
      expect(existsSync(join(at, 'dist'))).toBe(false);
      renameSync(join(at, entry + '.away'), join(at, entry));

      // bin/dealerkit.mjs builds a fresh clone with { quiet: true }: not a line on stdout
      const quiet = node(at, ['--input-type=module', '-e', "const { buildAll } = await import('./tools/build.mjs'); await buildAll({ quiet: true });"]);
      expect(quiet.stderr).toBe('');
      expect(quiet.status).toBe(0);
      expect(quiet.stdout).toBe('');
      expect(existsSync(join(at, 'dist/appsscript/DealerKit.js'))).toBe(true);

      const loud = node(at, ['tools/build.mjs']);
      expect(loud.status).toBe(0);
      expect(loud.stdout).toMatch(/DealerKit built into dist\//);
    },
    300_000,
  );
});
