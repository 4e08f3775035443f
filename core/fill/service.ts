// The one fill flow every entry point runs (Excel pane, Sheets sidebar, WPS pane, CLI): read → match → render → write, errors in both languages.
import { fillText, reason } from '../i18n/fill-messages';
import type { Bilingual } from '../i18n/lang';
import { matchHeaders } from '../plan/matchHeaders';
import type { RenderError, RenderOptions, SourceTable } from '../plan/render';
import { findTemplate, renderTemplate } from '../renderTemplate';
import type { SheetPlan } from '../plan/types';
import { FillError } from './errors';
import { andThen, attempt, type Maybe } from './maybe';
import type { FillOptions, FillResult, SourceInfo, SourceKind } from './types';

/** An error a host throws that already says, in both languages, what the user should know (ApplyError is one). */
export { FillError };

/** What a host shows of a source when the user points at it: the header, a few rows, the size (SourceInfo before matching). */
export type SourceHead = Omit<Extract<SourceInfo, { ok: true }>, 'ok' | 'mapping' | 'missing'>;

/** The whole source a fill reads: the header row, the rows under it, and where it came from. */
export interface SourceBlock extends SourceTable {
  label: string;
}

/** What a host gives the flow; every step may be synchronous (Apps Script, WPS) or return a Promise (Office.js, files). */
export interface FillHost {
  /** the source the user points at; null when there is none (nothing selected) */
  readHead(kind: SourceKind, table?: string): Maybe<SourceHead | null>;
  /** every row of the source the options name (see sourceRef), header first; null when it is gone */
  readSource(options: FillOptions): Maybe<SourceBlock | null>;
  /** the workbook's sheet names (the new sheet's name must differ) */
  sheetNames(): Maybe<readonly string[]>;
  /** writes the plan into a new sheet (an applier: on failure it removes that sheet and throws ApplyError); notes: what it could not draw */
  write(plan: SheetPlan): Maybe<{ sheetName: string; rows: number; notes?: Bilingual[] }>;
  /** options only this host sets: its time zone, the formula mode it can give */
  renderOptions?(base: RenderOptions, options: FillOptions): RenderOptions;
}

/** Where a failed fill stopped: reading the source, rendering the plan, or writing it. */
export type FillStage = 'read' | 'render' | 'write';

export type FillOutcome =
  | { ok: true; sheetName: string; rows: number; warnings: Bilingual[]; plan: SheetPlan }
  | { ok: false; stage: FillStage; error: Bilingual; cause?: unknown; renderError?: RenderError };

const failed = (stage: FillStage, e: unknown, otherwise: (why: string) => Bilingual): FillOutcome => ({
  ok: false,
  stage,
  error: e instanceof FillError ? e.messages : otherwise(reason(e)),
  cause: e,
});

/** The header, preview and matched fields of the source the user points at. */
export function detectSource(host: FillHost, kind: SourceKind, templateId: string, table?: string): Maybe<SourceInfo> {
  return attempt(
    () =>
      andThen(host.readHead(kind, table), (head): SourceInfo => {
        if (!head) return { ok: false, error: fillText('selectFirst') };
        return { ok: true, ...head, ...matchSource(head.headers, templateId) };
      }),
    (e): SourceInfo => ({ ok: false, error: e instanceof FillError ? e.messages : fillText('cannotRead', { why: reason(e) }) }),
  );
}

/** Headers matched to a template's fields (the pane does the same when the template changes, with no host call). */
export function matchSource(headers: readonly string[], templateId: string): { mapping: Record<string, number>; missing: string[] } {
  const spec = findTemplate(templateId);
  if (!spec) return { mapping: {}, missing: [] };
  const m = matchHeaders([...headers], spec);
  return { mapping: m.mapping, missing: m.missing };
}

/** The source a pane fill names: its table, else its address; a FillError when it names none. */
export function sourceRef(options: FillOptions): { table?: string; a1: string } {
  if (options.tableName) return { table: options.tableName, a1: options.sourceA1 ?? '' };
  if (!options.sourceA1) throw new FillError(fillText('chooseSource'));
  return { a1: options.sourceA1 };
}

const baseOptions = (o: FillOptions): RenderOptions => ({ lang: o.lang, formulas: o.formulas, live: o.live, title: o.title, period: o.period });

/** Fills the template from the source the options name into a new sheet. */
export function fillReport(host: FillHost, templateId: string, options: FillOptions): Maybe<FillOutcome> {
  type Read = { src: SourceBlock | null; names: readonly string[] };
  const read = attempt<Read | FillOutcome>(
    () => andThen(host.readSource(options), (src) => andThen(host.sheetNames(), (names): Read => ({ src, names }))),
    (e) => failed('read', e, (why) => fillText('cannotRead', { why })),
  );
  return andThen(read, (r): Maybe<FillOutcome> => {
    if ('ok' in r) return r as FillOutcome;
    if (!r.src) return { ok: false, stage: 'read', error: fillText('sourceGone') };
    const src = r.src;
    return renderAndWrite(host, templateId, src, options, { mapping: options.mapping, existingSheetNames: r.names, sourceLabel: src.label });
  });
}

/** A blank form of the template (its fields' headers, formulas and drop-downs, `options.rows` rows) in a new sheet. */
export function insertBlank(host: FillHost, templateId: string, options: FillOptions): Maybe<FillOutcome> {
  const names = attempt<{ names: readonly string[] } | FillOutcome>(
    () => andThen(host.sheetNames(), (names) => ({ names })),
    (e) => failed('read', e, (why) => fillText('cannotRead', { why })),
  );
  return andThen(names, (n): Maybe<FillOutcome> => ('ok' in n ? n : renderAndWrite(host, templateId, null, options, { blank: true, rows: options.rows, existingSheetNames: n.names })));
}

function renderAndWrite(host: FillHost, templateId: string, src: SourceTable | null, options: FillOptions, more: RenderOptions): Maybe<FillOutcome> {
  const base = { ...baseOptions(options), ...more };
  const res = renderTemplate(templateId, src, host.renderOptions ? host.renderOptions(base, options) : base);
  if (!res.ok) return { ok: false, stage: 'render', error: res.error.message, renderError: res.error };
  const plan = res.plan;
  return attempt(
    () => andThen(host.write(plan), (out): FillOutcome => ({ ok: true, sheetName: out.sheetName, rows: out.rows, warnings: [...plan.warnings, ...(out.notes ?? [])], plan })),
    (e) => failed('write', e, (why) => fillText('generateFailed', { why })),
  );
}

/** The outcome as it crosses to the pane (JSON only: no plan, no error object). */
export function forPane(o: FillOutcome): FillResult {
  return o.ok ? { ok: true, sheetName: o.sheetName, rows: o.rows, warnings: o.warnings } : { ok: false, error: o.error };
}
