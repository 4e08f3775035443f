// Registers every registry function in namespace DK with wps.AddCustomFunction, metadata in WPS's UI language.
import { registry } from '../../core/functions/index';
import type { Lang } from '../../core/i18n/lang';
import type { WpsFunctionsRoot } from '../et';
import { wpsUiLang } from '../lang';
import { wpsFunction } from './adapter';
import { WPS_NAME, WPS_NAMESPACE, wpsMetadata } from './metadata';

/** Registers every function; returns the names registered (a WPS without AddCustomFunction registers none). */
export function registerAll(root: WpsFunctionsRoot, lang: () => Lang = () => wpsUiLang(root)): string[] {
  if (typeof root.AddCustomFunction !== 'function') return [];
  const metaLang = lang();
  const names: string[] = [];
  for (const def of registry) {
    if (!WPS_NAME.test(def.name)) continue; // a registry name WPS cannot call (none today; the test checks)
    root.AddCustomFunction(WPS_NAMESPACE, def.name, wpsFunction(def, lang), wpsMetadata(def, metaLang));
    names.push(def.name);
  }
  return names;
}
