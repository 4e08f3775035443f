// The `dealerkit` command line: list templates, fill one from a .xlsx/.csv into a new .xlsx, or write a blank form.
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import type { Lang } from '../core/i18n/lang';
import { listTemplates, templates } from '../core/templates/index';
import { renderTemplate, type RenderOptions } from '../core/plan/render';
import { FORMULA_MODES, type FormulaMode } from '../core/plan/types';
import { applyPlanXlsx } from './xlsx/applyPlan';
import { InputError, readSource } from './read';
import { FileError, sameFile, writeAtomically } from './files';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, internal: 1, usage: 2, input: 3, refused: 4, exists: 5, file: 6 } as const;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = `dealerkit — DealerKit reports without Excel or Google Sheets / 无需 Excel 或 Google 表格生成 DealerKit 报表

  dealerkit templates
  dealerkit fill <template> --in data.xlsx|data.csv [--sheet NAME] [--map field=Header ...]
                 --out report.xlsx [--lang zh-CN|en-US] [--formulas portable|dk|values] [--title T] [--period P] [--force]
  dealerkit blank <template> --out form.xlsx [--rows N] [--lang zh-CN|en-US] [--formulas portable|dk|values] [--force]

  --formulas portable  (default) native formulas that keep computing in Excel, WPS, LibreOffice and Google Sheets
                       without DealerKit / 通用公式：没有 DealerKit 的同事用 Excel、WPS、LibreOffice、Google 表格也能重算
  --formulas dk        DK.* functions: live only where the DealerKit add-in or script is installed / 仅装有 DealerKit 时可重算
  --formulas values    numbers only, no formulas (--values is the same) / 只有数值，没有公式（与 --values 相同）
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
const VALUED = new Set(['in', 'out', 'sheet', 'map', 'lang', 'rows', 'title', 'period', 'formulas']);

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
      if (eq <= 0) throw new UsageError(`--map 的格式是 字段=列标题（如 last_stock=上期库存）`, `--map takes field=Header (e.g. last_stock=Stock last month)`);
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

async function writeOut(path: string, force: boolean, fill: (wb: ExcelJS.Workbook) => void): Promise<void> {
  if (!path) throw new UsageError('请用 --out 指定输出文件', 'Give the output file with --out');
  if (!path.toLowerCase().endsWith('.xlsx')) throw new UsageError('输出文件必须以 .xlsx 结尾', 'The output file must end in .xlsx');
  if (existsSync(path) && !force) throw new ExistsError(path);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DealerKit';
  fill(wb);
  await writeAtomically(path, (tmp) => wb.xlsx.writeFile(tmp));
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
      const zh = listTemplates('zh-CN');
      const en = listTemplates('en-US');
      for (let i = 0; i < zh.length; i++) io.out(`${zh[i].id.padEnd(20)} ${zh[i].name} / ${en[i].name}\n${' '.repeat(21)}${zh[i].description}\n${' '.repeat(21)}${en[i].description}`);
      return EXIT.ok;
    }
    if (p.cmd === 'fill' || p.cmd === 'blank') {
      const id = templateOrFail(p.positional[0]);
      const lang = langOf(p.opts.lang);
      const out = typeof p.opts.out === 'string' ? p.opts.out : '';
      const formulas = formulasOf(p.opts);
      const base: RenderOptions = { lang, formulas, title: p.opts.title as string | undefined, period: p.opts.period as string | undefined };
      let result;
      if (p.cmd === 'blank') {
        let rows: number | undefined;
        if (p.opts.rows !== undefined) {
          rows = Number(p.opts.rows);
          if (!Number.isInteger(rows) || rows < 1 || rows > 100000) throw new UsageError('--rows 必须是 1 到 100000 的整数', '--rows must be a whole number from 1 to 100000');
        }
        result = renderTemplate(id, null, { ...base, blank: true, rows });
      } else {
        if (typeof p.opts.in !== 'string') throw new UsageError('请用 --in 指定数据文件（.xlsx 或 .csv）', 'Give the data file with --in (.xlsx or .csv)');
        if (!out) throw new UsageError('请用 --out 指定输出文件', 'Give the output file with --out');
        if (sameFile(p.opts.in, out)) throw new RefusedError(`--out 与 --in 是同一个文件（${out}）：报表不能覆盖你的数据，请换一个输出文件名`, `--out is the same file as --in (${out}): a report never replaces your data; choose another output file`);
        if (existsSync(out) && !p.opts.force) throw new ExistsError(out);
        const src = await readSource(p.opts.in, p.opts.sheet as string | undefined);
        // ExcelJS gives a cell's date and time as a UTC Date: read it as such, whatever this machine's zone
        result = renderTemplate(id, src, { ...base, mapping: p.maps, sourceLabel: src.label, sourceTimeZone: 'UTC' });
      }
      if (!result.ok) {
        const e = result.error;
        throw new RefusedError(e.message['zh-CN'], e.message['en-US']);
      }
      const plan = result.plan;
      await writeOut(out, !!p.opts.force, (wb) => applyPlanXlsx(plan, wb));
      io.out(`${out}: ${plan.name} — ${plan.dataRows || plan.extent.rows} ${p.cmd === 'blank' ? 'form rows' : 'rows'}, ${plan.blocks.filter((b) => b.kind === 'formulas').length} formula blocks${formulas === 'values' ? ' (values only)' : ` (${formulas} formulas)`}`);
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
