// The ribbon callbacks over a typed fake: labels in WPS's UI language, one task pane per window, reopened not duplicated.
/// <reference types="et-jsapi-declare" />
import { describe, expect, it } from 'vitest';
import { ribbonCallbacks, RIBBON_LABELS, type RibbonRoot } from '../../wps/ribbon/ribbon';

function fakeRoot(lcid: number) {
  const store = new Map<string, string>();
  const panes: { url: string; title?: string; ID: number; Visible: boolean }[] = [];
  const root = {
    LanguageSettings: { LanguageID: () => lcid },
    PluginStorage: { getItem: (k: string) => store.get(k) ?? '', setItem: (k: string, v: unknown) => void store.set(k, String(v)) },
    CreateTaskPane(url: string, title?: string) {
      const p = { url, title, ID: panes.length + 1, Visible: false };
      panes.push(p);
      return p as unknown as WPS.CustomTaskpane;
    },
    GetTaskPane(id: number) {
      return panes.find((p) => p.ID === id) as unknown as WPS.CustomTaskpane;
    },
  } as unknown as RibbonRoot;
  return { root, panes };
}

describe('WPS ribbon', () => {
  it('labels follow the UI language', () => {
    expect(ribbonCallbacks(fakeRoot(2052).root, 'p').OnGetLabel({ Id: 'dkReports' })).toBe(RIBBON_LABELS.dkReports['zh-CN']);
    expect(ribbonCallbacks(fakeRoot(1033).root, 'p').OnGetLabel({ Id: 'dkGroup' })).toBe('Dealer reports');
  });

  it('the Reports button opens the pane at the given URL once, then shows the same pane again', () => {
    const { root, panes } = fakeRoot(2052);
    const cb = ribbonCallbacks(root, 'http://127.0.0.1:3889/taskpane.html');
    cb.OnAction({ Id: 'dkReports' });
    expect(panes).toHaveLength(1);
    expect(panes[0]).toMatchObject({ url: 'http://127.0.0.1:3889/taskpane.html', Visible: true });
    panes[0].Visible = false;
    cb.OnAction({ Id: 'dkReports' });
    expect(panes).toHaveLength(1);
    expect(panes[0].Visible).toBe(true);
  });
});
