// The `dealerkit` command line: list templates, fill one from a .xlsx/.csv into a new .xlsx, or write a blank form.
import { existsSync } from 'node:fs';
import type { Lang } from '../core/i18n/lang';
import type { Bilingual } from '../core/i18n/lang';
import { headerKey, matchHeaders, type MappingOverride } from '../core/plan/matchHeaders';
import { fillReport, insertBlank, type FillHost, type FillOutcome } from '../core/fill/service';
import type { FillOptions } from '../core/fill/types';
import { DEFAULT_BLANK_ROWS, type RenderError } from '../core/plan/render';
import { findTemplate } from '../core/renderTemplate';
import { listTemplates, templates } from '../core/templates/index';
import type { TemplateSpec } from '../core/plan/templateSpec';
import { FORMULA_MODES, type FormulaMode, type SheetPlan } from '../core/plan/types';
import type { XlsxApplyOptions } from './xlsx/cells';
import { writePlanXlsx } from './xlsx/writeStream';
import { InputError, readSource, type ReadResult } from './read';
import { FileError, sameFile, writeAtomically } from './files';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, internal: 1, usage: 2, input: 3, refused: 4, exists: 5, file: 6 } as const;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = `dealerkit — DealerKit reports without Excel or Google Sheets / 无需 Excel 或 Google 表格生成 DealerKit 报表

  dealerkit templates                 list the templates / 列出模板
  dealerkit templates <template>      list its fields: id, zh/en names, synonyms / 列出字段的 id、中英文名和同义词
  dealerkit fill <template> --in data.xlsx|data.csv [--sheet NAME] [--header-row N] [--map field=Header ...]
                 --out report.xlsx [--lang zh-CN|en-US] [--formulas portable|dk|values] [--title T] [--period P] [--force]
  dealerkit blank <template> --out form.xlsx [--rows N] [--lang zh-CN|en-US] [--formulas portable|dk|values] [--force]

  --formulas portable  (default) native formulas that keep computing in Excel, WPS, LibreOffice and Google Sheets
                       without DealerKit / 通用公式：没有 DealerKit 的同事用 Excel、WPS、LibreOffice、Google 表格也能重算
  --formulas dk        DK.* functions: live only where the DealerKit add-in or script is installed / 仅装有 DealerKit 时可重算
  --formulas values    numbers only, no formulas (--values is the same) / 只有数值，没有公式（与 --values 相同）
  --map field=Header   which column holds a field; the field by its id or its zh/en name
                       (--map last_order=进货 or --map 上次订货=进货); see dealerkit templates <template>
                       指定字段对应的列：字段可写 id 或中英文名
  --header-row N       the header is row N of the sheet (default: found, also below a title row;
                       a two-level merged header is joined) / 标题在第 N 行（默认自动查找）
  --sheet NAME         the sheet to read (default: the first) / 要读取的工作表（默认第一个）
  CSV: UTF-8 or GB18030 (GBK), comma, semicolon or tab, found by themselves / CSV 编码和分隔符自动识别
  Exit codes / 退出码: 0 done, 2 usage, 3 input unreadable, 4 refused, 5 output exists, 6 file system, 1 internal
`;

class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

interface Parsed {
  cmd: string;
  positional: string[];
  opts: Record<string, string | true>;
  maps: Record<string, string>;
}

const FLAGS = new Set(['values', 'force', 'help']);
const VALUED = new Set(['in', 'out', 'sheet', 'map', 'lang', 'rows', 'title', 'period', 'header-row', 'formulas']);

export function parseArgs(argv: string[]): Parsed {
  const [cmd = 'help', ...rest] = argv;
  const positional: string[] = [];
  const opts: Record<string, string | true> = {};
  const maps: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (FLAGS.has(name)) {
      opts[name] = true;
      continue;
    }
    if (!VALUED.has(name)) throw new UsageError(`未知选项 --${name}`, `Unknown option --${name}`);
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError(`--${name} 需要一个值`, `--${name} needs a value`);
    if (name === 'map') {
      const eq = value.indexOf('=');
      if (eq <= 0) throw new UsageError(`--map 的格式是 字段=列标题（如 last_order=进货）`, `--map takes field=Header (e.g. last_order=Purchases)`);
      maps[value.slice(0, eq).trim()] = value.slice(eq + 1).trim();
    } else opts[name] = value;
  }
  return { cmd, positional, opts, maps };
}

function say(io: Io, zh: string, en: string) {
  io.err(`${zh}\n${en}`);
}

function templateOrFail(id: string | undefined): string {
  if (!id) throw new UsageError('请给出模板名称（dealerkit templates 列出全部）', 'Name a template (dealerkit templates lists them)');
  if (!templates.some((t) => t.id === id)) {
    const list = templates.map((t) => t.id).join(', ');
    throw new RefusedError(`没有模板“${id}”。可用：${list}`, `No template "${id}". Templates: ${list}`);
  }
  return id;
}

/** A whole number option in a range: digits only (so "0x10", "1e3" and "16.0" are refused). */
function wholeNumber(name: string, v: string | true, min: number, max: number): number {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} 必须是 ${min} 到 ${max} 的整数`, `${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** A template's fields for the command line: id, zh/en names, required, synonyms, and how to map one. */
function fieldList(id: string): string {
  const t = findTemplate(id)!;
  const lines = [`${t.id}: ${t.name['zh-CN']} / ${t.name['en-US']}`, '', `  ${'id'.padEnd(20)} 字段 / field（* 必填 required）; 同义词 / synonyms`];
  for (const f of t.fields) lines.push(`  ${f.id.padEnd(20)} ${f.required ? '* ' : '  '}${f.zh} / ${f.en}${f.synonyms?.length ? `; ${f.synonyms.join(', ')}` : ''}`);
  const ex = t.fields.find((f) => f.required) ?? t.fields[0];
  lines.push('', `列标题与以上名称或同义词一致即自动对应；否则用 --map ${ex.id}=你的列标题（也可写 --map ${ex.zh}=你的列标题）`, `A column whose header is one of these names or synonyms is found by itself; otherwise use --map ${ex.id}=YourHeader (or --map "${ex.en}=YourHeader")`);
  return lines.join('\n');
}

/** --map keys as field ids: a field may be named by its id, its zh or en name, or a synonym that names no other field. */
function fieldMapping(spec: TemplateSpec, maps: Record<string, string>): Record<string, MappingOverride> {
  const out: Record<string, MappingOverride> = {};
  for (const [key, header] of Object.entries(maps)) {
    const k = headerKey(key);
    const byName = spec.fields.filter((f) => f.id === key || headerKey(f.id) === k || headerKey(f.zh) === k || headerKey(f.en) === k);
    const bySynonym = spec.fields.filter((f) => (f.synonyms ?? []).some((s) => headerKey(s) === k));
    const f = byName.length === 1 ? byName[0] : bySynonym.length === 1 ? bySynonym[0] : undefined;
    if (!f) {
      const ids = spec.fields.map((x) => `${x.id} (${x.zh} / ${x.en})`).join(', ');
      throw new RefusedError(`--map ${key}=…：模板 ${spec.id} 没有这个字段。字段：${ids}（dealerkit templates ${spec.id} 列出全部）`, `--map ${key}=…: template ${spec.id} has no such field. Fields: ${ids} (dealerkit templates ${spec.id} lists them)`);
    }
    out[f.id] = header;
  }
  return out;
}

/** The renderer's mapping errors in the command line's words: which --map to type. */
function refuseMapping(spec: TemplateSpec, e: RenderError, headers: string[], mapping: Record<string, MappingOverride>): void {
  const found = headers.filter((h) => h.trim()).map((h) => `“${h}”`).join(', ') || '—';
  const q = (h: string) => (/[\s"'=]/.test(h) ? `"${h.replace(/"/g, '\\"')}"` : h);
  if (e.code === 'unmapped' && e.missing?.length) {
    const m = matchHeaders(headers, spec, mapping);
    const unused = m.unused.map((i) => headers[i]).filter((h) => h && h.trim());
    const lines = e.missing.map((id, i) => `  --map ${id}=${q(unused[i] ?? unused[0] ?? '列标题')}`);
    const fields = e.missing.map((id) => {
      const f = spec.fields.find((x) => x.id === id)!;
      return `${f.zh} / ${f.en} (${id})`;
    });
    throw new RefusedError(
      `缺少必填字段：${fields.join('、')}。找到的列标题：${found}。\n请用 --map 指定哪一列是该字段，例如（把列标题换成你的）：\n${lines.join('\n')}\n（dealerkit templates ${spec.id} 列出全部字段和可自动识别的名称）`,
      `Required fields without a column: ${fields.join(', ')}. Headers found: ${found}.\nSay which column holds each with --map, e.g. (put in your header):\n${lines.join('\n').replace(/列标题/g, 'Header')}\n(dealerkit templates ${spec.id} lists every field and the names found by themselves)`,
    );
  }
  if (e.code === 'bad-mapping') {
    const bad = Object.entries(mapping).find(([, h]) => typeof h === 'string' && h !== '' && !headers.some((x) => headerKey(x) === headerKey(h)));
    if (bad) throw new RefusedError(`--map ${bad[0]}=${bad[1]}：没有列标题“${bad[1]}”。找到的列标题：${found}`, `--map ${bad[0]}=${bad[1]}: there is no column headed "${bad[1]}". Headers found: ${found}`);
  }
}

class RefusedError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** --formulas (default portable); --values is the same as --formulas values. */
function formulasOf(opts: Parsed['opts']): FormulaMode {
  const v = opts.formulas;
  if (opts.values && v !== undefined && v !== 'values') throw new UsageError('--values 与 --formulas 冲突', `--values conflicts with --formulas ${v}`);
  if (opts.values) return 'values';
  if (v === undefined) return 'portable';
  if (FORMULA_MODES.includes(v as FormulaMode)) return v as FormulaMode;
  throw new UsageError('--formulas 只能是 portable、dk 或 values', '--formulas must be portable, dk or values');
}

function langOf(v: string | true | undefined): Lang {
  if (v === undefined) return 'zh-CN';
  if (v === 'zh-CN' || v === 'en-US') return v;
  throw new UsageError(`--lang 只能是 zh-CN 或 en-US`, `--lang must be zh-CN or en-US`);
}

/** Streams the report into a temporary file beside `path`, renamed over it only when complete. */
async function writeOut(path: string, force: boolean, plan: SheetPlan, opts: XlsxApplyOptions): Promise<void> {
  if (!path) throw new UsageError('请用 --out 指定输出文件', 'Give the output file with --out');
  if (!path.toLowerCase().endsWith('.xlsx')) throw new UsageError('输出文件必须以 .xlsx 结尾', 'The output file must end in .xlsx');
  if (existsSync(path) && !force) throw new ExistsError(path);
  await writeAtomically(path, (tmp) => writePlanXlsx(plan, tmp, opts));
}

class ExistsError extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const p = parseArgs(argv);
    if (p.cmd === 'help' || p.opts.help || p.cmd === '--help' || p.cmd === '-h') {
      io.out(USAGE);
      return EXIT.ok;
    }
    if (p.cmd === 'templates') {
      if (p.positional[0]) {
        io.out(fieldList(templateOrFail(p.positional[0])));
        return EXIT.ok;
      }
      const zh = listTemplates('zh-CN');
      const en = listTemplates('en-US');
      for (let i = 0; i < zh.length; i++) io.out(`${zh[i].id.padEnd(20)} ${zh[i].name} / ${en[i].name}\n${' '.repeat(21)}${zh[i].description}\n${' '.repeat(21)}${en[i].description}`);
      io.out(`\ndealerkit templates <template>: 字段 id、中英文名与同义词 / the fields' ids, zh/en names and synonyms`);
      return EXIT.ok;
    }
    if (p.cmd === 'fill' || p.cmd === 'blank') {
      const id = templateOrFail(p.positional[0]);
      const spec = findTemplate(id)!;
      const lang = langOf(p.opts.lang);
      const out = typeof p.opts.out === 'string' ? p.opts.out : '';
      const formulas = formulasOf(p.opts);
      const options: FillOptions = { lang, formulas, live: formulas !== 'values', title: p.opts.title as string | undefined, period: p.opts.period as string | undefined };
      // the command line's part of the fill flow: a file to read, no workbook to share names with, a file to write
      let src: ReadResult | undefined;
      const host: FillHost = {
        readHead: () => null,
        readSource: async () => (src = await readSource(p.opts.in as string, { sheet: p.opts.sheet as string | undefined, headerRow, scoreHeader: (h) => Object.keys(matchHeaders(h, spec, mapping).mapping).length })),
        sheetNames: () => [],
        async write(plan) {
          await writeOut(out, !!p.opts.force, plan, {});
          return { sheetName: plan.name, rows: plan.dataRows };
        },
        // ExcelJS gives a cell's date and time as a UTC Date: read it as such, whatever this machine's zone
        renderOptions: (base) => ({ ...base, sourceTimeZone: 'UTC' }),
      };
      let formRows = 0;
      let headerRow: number | undefined;
      let mapping: Record<string, MappingOverride> = {};
      let result: FillOutcome;
      if (p.cmd === 'blank') {
        let rows: number | undefined;
        if (p.opts.rows !== undefined) rows = wholeNumber('--rows', p.opts.rows, 1, 100000);
        formRows = rows ?? spec.blankRows ?? DEFAULT_BLANK_ROWS;
        result = await insertBlank(host, id, { ...options, rows });
      } else {
        if (typeof p.opts.in !== 'string') throw new UsageError('请用 --in 指定数据文件（.xlsx 或 .csv）', 'Give the data file with --in (.xlsx or .csv)');
        if (!out) throw new UsageError('请用 --out 指定输出文件', 'Give the output file with --out');
        headerRow = p.opts['header-row'] !== undefined ? wholeNumber('--header-row', p.opts['header-row'], 1, 1_048_576) : undefined;
        mapping = fieldMapping(spec, p.maps);
        if (sameFile(p.opts.in, out)) throw new RefusedError(`--out 与 --in 是同一个文件（${out}）：报表不能覆盖你的数据，请换一个输出文件名`, `--out is the same file as --in (${out}): a report never replaces your data; choose another output file`);
        if (existsSync(out) && !p.opts.force) throw new ExistsError(out);
        result = await fillReport(host, id, { ...options, mapping });
      }
      if (!result.ok) {
        // the reader's and the writer's own errors keep their exit codes; a refused render says which --map to type
        if (result.stage !== 'render' && result.cause !== undefined) throw result.cause;
        if (result.renderError && src) refuseMapping(spec, result.renderError, src.headers.map((h) => String(h ?? '')), mapping);
        throw new RefusedError(result.error['zh-CN'], result.error['en-US']);
      }
      const plan = result.plan;
      const notes: Bilingual[] = src?.notes ?? [];
      io.out(`${out}: ${plan.name} — ${p.cmd === 'blank' ? `${formRows} form rows` : `${plan.dataRows} rows`}, ${plan.blocks.filter((b) => b.kind === 'formulas' || b.kind === 'copiedDown').length} formula blocks${formulas === 'values' ? ' (values only)' : ` (${formulas} formulas)`}`);
      for (const n of notes) io.out(`  · ${n['zh-CN']} / ${n['en-US']}`);
      for (const w of plan.warnings) io.out(`  ! ${w['zh-CN']} / ${w['en-US']}`);
      return EXIT.ok;
    }
    throw new UsageError(`未知命令“${p.cmd}”`, `Unknown command "${p.cmd}"\n\n${USAGE}`);
  } catch (e) {
    if (e instanceof UsageError) {
      say(io, e.zh, e.en);
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      say(io, e.zh, e.en);
      return EXIT.input;
    }
    if (e instanceof RefusedError) {
      say(io, e.zh, e.en);
      return EXIT.refused;
    }
    if (e instanceof FileError) {
      say(io, e.zh, e.en);
      return EXIT.file;
    }
    if (e instanceof ExistsError) {
      say(io, `输出文件已存在：${e.path}（加 --force 覆盖）`, `The output file exists: ${e.path} (add --force to overwrite)`);
      return EXIT.exists;
    }
    say(io, `内部错误：${(e as Error).message}`, `Internal error: ${(e as Error).stack ?? e}`);
    return EXIT.internal;
  }
}
