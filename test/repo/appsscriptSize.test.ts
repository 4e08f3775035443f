// The Apps Script file's size (issue 11.8, goal < 100 KB; bench section 4 reports it): it may not grow past its ceiling.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const file = fileURLToPath(new URL('../../dist/appsscript/DealerKit.js', import.meta.url));
const KB = 1024;
/** The goal: Apps Script parses the whole project on every custom-function call. */
const GOAL = 100 * KB;
/**
 * Today's ceiling, a few KB above the measured 194 KB (2026-12-02, after the fill service, SCORECARD and the two registers): the goal is not met yet (see docs/benchmarks.md,
 * section 4, for what is in the file). Lower this as the file shrinks; at GOAL, make the goal test below a real one.
 */
const CEILING = 200 * KB;

describe('dist/appsscript/DealerKit.js', () => {
  const bytes = statSync(file).size;
  it(`stays under its ceiling of ${CEILING / KB} KB (now ${(bytes / KB).toFixed(1)} KB)`, () => {
    expect(bytes).toBeLessThan(CEILING);
    // the stubs still follow the bundle: a size without them would measure the wrong file
    expect(readFileSync(file, 'utf8')).toMatch(/\nfunction SAFETYSTOCK\(/);
  });
  it.todo(`is under the ${GOAL / KB} KB goal (issue 11.8): not met — the report engine (templates, renderer) is most of it`);
});
