// The WPS side of the UI bridge: the fill service's WPS adapter (ET object-model reads, the WPS applier) and WPS's own options.
/// <reference types="et-jsapi-declare" />
import { functionHelp } from '../../core/functions/help';
import { registry } from '../../core/functions/index';
import { detectSource, FillError, fillReport, forPane, insertBlank, sourceRef, type FillHost } from '../../core/fill/service';
import { fillText } from '../../core/i18n/fill-messages';
import type { FormulaMode } from '../../core/plan/types';
import { listTemplates } from '../../core/templates/index';
import type { FillOptions, HostBridge, SourceKind } from '../../ui/protocol';
import { applyPlanWps, listSheetNamesWps } from '../applier/applyPlan';
import type { EtApp } from '../applier/et-types';
import { cellError, fromComValue } from '../comValues';
import { wpsFormulaModes } from '../formulaMode';
import { wpsUiLang, type LangRoot } from '../lang';

/** A range as the bridge reads it (members picked from et-jsapi-declare's Et.Range). */
export interface SourceRange {
  readonly Value2: unknown;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  readonly CurrentRegion: SourceRange;
  readonly Count: number;
  readonly Worksheet: { readonly Name: string; Range(a1: string): SourceRange };
}

/** A named table (ListObject), members from et-jsapi-declare's Et.ListObject; Worksheet.ListObjects lists a sheet's tables. */
export interface SourceTable {
  readonly Name: string;
  readonly Range: SourceRange;
}
export interface TableSheet {
  readonly ListObjects: { readonly Count: number; Item(Index: number): SourceTable };
}

/** What the bridge needs of WPS's `Application`: the applier's part, the selection, the language. */
export type WpsPaneApp = EtApp & LangRoot & { readonly Selection: SourceRange | null };

/** Compiles only while the typings' own objects are usable where the bridge's narrowed ones are asked. */
type Is<T extends U, U> = T extends U ? true : never;
export type EtTypingsHaveSource = [Is<Et.Range, SourceRange>, Is<Et.ListObject, SourceTable>, Is<Et.Worksheet, TableSheet>];

/**
 * Value2 is a scalar for one cell and a 2-D array for more (as in Excel's VBA model); a cell error, which WPS
 * hands over as its VT_ERROR number (wps/comValues.ts), becomes its `#CODE` text, as Excel's and Sheets' reads give it.
 */
const grid = (v: unknown): unknown[][] => {
  const rows = Array.isArray(v) ? (v as unknown[][]) : [[v]];
  if (!rows.some((row) => Array.isArray(row) && row.some((x) => cellError(x) !== undefined))) return rows;
  return rows.map((row) => (Array.isArray(row) ? row.map(fromComValue) : row));
};
const safe = (v: unknown) => (v === undefined ? null : (v as string | number | boolean | null));
const quoteSheet = (n: string) => `'${n.replace(/'/g, "''")}'`;

function splitAddress(address: string): [string, string] {
  const i = address.lastIndexOf('!');
  return [address.slice(0, i).replace(/^'|'$/g, '').replace(/''/g, "'"), address.slice(i + 1)];
}

/** The registered DK functions (the functions script runs first on the start page; the pane shares PluginStorage, not globals). */
export function wpsBridge(app: () => WpsPaneApp, registered: () => readonly string[]): HostBridge {
  const read = (a1: string) => {
    const [sheet, ref] = splitAddress(a1);
    const s = app().ActiveWorkbook!.Worksheets.Item(sheet) as unknown as { Range(a: string): SourceRange };
    return grid(s.Range(ref.replace(/\$/g, '')).Value2);
  };
  const modes = () => wpsFormulaModes(registered(), registry.map((d) => d.name));
  /** the mode the pane chose when this WPS offers it; else the default (dk is never written where DK.* would show #NAME?) */
  const mode = (o: FillOptions): FormulaMode => {
    const offered = modes();
    if (o.formulas && offered.includes(o.formulas)) return o.formulas;
    return o.live === false ? 'values' : offered[0];
  };
  /** Every named table of the workbook, sheet by sheet (Worksheet.ListObjects, as in Excel's VBA model). */
  const tables = (): SourceTable[] => {
    const ws = app().ActiveWorkbook?.Worksheets;
    const out: SourceTable[] = [];
    if (!ws) return out;
    for (let i = 1; i <= ws.Count; i++) {
      const list = (ws.Item(i) as unknown as Partial<TableSheet>).ListObjects;
      if (!list) continue; // a WPS without ListObjects on this sheet: no tables to offer
      for (let j = 1; j <= list.Count; j++) out.push(list.Item(j));
    }
    return out;
  };
  /** The range a pane source names: a named table's whole range (header included), else the selection or the region around it. */
  const sourceRange = (kind: SourceKind, tableName?: string): SourceRange | null => {
    if (kind === 'table') {
      const t = tables().find((x) => x.Name === tableName);
      if (!t) throw new FillError(fillText('noTable', { name: tableName ?? '' }));
      return t.Range;
    }
    const sel = app().Selection;
    if (!sel || typeof sel.Address !== 'function') return null;
    // one cell selected (or "region"): the region around it
    return kind === 'region' || sel.Count === 1 ? sel.CurrentRegion : sel;
  };
  const addressOf = (r: SourceRange) => `${quoteSheet(r.Worksheet.Name)}!${r.Address(false, false)}`;
  /** WPS's part of the fill flow: the ET object model is synchronous, so every step is. */
  const host: FillHost = {
    readHead(kind, tableName) {
      const r = sourceRange(kind, tableName);
      if (!r) return null;
      const values = grid(r.Value2);
      const address = addressOf(r);
      const headers = (values[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
      return { label: address, a1: address, ...(kind === 'table' && tableName ? { table: tableName } : {}), headers, rowCount: Math.max(0, values.length - 1), preview: values.slice(1, 6).map((row) => row.map(safe)) };
    },
    readSource(options) {
      const ref = sourceRef(options);
      // a named table is read again by its name: rows added since it was chosen are in the report
      if (ref.table) {
        const r = sourceRange('table', ref.table)!;
        const values = grid(r.Value2);
        return { headers: values[0] ?? [], rows: values.slice(1), label: addressOf(r) };
      }
      const values = read(ref.a1);
      return { headers: values[0] ?? [], rows: values.slice(1), label: ref.a1 };
    },
    sheetNames: () => listSheetNamesWps(app()),
    write(plan) {
      const out = applyPlanWps(plan, app());
      return { sheetName: out.sheetName, rows: out.rowsWritten, notes: out.notes };
    },
    renderOptions: (base, options) => ({ ...base, formulas: mode(options) }),
  };
  return {
    host: 'wps',
    async uiLanguage() {
      return wpsUiLang(app());
    },
    async listTemplates(lang) {
      return listTemplates(lang);
    },
    async listTables() {
      try {
        return tables().map((t) => t.Name);
      } catch {
        return [];
      }
    },
    detectSource: async (kind, templateId, tableName) => detectSource(host, kind, templateId, tableName),
    fill: async (templateId, options) => forPane(await fillReport(host, templateId, options)),
    insertBlank: async (templateId, options) => forPane(await insertBlank(host, templateId, options)),
    async functionHelp(lang) {
      return functionHelp(lang, 'DK.');
    },
    async formulaModes() {
      return modes();
    },
  };
}
