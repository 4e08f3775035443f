// Ribbon script: puts the ribbon callbacks on the page's global scope, where ribbon.xml names them.
import { ribbonCallbacks, type RibbonRoot } from './ribbon';

const g = globalThis as unknown as Record<string, unknown> & { wps?: RibbonRoot; location?: { href: string } };
if (g.wps) {
  // the pane lives beside this start page (index.html): resolve it against the page's own URL
  const paneUrl = g.location ? new URL('taskpane.html', g.location.href).href : 'taskpane.html';
  Object.assign(g, ribbonCallbacks(g.wps, paneUrl));
}
