// The registry: every function file of core/functions/ (collected by tools/gen/registry.mjs), in listing order.
import { FUNCTION_DEFS } from './registry.generated';
import { portableFormulaOf } from './portable';
import type { FunctionDef, PortableArg, PortableHelper } from './types';

export const registry: readonly FunctionDef[] = [...FUNCTION_DEFS].sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

export function findFunction(name: string): FunctionDef | undefined {
  const upper = name.toUpperCase();
  return registry.find((d) => d.name === upper);
}

/**
 * One element of a function as a native formula (without "="), for reports that must compute where
 * DealerKit is not installed. Arguments are written as in each function's `portable.doc`.
 */
export function portableFormula(name: string, args: PortableArg[]): string {
  return portableFormulaOf(registry, name, args);
}

/**
 * The helper cells a whole column of one function's portable formulas shares (pareto TIER's thresholds), for the
 * arguments of its first row: write each `formula(at)` at `at[i]`, then pass `at` as the population's `helpers`.
 */
export function portableHelpers(name: string, args: PortableArg[]): PortableHelper[] {
  const def = findFunction(String(name));
  if (!def) throw new Error(`portableHelpers: no function ${name}`);
  return def.portable.helpers?.(args) ?? [];
}

export * from './exports.generated';

export type { FunctionDef, ParamDef, PortableArg, PortableHelper, PortablePopulation, PortableSpec, Example, ExampleResult, ExampleCell } from './types';
