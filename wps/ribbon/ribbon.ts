// The ribbon's callbacks (onLoad, getLabel, onAction): a DealerKit tab whose button opens the report pane.
/// <reference types="et-jsapi-declare" />
import type { Lang } from '../../core/i18n/lang';
import { wpsUiLang, type LangRoot } from '../lang';

/** Button labels in both UI languages (ribbon.xml asks for them through getLabel). */
export const RIBBON_LABELS: Record<string, Record<Lang, string>> = {
  dkTab: { 'zh-CN': 'DealerKit', 'en-US': 'DealerKit' },
  dkGroup: { 'zh-CN': '经销商报表', 'en-US': 'Dealer reports' },
  dkReports: { 'zh-CN': '报表', 'en-US': 'Reports' },
};

/** What the callbacks need of the `wps` global (names as et-jsapi-declare declares them). */
export type RibbonRoot = Pick<WPS.AddonRoot, 'CreateTaskPane' | 'GetTaskPane' | 'PluginStorage'> & LangRoot;

const PANE_KEY = 'dealerkit_taskpane_id';

export function ribbonCallbacks(root: RibbonRoot, paneUrl: string) {
  return {
    OnAddinLoad(): boolean {
      return true;
    },
    OnGetLabel(control: { Id: string }): string {
      const l = RIBBON_LABELS[control.Id];
      return l ? l[wpsUiLang(root)] : control.Id;
    },
    /** One pane per WPS window: a second click shows the pane again instead of opening another. */
    OnAction(control: { Id: string }): boolean {
      if (control.Id !== 'dkReports') return true;
      const id = root.PluginStorage.getItem(PANE_KEY);
      if (id) {
        const pane = root.GetTaskPane(Number(id));
        if (pane) {
          pane.Visible = true;
          return true;
        }
      }
      const pane = root.CreateTaskPane(paneUrl, 'DealerKit');
      root.PluginStorage.setItem(PANE_KEY, String(pane.ID));
      pane.Visible = true;
      return true;
    },
  };
}
