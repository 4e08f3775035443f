// The registry: the seven spreadsheet functions, each declared once; everything host-facing is generated from it.
import { DEALERSCORE_DEF } from './dealerscore';
import { ORDERQTY_DEF } from './orderqty';
import { QUADRANT_DEF } from './quadrant';
import { SAFETYSTOCK_DEF } from './safetystock';
import { SAFETYSTOCKSL_DEF } from './safetystocksl';
import { TIER_DEF } from './tier';
import { VISITPLAN_DEF } from './visitplan';
import { portableFormulaOf } from './portable';
import type { FunctionDef, PortableArg } from './types';
import type { FunctionResult, HostArg } from '../values/types';

export const registry: readonly FunctionDef[] = [
  SAFETYSTOCK_DEF,
  ORDERQTY_DEF,
  SAFETYSTOCKSL_DEF,
  DEALERSCORE_DEF,
  TIER_DEF,
  QUADRANT_DEF,
  VISITPLAN_DEF,
];

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

const call = (def: FunctionDef) => (...args: HostArg[]): FunctionResult => def.run(args);

export const SAFETYSTOCK = call(SAFETYSTOCK_DEF);
export const ORDERQTY = call(ORDERQTY_DEF);
export const SAFETYSTOCKSL = call(SAFETYSTOCKSL_DEF);
export const DEALERSCORE = call(DEALERSCORE_DEF);
export const TIER = call(TIER_DEF);
export const QUADRANT = call(QUADRANT_DEF);
export const VISITPLAN = call(VISITPLAN_DEF);

export type { FunctionDef, ParamDef, PortableArg, PortableSpec, Example, ExampleResult, ExampleCell } from './types';
