// Loads the BUILT host scripts the way each host does: Excel's functions.js with a stub CustomFunctions, the Apps Script file in a vm.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const dist = new URL('../../dist/', import.meta.url);

/** A stand-in for Excel's CustomFunctions global that records associations. */
export class StubCfError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}
export const ERROR_CODE = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

/** `globals` are the host's (e.g. an `Office` with a display language). */
export function loadExcelFunctions(globals: Record<string, unknown> = {}) {
  const associated = new Map<string, (...a: unknown[]) => unknown>();
  const calls: string[] = [];
  const CustomFunctions = {
    Error: StubCfError,
    ErrorCode: ERROR_CODE,
    associate(id: string, fn: (...a: unknown[]) => unknown) {
      calls.push(id);
      associated.set(id, fn);
    },
  };
  const ctx = vm.createContext({ CustomFunctions, console, ...globals });
  vm.runInContext(readFileSync(new URL('addin/functions.js', dist), 'utf8'), ctx, { filename: 'functions.js' });
  return { associated, calls };
}

export function appsScriptSource(): string {
  return readFileSync(new URL('appsscript/DealerKit.js', dist), 'utf8');
}

/** Evaluate the pushed Apps Script file in a fresh global, as Apps Script loads it; extra globals are the host's. */
export function loadAppsScript(globals: Record<string, unknown> = {}) {
  const ctx = vm.createContext({ console, ...globals });
  vm.runInContext(appsScriptSource(), ctx, { filename: 'DealerKit.js' });
  // the script's own Date: Apps Script hands it dates of its realm, so tests must too
  (ctx as Record<string, unknown>).__RealmDate = vm.runInContext('Date', ctx);
  return ctx as Record<string, (...a: unknown[]) => unknown>;
}
