// A recording fake of the `wps` global's custom-function side, typed against et-jsapi-declare, refusing what WPS refuses.
/// <reference types="et-jsapi-declare" />
import type { AddCustomFunction, WpsFunctionMetadata, WpsFunctionsRoot } from '../../wps/et';

/** Names and namespaces WPS accepts (wpsjs 2.2.3 src/vite_plugins.js, functionNamePattern). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Type strings wpsjs writes: a base type, `[]` per array level (only 0 or 2), `?` when optional. */
const TYPE = /^(string|number|bool|boolean|any)(\[\]\[\])?\??$/;

export interface Registered {
  namespace: string;
  name: string;
  fn: (...args: unknown[]) => unknown;
  metadata: WpsFunctionMetadata | undefined;
}

/** What a WPS cell can hold as a function result. */
function refuseCell(v: unknown, where: string) {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`${where}: WPS cannot show ${v}`);
    return;
  }
  if (typeof v === 'string' || typeof v === 'boolean') return;
  throw new Error(`${where}: WPS cannot take ${v === null ? 'null' : typeof v} as a result`);
}

export class FakeWpsFunctions implements WpsFunctionsRoot {
  readonly registered = new Map<string, Registered>();
  /** the LCID LanguageSettings.LanguageID(msoLanguageIDUI) answers (2052 zh-CN, 1033 en-US) */
  uiLcid = 2052;
  readonly LanguageSettings = {
    LanguageID: (id: Kso.MsoAppLanguageID): number => {
      if (id !== 2) throw new Error(`LanguageID(${id}): only msoLanguageIDUI is faked`);
      return this.uiLcid;
    },
  };

  AddCustomFunction: AddCustomFunction = (namespace, name, callback, metadata) => {
    if (!NAME.test(namespace)) throw new Error(`namespace "${namespace}" refused`);
    if (!NAME.test(name)) throw new Error(`function name "${name}" refused`);
    if (typeof callback !== 'function') throw new Error(`${name}: callback is not a function`);
    const key = `${namespace}.${name}`.toUpperCase();
    if (this.registered.has(key)) throw new Error(`${key} registered twice`);
    if (metadata) {
      if (metadata.result.type !== undefined && !TYPE.test(metadata.result.type)) throw new Error(`${key}: result type ${metadata.result.type} refused`);
      for (const p of metadata.parameters) {
        if (p.type !== undefined && !TYPE.test(p.type)) throw new Error(`${key}: parameter type ${p.type} refused`);
        if (p.name !== undefined && !NAME.test(p.name)) throw new Error(`${key}: parameter name ${p.name} refused`);
      }
    }
    this.registered.set(key, { namespace, name, fn: callback as (...a: unknown[]) => unknown, metadata });
  };

  /**
   * A cell's call `=NS.NAME(args)`: WPS calls synchronously (a Promise is refused) and takes back a
   * value or a rectangular 2-D array of numbers, text and booleans.
   */
  call(qualified: string, ...args: unknown[]): unknown {
    const f = this.registered.get(qualified.toUpperCase());
    if (!f) throw new Error(`#NAME? ${qualified}`);
    const out = f.fn(...args);
    if (out instanceof Promise) throw new Error(`${qualified}: WPS custom functions are synchronous`);
    if (Array.isArray(out)) {
      if (out.length === 0 || !Array.isArray(out[0])) throw new Error(`${qualified}: a result array must be 2-D`);
      const w = (out[0] as unknown[]).length;
      for (const row of out) {
        if (!Array.isArray(row) || row.length !== w) throw new Error(`${qualified}: ragged result`);
        row.forEach((v, c) => refuseCell(v, `${qualified}[${c}]`));
      }
    } else refuseCell(out, qualified);
    return out;
  }
}
