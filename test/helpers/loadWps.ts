// Loads the BUILT WPS functions script the way WPS's start page does: a fresh global with a fake `wps`.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { FakeWpsFunctions } from '../fakes/fakeWpsFunctions';

const dist = new URL('../../dist/wps/', import.meta.url);

/** `lcid` is WPS's UI language (2052 zh-CN, 1033 en-US). */
export function loadWpsFunctions(lcid = 2052) {
  const wps = new FakeWpsFunctions();
  wps.uiLcid = lcid;
  const ctx = vm.createContext({ wps, console });
  vm.runInContext(readFileSync(new URL('functions.js', dist), 'utf8'), ctx, { filename: 'functions.js' });
  return { wps, registeredNames: (ctx as { DealerKitWpsFunctions: string[] }).DealerKitWpsFunctions };
}
