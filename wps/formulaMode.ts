// Which formula mode a WPS fill uses: `dk` when every DealerKit function is registered in this WPS, else `portable`.
import type { FormulaMode } from '../core/plan/types';

/** The modes the WPS pane offers, the default first. */
export function wpsFormulaModes(registered: readonly string[], registryNames: readonly string[]): FormulaMode[] {
  // a WPS older than 12.1.0.20540 has no AddCustomFunction: DK.* would show #NAME?, so portable comes first
  const all = registryNames.length > 0 && registryNames.every((n) => registered.includes(n));
  return all ? ['dk', 'portable', 'values'] : ['portable', 'values'];
}
