// Goldens: a missing golden fails in CI, is written with a message elsewhere; UPDATE_GOLDEN=1 (npm run gen) rewrites.
import { describe, expect, it } from 'vitest';
import { goldenAction, inCi } from '../helpers/golden';

describe('golden files', () => {
  it('a missing golden fails in CI', () => {
    expect(goldenAction(false, { CI: 'true' })).toBe('missing');
    expect(goldenAction(false, { CI: '1' })).toBe('missing');
  });
  it('outside CI a missing golden is created', () => {
    expect(goldenAction(false, {})).toBe('create');
    expect(goldenAction(false, { CI: 'false' })).toBe('create');
    expect(goldenAction(false, { CI: '' })).toBe('create');
  });
  it('UPDATE_GOLDEN=1 rewrites, in CI too; otherwise an existing golden is compared', () => {
    expect(goldenAction(true, { UPDATE_GOLDEN: '1', CI: 'true' })).toBe('write');
    expect(goldenAction(false, { UPDATE_GOLDEN: '1' })).toBe('write');
    expect(goldenAction(true, { CI: 'true' })).toBe('compare');
    expect(goldenAction(true, {})).toBe('compare');
  });
  it('reads CI the way CI services set it', () => {
    expect(inCi({ CI: 'true' })).toBe(true);
    expect(inCi({ CI: '0' })).toBe(false);
    expect(inCi({})).toBe(false);
  });
});
