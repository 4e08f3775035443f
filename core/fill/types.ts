// What a fill asks for and answers, as it crosses between the pane and its host (JSON only: no Dates, no functions).
import type { Bilingual, Lang } from '../i18n/lang';
import type { MappingOverride } from '../plan/matchHeaders';
import type { FormulaMode } from '../plan/types';

export type SourceKind = 'selection' | 'region' | 'table';

export type SourceInfo =
  | {
      ok: true;
      /** where the data is, for people ("Sheet1!A1:H41") */
      label: string;
      /** where to read it again when generating */
      a1: string;
      /** the named table the user chose: read again by its name when generating (it may have grown) */
      table?: string;
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
  /** field id → column index (the user's overrides included); the CLI names columns by header text */
  mapping?: Record<string, MappingOverride>;
  sourceA1?: string;
  tableName?: string;
}

export type FillResult = { ok: true; sheetName: string; rows: number; warnings: Bilingual[] } | { ok: false; error: Bilingual };
