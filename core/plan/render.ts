// renderSpec: template spec + source table + options → SheetPlan (or a clear, bilingual refusal). Never throws on user data.
import type { Bilingual, Lang } from '../i18n/lang';
import { planText } from '../i18n/plan-messages';
import { isBlank, quote } from '../values/read';
import type { TemplateSpec } from './templateSpec';
import { convertCell, type ConvertContext } from './convert';
import { dateReader, serialOf, type WallClock } from '../values/dates';
import { headerKey, matchHeaders, type MappingOverride } from './matchHeaders';
import { renderCards } from './cards';
import { uniqueSheetName } from './sheetName';
import { TableReport } from './tableReport';
import { FORMULA_MODES, type FormulaMode, type PlanScalar, type SheetPlan } from './types';

/** The most rows one fill writes: past this, hosts' request and time limits make a fill fail or hang. */
export const MAX_ROWS = 100_000;
/** Cards take 29 rows each: more than this would pass Excel's 1,048,576 rows. */
export const MAX_CARDS = 30_000;

export interface SourceTable {
  headers: unknown[];
  rows: unknown[][];
}

export interface RenderOptions {
  title?: string;
  period?: string;
  lang?: Lang;
  /**
   * How computed columns are written: `portable` (default) native formulas that compute in Excel, WPS,
   * LibreOffice and Google Sheets without DealerKit; `dk` spilling DealerKit functions; `values` no formulas.
   */
  formulas?: FormulaMode;
  /** older option: `false` means `formulas: 'values'` (ignored when `formulas` is given) */
  live?: boolean;
  /** a blank form instead of a fill */
  blank?: boolean;
  /** rows of a blank form */
  rows?: number;
  /** names the workbook already has (the new sheet's name must differ) */
  existingSheetNames?: readonly string[];
  /** field id → column index or header text (null: leave unmapped) */
  mapping?: Record<string, MappingOverride>;
  /** the time the report is made (for the sheet name, period and "generated at"); default now */
  now?: Date | string;
  /** where the data came from, e.g. "Sheet1!A1:H41" */
  sourceLabel?: string;
  /**
   * The IANA time zone of the person the report is for (Google Sheets: the spreadsheet's zone): the
   * date in the sheet name, "generated at", today. Default: this machine's zone.
   */
  timeZone?: string;
  /** the zone in which source `Date` objects are read (ExcelJS gives wall clocks as UTC: "UTC"); default `timeZone` */
  sourceTimeZone?: string;
  /**
   * `false`: every row's formula text is written out, as before copied-down blocks (tests compare the two forms);
   * default `true`: a column whose rows hold one formula shifted is one copied-down block.
   */
  copyDown?: boolean;
}

export interface RenderError {
  code: 'unknown-template' | 'no-headers' | 'no-rows' | 'too-many-rows' | 'unmapped' | 'bad-mapping' | 'bad-rows';
  message: Bilingual;
  /** for 'unmapped': the fields and the headers found */
  missing?: string[];
  headers?: string[];
}

export type RenderResult = { ok: true; plan: SheetPlan } | { ok: false; error: RenderError };

/** A refusal: the code hosts branch on and the message users read. */
export const renderFailure = (code: RenderError['code'], message: Bilingual, extra: Partial<RenderError> = {}): RenderResult => ({ ok: false, error: { code, message, ...extra } });
const fail = renderFailure;

/** Rows of a blank form when neither the caller nor the template says. */
export const DEFAULT_BLANK_ROWS = 20;

const pad = (n: number) => String(n).padStart(2, '0');
function toDate(now: Date | string | undefined): Date {
  if (now instanceof Date && !isNaN(now.getTime())) return now;
  if (typeof now === 'string') {
    const d = new Date(now);
    if (!isNaN(d.getTime())) return d;
  }
  return new Date();
}
const ymd = (w: WallClock) => `${w.year}-${pad(w.month)}-${pad(w.day)}`;
/** The machine's zone, for a command line run by the person the report is for. */
const machineZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Render one template's spec (renderTemplate in core/renderTemplate.ts finds a template by id). */
export function renderSpec(spec: TemplateSpec, table: SourceTable | null, options: RenderOptions = {}): RenderResult {
  const lang: Lang = options.lang === 'en-US' ? 'en-US' : 'zh-CN';
  const mode: FormulaMode = FORMULA_MODES.includes(options.formulas as FormulaMode) ? (options.formulas as FormulaMode) : options.live === false ? 'values' : 'portable';
  const now = toDate(options.now);
  const zone = options.timeZone || machineZone();
  const nowClock = dateReader(zone)(now) ?? dateReader('UTC')(now)!;
  const ctx: ConvertContext = { readDate: dateReader(options.sourceTimeZone || zone) };
  const blank = options.blank === true || table === null;

  let data: Record<string, PlanScalar[]>;
  let n: number;
  const warnings: Bilingual[] = [];
  if (blank) {
    const rows = options.rows ?? spec.blankRows ?? DEFAULT_BLANK_ROWS;
    const max = spec.layout === 'cards' ? MAX_CARDS : MAX_ROWS;
    if (!Number.isInteger(rows) || rows < 1 || rows > max) return fail('bad-rows', planText('badRows', { max }));
    n = rows;
    data = Object.fromEntries(spec.fields.map((f) => [f.id, new Array<PlanScalar>(n).fill(null)]));
  } else {
    const src = table!;
    const headers = (src.headers ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
    if (!headers.some((h) => h.trim() !== '')) return fail('no-headers', planText('noHeaders'));
    const overrides = options.mapping ?? {};
    for (const [field, o] of Object.entries(overrides)) {
      if (!spec.fields.some((f) => f.id === field)) return fail('bad-mapping', planText('unknownField', { id: spec.id, field }));
      const ok = o === null || o === '' || (typeof o === 'number' ? Number.isInteger(o) && o >= 0 && o < headers.length : headers.some((h) => headerKey(h) === headerKey(o)));
      if (!ok) return fail('bad-mapping', planText('badOverride', { field, header: String(o) }));
    }
    const m = matchHeaders(headers, spec, overrides);
    if (m.missing.length) {
      const names = m.missing.map((id) => {
        const f = spec.fields.find((x) => x.id === id)!;
        return `${f.zh} / ${f.en}`;
      });
      return fail('unmapped', planText('unmapped', { fields: names.join('、'), headers: headers.filter((h) => h).map((h) => `“${quote(h)}”`).join(', ') || '—' }), { missing: m.missing, headers });
    }
    const rows = src.rows ?? [];
    const max = spec.layout === 'cards' ? MAX_CARDS : MAX_ROWS;
    // formatted empty rows below the data are not data: only rows with a value count against the limit
    const filled = rows.reduce((k: number, r) => (Array.isArray(r) && r.some((c) => !isBlank(c)) ? k + 1 : k), 0);
    if (filled > max) return fail('too-many-rows', planText('tooManyRows', { n: filled.toLocaleString('en-US'), max: max.toLocaleString('en-US') }));
    const kept: PlanScalar[][] = [];
    let dropped = 0;
    let notNumber = 0;
    let firstBad: { field: string; row: number; value: string } | null = null;
    let notDate = 0;
    let firstBadDate: { field: string; row: number; value: string } | null = null;
    let longNumbers = 0;
    let firstLong: { field: string; row: number; value: string } | null = null;
    rows.forEach((row, ri) => {
      const out: PlanScalar[] = [];
      let any = false;
      spec.fields.forEach((f) => {
        const idx = m.mapping[f.id];
        if (idx === undefined) {
          out.push(null);
          return;
        }
        const c = convertCell(Array.isArray(row) ? row[idx] : undefined, f.type, ctx);
        if (c.notDate) {
          notDate++;
          firstBadDate ??= { field: lang === 'zh-CN' ? f.zh : f.en, row: ri + 2, value: quote(c.value) };
        }
        if (c.lostDigits) {
          longNumbers++;
          firstLong ??= { field: lang === 'zh-CN' ? f.zh : f.en, row: ri + 2, value: quote(c.value) };
        }
        if (c.value !== null) any = true;
        if (c.notNumber) {
          notNumber++;
          firstBad ??= { field: lang === 'zh-CN' ? f.zh : f.en, row: ri + 2, value: quote(c.value) };
        }
        out.push(c.value);
      });
      if (any) kept.push(out);
      else dropped++;
    });
    if (!kept.length) return fail('no-rows', planText('noRows'));
    if (dropped) warnings.push(planText('droppedBlankRows', { n: dropped }));
    if (notDate && firstBadDate) warnings.push(planText('notDateCells', { n: notDate, ...(firstBadDate as { field: string; row: number; value: string }) }));
    if (longNumbers && firstLong) warnings.push(planText('longNumberCells', { n: longNumbers, ...(firstLong as { field: string; row: number; value: string }) }));
    if (notNumber && firstBad) warnings.push(planText('notNumberCells', { n: notNumber, ...(firstBad as { field: string; row: number; value: string }) }));
    if (spec.sort) sortRows(kept, spec);
    n = kept.length;
    data = Object.fromEntries(spec.fields.map((f, i) => [f.id, kept.map((r) => r[i])]));
  }

  const name = spec.name[lang];
  const title = (options.title ?? '').trim() || name;
  const period = (options.period ?? '').trim() || (spec.period === 'year' ? String(nowClock.year) : `${nowClock.year}-${pad(nowClock.month)}`);
  const tx = (b: Bilingual) => b[lang];
  const stamp = `${ymd(nowClock)} ${pad(nowClock.hour)}:${pad(nowClock.minute)}`;
  const metaLine = [
    `${tx(planText('period'))}: ${period}`,
    blank ? tx(planText('blankForm')) : `${tx(planText('source'))}: ${options.sourceLabel || '—'}`,
    `${tx(planText('generated'))}: ${stamp}`,
  ].join('  ·  ');
  const sheetName = uniqueSheetName(title, options.existingSheetNames ?? [], ymd(nowClock));
  const today = Math.floor(serialOf({ ...nowClock, hour: 0, minute: 0, second: 0 }) ?? 0);

  const builder =
    spec.layout === 'cards'
      ? renderCards({ spec, lang, mode, data, n, blank, title, metaLine, now, today })
      : (() => {
          const report = new TableReport({ spec, lang, mode, data, n, blank, title, metaLine, now, today, copyDown: options.copyDown !== false });
          for (const cs of report.computed.specs) cs.build(report);
          if (spec.totals?.length) report.totals(spec.totals, spec.totalsOver);
          spec.finish?.(report);
          report.finishPrint();
          return report.sheet;
        })();
  for (const w of warnings) builder.warn(w);
  return { ok: true, plan: builder.build({ name: sheetName, templateId: spec.id, dataRows: blank ? 0 : n }) };
}

function sortRows(rows: PlanScalar[][], spec: TemplateSpec) {
  const keys = spec.sort!.map((s) => ({ i: spec.fields.findIndex((f) => f.id === s.field), desc: !!s.desc }));
  const cmp = (a: PlanScalar, b: PlanScalar): number => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'number') return -1;
    if (typeof b === 'number') return 1;
    return String(a) < String(b) ? -1 : 1;
  };
  const indexed = rows.map((r, i) => ({ r, i }));
  indexed.sort((x, y) => {
    for (const k of keys) {
      const a = x.r[k.i];
      const b = y.r[k.i];
      // blanks last either way
      if (a === null || b === null) {
        if (a !== b) return a === null ? 1 : -1;
        continue;
      }
      const c = cmp(a, b);
      if (c) return k.desc ? -c : c;
    }
    return x.i - y.i;
  });
  indexed.forEach((x, j) => (rows[j] = x.r));
}
