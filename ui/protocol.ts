// The data that crosses between the UI and its host (JSON only: no Dates, no functions), shared by both bridges.
import type { FormulaMode } from '../core/plan/types';
import type { Bilingual, Lang } from '../core/i18n/lang';
import type { FunctionHelp } from '../core/functions/help';
import type { TemplateSummary } from '../core/templates/index';

export type SourceKind = 'selection' | 'region' | 'table';

export type SourceInfo =
  | {
      ok: true;
      /** where the data is, for people ("Sheet1!A1:H41") */
      label: string;
      /** where to read it again when generating */
      a1: string;
      headers: string[];
      rowCount: number;
      preview: (string | number | boolean | null)[][];
      /** field id → column index */
      mapping: Record<string, number>;
      missing: string[];
    }
  | { ok: false; error: Bilingual };

export interface FillOptions {
  lang: Lang;
  /** how the report writes what it computes: portable native formulas (default), DK.* functions, or values */
  formulas?: FormulaMode;
  /** older hosts read this: false when `formulas` is 'values' */
  live: boolean;
  title?: string;
  period?: string;
  rows?: number;
  /** field id → column index (the user's overrides included) */
  mapping?: Record<string, number | null>;
  sourceA1?: string;
  tableName?: string;
}

export type FillResult = { ok: true; sheetName: string; rows: number; warnings: Bilingual[] } | { ok: false; error: Bilingual };

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
