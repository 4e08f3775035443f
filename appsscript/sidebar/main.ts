// Sidebar entry: mounts the shared UI over google.script.run, in the mode the menu asked for.
import { mountApp } from '../../ui/app';
import { googleScriptRun, sheetsBridge } from './bridge';

declare global {
  interface Window {
    DK_MODE?: 'fill' | 'blank' | 'help';
  }
}

// the menu appends its mode after this script: read it once the page is parsed
document.addEventListener('DOMContentLoaded', () => {
  void mountApp(document.getElementById('app')!, sheetsBridge(googleScriptRun), window.DK_MODE ?? 'fill');
});
