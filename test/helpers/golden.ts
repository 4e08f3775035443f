// Golden files: compare a text with its committed golden. A missing golden fails in CI; elsewhere it is written, with a message.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** CI=true (or any value but "", "0", "false"): goldens are only compared, never created. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

/**
 * What to do with a golden: 'write' (UPDATE_GOLDEN=1, as `npm run gen` sets it), 'create' (missing, outside CI),
 * 'missing' (missing in CI: a failure), or 'compare'.
 */
export function goldenAction(exists: boolean, env: NodeJS.ProcessEnv = process.env): 'write' | 'create' | 'missing' | 'compare' {
  if (env.UPDATE_GOLDEN && env.UPDATE_GOLDEN !== '0') return 'write';
  if (exists) return 'compare';
  return inCi(env) ? 'missing' : 'create';
}

export function expectGolden(url: URL, text: string): void {
  const path = fileURLToPath(url);
  const action = goldenAction(existsSync(path));
  if (action === 'missing') {
    expect.fail(`golden ${path} is missing: run \`npm run gen\` and commit the golden files`);
  }
  if (action === 'write' || action === 'create') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    if (action === 'create') console.warn(`wrote missing golden ${path}: review and commit it (in CI a missing golden fails)`);
  }
  expect(text).toBe(readFileSync(path, 'utf8'));
}
