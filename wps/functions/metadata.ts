// WPS custom-function metadata (wps.AddCustomFunction's fourth argument) generated from the registry, per UI language.
import type { FunctionDef, ParamDef } from '../../core/functions/types';
import type { Lang } from '../../core/i18n/lang';
import type { WpsFunctionMetadata } from '../et';

/** The namespace cells call: `=DK.SAFETYSTOCK(...)`, the same text as in Excel. */
export const WPS_NAMESPACE = 'DK';

/** WPS function names: `[A-Za-z_][A-Za-z0-9_]*` (wpsjs 2.2.3 src/vite_plugins.js, functionNamePattern). */
export const WPS_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A parameter's type string as wpsjs writes it: a range is `any[][]` (a 2-D array, so error cells and
 * text reach the function), a single value `any`; `?` marks an optional one.
 */
export function wpsParamType(p: ParamDef): string {
  const range = p.kind !== 'setting' || p.type === 'matrix';
  return (range ? 'any[][]' : 'any') + (p.optional ? '?' : '');
}

export function wpsMetadata(def: FunctionDef, lang: Lang): WpsFunctionMetadata {
  return {
    description: `${def.title[lang]}: ${def.description[lang]}`,
    result: { type: def.result.dimensionality === 'matrix' ? 'any[][]' : 'any' },
    parameters: def.params.map((p) => ({ name: p.name, type: wpsParamType(p), description: p.help[lang] })),
  };
}

/** Every function's id and metadata in one language (the build writes this as functions.<lang>.json). */
export function wpsFunctionsJson(registry: readonly FunctionDef[], lang: Lang) {
  return { namespace: WPS_NAMESPACE, functions: registry.map((d) => ({ name: d.name, ...wpsMetadata(d, lang) })) };
}
