// Task pane entry: waits for Office.js and the page, checks the requirement sets, then mounts the shared UI over the Excel bridge.
import { mountApp } from '../../ui/app';
import { excelBridge } from './excelBridge';
import { missingRequirements } from './requirements';

const domReady = new Promise<void>((r) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => r()) : r()));

void Office.onReady(() => {
  void domReady.then(async () => {
    const root = document.getElementById('app')!;
    // outside Excel (a browser, the tests) there is no requirements object: nothing to check
    const req = Office.context?.requirements;
    const missing = req ? missingRequirements((n, v) => req.isSetSupported(n, v)) : null;
    if (missing) {
      const lang = await excelBridge.uiLanguage();
      root.textContent = missing[lang];
      return;
    }
    await mountApp(root, excelBridge);
  });
});
