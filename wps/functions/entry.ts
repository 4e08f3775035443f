// WPS functions script: loaded by the add-in's start page (index.html) and registers DK.* with the `wps` global.
import type { WpsFunctionsRoot } from '../et';
import { registerAll } from './register';

const root = (globalThis as unknown as { wps?: WpsFunctionsRoot }).wps;
/** What was registered, for the pane ("dk" formulas only when the functions are there). */
(globalThis as unknown as { DealerKitWpsFunctions: string[] }).DealerKitWpsFunctions = root ? registerAll(root) : [];
