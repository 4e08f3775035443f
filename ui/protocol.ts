// The data that crosses between the UI and its host (JSON only: no Dates, no functions), shared by both bridges.
import type { Lang } from '../core/i18n/lang';
import type { FillOptions, FillResult, SourceInfo, SourceKind } from '../core/fill/types';
import type { FunctionHelp } from '../core/functions/help';
import type { FormulaMode } from '../core/plan/types';
import type { TemplateSummary } from '../core/templates/index';

export type { FillOptions, FillResult, SourceInfo, SourceKind } from '../core/fill/types';

/** What the UI needs from its host: Office.js in Excel, google.script.run in Sheets. */
export interface HostBridge {
  host: 'excel' | 'sheets' | 'wps';
  uiLanguage(): Promise<Lang>;
  listTemplates(lang: Lang): Promise<TemplateSummary[]>;
  /** tables the user can pick (Excel named tables); empty where the host has none */
  listTables(): Promise<string[]>;
  detectSource(kind: SourceKind, templateId: string, tableName?: string): Promise<SourceInfo>;
  fill(templateId: string, options: FillOptions, onProgress?: (done: number, total: number) => void): Promise<FillResult>;
  insertBlank(templateId: string, options: FillOptions): Promise<FillResult>;
  functionHelp(lang: Lang): Promise<FunctionHelp[]>;
  /**
   * The formula modes this host offers, its default first (WPS: `dk` only where its DK functions are
   * registered). Hosts without it offer all three with `portable` as the default.
   */
  formulaModes?(): Promise<FormulaMode[]>;
  /**
   * Load DealerKit when the workbook opens, so its functions compute before the pane is opened (Excel's shared
   * runtime only; hosts without it leave these out and the pane shows no such option).
   */
  getLoadOnOpen?(): Promise<boolean>;
  setLoadOnOpen?(on: boolean): Promise<void>;
}
