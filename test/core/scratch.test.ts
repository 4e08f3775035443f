// The runner's pooled scratch arrays: a call's result does not depend on the calls before it.
import { describe, expect, it } from 'vitest';
import { DEALERSCORE, QUADRANT, SAFETYSTOCK, TIER } from '../../core/index';

/** n host-shaped rows mixing numbers, blanks, numeric text and errors (large enough to use pooled arrays). */
function column(n: number, seed: number): unknown[][] {
  const out: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const k = (i * 7919 + seed * 104729) % 97;
    out.push([k === 0 ? '' : k === 1 ? '#N/A' : k === 2 ? 'x' : k === 3 ? -5 : k === 4 ? '1,200' : (k * 37 + seed) % 1000]);
  }
  return out;
}

const GRADES = ['优秀', '良好', '', 'A', '差', 90, 'x', 120];
const ratings = (n: number, seed: number) => Array.from({ length: n }, (_, i) => Array.from({ length: 4 }, (_, j) => GRADES[(i + j * 3 + seed) % GRADES.length]));

describe('scratch arrays are reused between calls', () => {
  const small = 70_000; // above the size below which arrays are not pooled (64 KB of bytes)
  const big = 150_000;
  it.each([
    ['SAFETYSTOCK', () => SAFETYSTOCK(column(small, 1) as never, column(small, 2) as never, column(small, 3) as never), () => SAFETYSTOCK(column(big, 4) as never, column(big, 5) as never, column(big, 6) as never)],
    ['DEALERSCORE', () => DEALERSCORE(column(small, 1) as never, column(small, 2) as never, column(small, 3) as never, ratings(small, 1) as never), () => DEALERSCORE(column(big, 7) as never, column(big, 8) as never, column(big, 9) as never, ratings(big, 2) as never)],
    ['TIER', () => TIER(column(small, 1) as never), () => TIER(column(big, 3) as never)],
    ['QUADRANT', () => QUADRANT(column(small, 1).map((r) => [typeof r[0] === 'number' ? (r[0] as number) / 1000 : r[0]]) as never, column(small, 2).map((r) => [typeof r[0] === 'number' ? (r[0] as number) / 1000 : r[0]]) as never), () => QUADRANT(column(big, 5) as never, column(big, 6) as never)],
  ])('%s gives the same result before and after a larger call with other data', (_name, call, other) => {
    const first = JSON.stringify(call());
    other();
    // compared as text: a diff of two 70,000-row results would take minutes to print
    expect(JSON.stringify(call()) === first, 'the same result after the larger call').toBe(true);
  });
});
