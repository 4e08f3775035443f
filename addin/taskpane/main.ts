// Task pane entry: waits for Office.js and the page, then mounts the shared UI over the Excel bridge.
import { mountApp } from '../../ui/app';
import { excelBridge } from './excelBridge';

declare const Office: { onReady(cb: () => void): unknown };

const domReady = new Promise<void>((r) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => r()) : r()));

Office.onReady(() => {
  void domReady.then(() => mountApp(document.getElementById('app')!, excelBridge));
});
