// The Sheets side of the UI bridge: the fill service runs here in the sidebar, over the server's reads and writes (google.script.run).
import { detectSource, fillReport, forPane, insertBlank } from '../../core/fill/service';
import { functionHelp } from '../../core/functions/help';
import { langFromLocale } from '../../core/i18n/lang';
import { listTemplates } from '../../core/templates/index';
import type { HostBridge } from '../../ui/protocol';
import { sheetsHost, type ServerCall } from './sheetsHost';

interface Runner {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: Error) => void): Runner;
  [name: string]: unknown;
}
declare const google: { script: { run: Runner } };

/** google.script.run as a Promise per call. */
export const googleScriptRun: ServerCall = (name, ...args) =>
  new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((v) => resolve(v as never)).withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });

export function sheetsBridge(call: ServerCall): HostBridge {
  return {
    host: 'sheets',
    uiLanguage: async () => langFromLocale(await call('uiLanguage')),
    listTemplates: async (lang) => listTemplates(lang),
    listTables: async () => [],
    detectSource: async (kind, templateId) => detectSource(sheetsHost(call), kind, templateId),
    fill: async (templateId, options, onProgress) => forPane(await fillReport(sheetsHost(call, onProgress), templateId, options)),
    insertBlank: async (templateId, options) => forPane(await insertBlank(sheetsHost(call), templateId, options)),
    // Sheets names: =TIER(…), no DK. prefix
    functionHelp: async (lang) => functionHelp(lang, ''),
  };
}
