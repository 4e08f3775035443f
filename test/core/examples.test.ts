// The registry's examples are the specification: each runs against the core, and docs/functions.md shows the value the core gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { SheetError } from '../../core/values/errors';
import { exampleFormula, resultText } from '../../core/functions/exampleText';
import type { ExampleCell, ExampleResult } from '../../core/functions/types';
import { expectResult } from '../helpers/expect';

const rows = registry.flatMap((def) => def.examples.map((ex, i) => ({ name: def.name, i, def, ex })));

describe('registry examples against the core', () => {
  it.each(rows)('$name example $i', ({ def, ex }) => {
    const result = def.run(ex.args);
    expectResult(result, ex.result);
    // every error carries a message in both languages
    const cells = Array.isArray(result) ? result.flat() : [result];
    for (const c of cells) {
      if (c instanceof SheetError) {
        expect(c.messages['zh-CN'].length).toBeGreaterThan(0);
        expect(c.messages['en-US'].length).toBeGreaterThan(0);
      }
    }
  });
});

/** The core's result in the examples' form: errors as {error}, numbers within 1e-9 of the example shown as the example. */
function asExample(actual: unknown, expected: ExampleResult): ExampleResult {
  const one = (a: unknown, e: ExampleCell | undefined): ExampleCell => {
    if (a instanceof SheetError) return { error: a.code };
    if (typeof a === 'number' && typeof e === 'number' && Math.abs(a - e) <= 1e-9 * Math.max(1, Math.abs(e))) return e;
    return a as ExampleCell;
  };
  if (!Array.isArray(actual)) return one(actual, Array.isArray(expected) ? undefined : expected);
  return (actual as unknown[][]).map((row, r) => row.map((c, k) => one(c, Array.isArray(expected) ? expected[r]?.[k] : undefined)));
}

describe('docs/functions.md shows every example with the value the core computes', () => {
  const doc = readFileSync(new URL('../../docs/functions.md', import.meta.url), 'utf8');
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  it.each(rows)('$name example $i', ({ name, def, ex }) => {
    const shown = `| \`${cell(exampleFormula(name, ex.args))}\` | ${cell(resultText(asExample(def.run(ex.args), ex.result)))} |`;
    expect(doc.split('\n')).toContain(shown);
  });
  it('the check can fail: a wrong value is not in the doc', () => {
    const ex = registry[0].examples[0];
    const wrong = `| \`${exampleFormula(registry[0].name, ex.args)}\` | ${resultText(typeof ex.result === 'number' ? ex.result + 1 : 'x')} |`;
    expect(doc.split('\n')).not.toContain(wrong);
  });
});
