// The shape of a report template: fields (headers, synonyms), computed columns, parameters, extras — declared, then rendered.
// It lives in the plan layer (templates import it; the plan imports no template).
import type { Bilingual } from '../i18n/lang';
import type { TableReport } from './tableReport';
import type { FormulaMode } from './types';

export type FieldType = 'text' | 'number' | 'percent' | 'date' | 'time' | 'choice';

export interface FieldSpec {
  id: string;
  zh: string;
  en: string;
  required?: boolean;
  /** other headers users write for this field (zh or en) */
  synonyms?: string[];
  type: FieldType;
  /** drop-down values (data vocabulary: the seed's words, the same in both languages) */
  list?: readonly string[];
  /** column width in characters */
  width?: number;
}

/** A value in the editable parameter block: a number, text, or a small matrix. */
export interface ParamSpec {
  id: string;
  label: Bilingual;
  /** a value, or a matrix (rows × cols) with row/column labels */
  value: number | string | (number | string)[][];
  rowLabels?: string[];
  colLabels?: Bilingual[];
  numberFormat?: string;
  note?: Bilingual;
  /** a live default: a formula over the report's own columns and the value it gives now */
  compute?: (report: TableReport) => { f: string; v: number | string };
}

export interface ComputedSpec {
  id: string;
  /** one header per column the computed block fills (usually one) */
  headers: Bilingual[];
  numberFormat?: string;
  width?: number;
  /** only in these formula modes (helper columns a portable form needs, such as DEALERSCORE's item points) */
  modes?: FormulaMode[];
  /** hidden helper columns: kept in the file (named in their header) for the formulas that read them, never printed */
  hidden?: boolean;
  /** writes the column(s): `report.fn(…)` for a registry function, or per-row native formulas, with cached values */
  build: (report: TableReport) => void;
}

export interface TemplateSpec {
  id: string;
  /** where the pane and the command line list it (ascending; templates without one come last, by id) */
  order?: number;
  name: Bilingual;
  description: Bilingual;
  /** the default period: the current month, or the year (the dealer evaluation is yearly) */
  period: 'month' | 'year';
  fields: FieldSpec[];
  computed: ComputedSpec[];
  params: ParamSpec[];
  /** rows of a blank form by default */
  blankRows?: number;
  /** order of the data rows (stable) */
  sort?: { field: string; desc?: boolean }[];
  /** computed columns totalled (ids of computed or number fields) */
  totals?: string[];
  /** totals over the same rows: those where each of these columns holds a number (else each column skips its own errors) */
  totalsOver?: string[];
  /** summary blocks, conditional formats, charts, notes: after the columns are written */
  finish?: (report: TableReport) => void;
  /** a template with its own layout (the customer card) instead of the table */
  layout?: 'table' | 'cards';
  /** the card layout: which fields the front and the back of each card show, in order */
  cardSides?: { front: readonly FieldSpec[]; back: readonly FieldSpec[] };
}
