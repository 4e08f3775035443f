// WPS functions script: loaded by the add-in's start page (index.html) and registers DK.* with the `wps` global.
import type { WpsFunctionsRoot } from '../et';
import { registerAll } from './register';

/** PluginStorage is shared by the add-in's pages (et-jsapi-declare index.d.ts): the pane reads what was registered there. */
export const REGISTERED_KEY = 'dealerkit_functions';

const root = (globalThis as unknown as { wps?: WpsFunctionsRoot & { PluginStorage?: { setItem(k: string, v: string): void } } }).wps;
const names = root ? registerAll(root) : [];
(globalThis as unknown as { DealerKitWpsFunctions: string[] }).DealerKitWpsFunctions = names;
root?.PluginStorage?.setItem(REGISTERED_KEY, names.join(','));
