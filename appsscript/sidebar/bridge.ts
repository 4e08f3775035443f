// The Sheets side of the UI bridge: one typed wrapper over google.script.run (the server's functions, as promises).
import { langFromLocale } from '../../core/i18n/lang';
import type { serverApi } from '../server';
import type { FunctionHelp } from '../../core/functions/help';
import type { HostBridge } from '../../ui/protocol';

type Api = typeof serverApi;
interface Runner {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: Error) => void): Runner;
  [name: string]: unknown;
}
declare const google: { script: { run: Runner } };
/** The function help, baked into sidebar.html by tools/build-ui.mjs (the server bundle leaves these texts out to stay small). */
declare const DK_FUNCTION_HELP: Record<string, FunctionHelp[]> | undefined;

function bakedHelp(lang: string): FunctionHelp[] {
  const all = typeof DK_FUNCTION_HELP === 'undefined' ? undefined : DK_FUNCTION_HELP;
  const list = all?.[lang];
  if (!list) throw new Error(`DealerKit: sidebar.html was built without the function help (${lang})`);
  return list;
}

/** Call a server function by name with its own parameter and return types. */
export function serverCall<K extends keyof Api>(name: K, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((v) => resolve(v as ReturnType<Api[K]>)).withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

export const sheetsBridge: HostBridge = {
  host: 'sheets',
  uiLanguage: async () => langFromLocale(await serverCall('uiLanguage')),
  listTemplates: (lang) => serverCall('listTemplates', lang),
  listTables: async () => [],
  detectSource: (kind, templateId) => serverCall('detectSource', kind, templateId),
  fill: (templateId, options) => serverCall('fillTemplate', templateId, options),
  insertBlank: (templateId, options) => serverCall('insertBlankForm', templateId, options),
  functionHelp: async (lang) => bakedHelp(lang),
};
