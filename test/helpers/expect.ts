// Comparing a function's result with a registry example: numbers to 1e-9 relative, errors by code, arrays cell by cell.
import { expect } from 'vitest';
import type { ExampleCell, ExampleResult } from '../../core/functions/types';

/** Normalise any host's error representation to `{error: code}` before comparing. */
export type ErrorReader = (v: unknown) => string | null;

const coreError: ErrorReader = (v) =>
  v !== null && typeof v === 'object' && 'code' in (v as object) && typeof (v as { code: unknown }).code === 'string'
    ? (v as { code: string }).code
    : null;

function expectCell(actual: unknown, expected: ExampleCell, readError: ErrorReader, where: string) {
  if (typeof expected === 'object') {
    expect(readError(actual), `${where}: expected ${expected.error}, got ${String(actual)}`).toBe(expected.error);
  } else if (typeof expected === 'number') {
    expect(typeof actual, `${where}: expected number ${expected}, got ${String(actual)}`).toBe('number');
    const a = actual as number;
    expect(Math.abs(a - expected), `${where}: ${a} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else {
    expect(actual, where).toBe(expected);
  }
}

export function expectResult(actual: unknown, expected: ExampleResult, readError: ErrorReader = coreError) {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `expected an array, got ${String(actual)}`).toBe(true);
    const a = actual as unknown[][];
    expect(a.length).toBe(expected.length);
    expected.forEach((row, r) => {
      expect(a[r].length).toBe(row.length);
      row.forEach((cell, c) => expectCell(a[r][c], cell, readError, `[${r}][${c}]`));
    });
  } else {
    expect(Array.isArray(actual), `expected a single value, got an array`).toBe(false);
    expectCell(actual, expected, readError, 'result');
  }
}
