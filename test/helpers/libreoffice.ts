// LibreOffice as a real formula engine for the tests: recalculate .xlsx files headless (recalc-always profile) and read them back.
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** soffice on the PATH (Debian: libreoffice-calc-nogui puts it in /usr/bin), or null. */
function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter).concat('/usr/bin', '/usr/lib/libreoffice/program')) {
    const p = join(dir, 'soffice');
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      /* not here */
    }
  }
  return null;
}

export const SOFFICE = findSoffice();
export const haveLibreOffice = SOFFICE !== null;
/** CI must run these tests: there a missing LibreOffice is a failure, not a skip (as DEALERKIT_REQUIRE_BROWSER for Chromium). */
const required = (process.env.CI !== undefined && !/^(0|false|)$/i.test(process.env.CI)) || !!process.env.DEALERKIT_REQUIRE_LIBREOFFICE;
if (!haveLibreOffice && required) {
  throw new Error('LibreOffice tests are required (CI) but soffice is missing: apt-get install -y libreoffice-calc-nogui');
}
if (!haveLibreOffice) {
  console.warn('LibreOffice (soffice) not found: LibreOffice recalculation tests are skipped. Install libreoffice-calc-nogui to run them.');
}

/**
 * A fresh user profile that recalculates every formula when a file is loaded. Calc's defaults are "never"
 * for .xlsx (OOXMLRecalcMode 1) and "never" for .ods, so without this LibreOffice would show the cached values
 * and prove nothing. 0 = always, 1 = never, 2 = ask (officecfg/registry/schema/org/openoffice/Office/Calc.xcs,
 * Formula/Load). https://help.libreoffice.org/latest/en-US/text/shared/optionen/01060900.html ("Recalculation on File Load")
 */
const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Makes a fresh recalc-always profile folder (LibreOffice fills in the rest on its first launch). A caller that
 * times launches (the bench) makes one and passes it to every `recalculate`, so the first launch's profile
 * set-up is paid once; the tests use a new one per launch. Only one LibreOffice may use a profile at a time.
 */
export function recalcProfile(dir: string = mkdtempSync(join(tmpdir(), 'dk-lo-profile-'))): string {
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS_XCU);
  return dir;
}

/** A formula whose cached value is wrong on purpose: if it comes back unchanged, the profile did not recalculate. */
async function writeCanary(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('canary').getCell('A1').value = { formula: '1+1', result: 5 } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(path);
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${basename(cmd)} failed: ${err.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

export interface RecalcResult {
  /** the recalculated copies, in the order of the inputs */
  outputs: string[];
  /** wall time of the one LibreOffice launch, in ms */
  ms: number;
  /** CPU time (user + system) of LibreOffice's processes, in ms, when asked for and /usr/bin/time exists */
  cpuMs?: number;
}

/** GNU time, which reports the CPU time of a command and every process it waits for (soffice → oosplash → soffice.bin). */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Opens every input in one headless LibreOffice launch with its own fresh recalc-always profile (so parallel
 * test files never share a running instance), saves each as .xlsx into `outDir`, and checks that a canary
 * formula was really recalculated. Input base names must differ.
 */
export async function recalculate(inputs: string[], outDir: string, options: { timeoutMs?: number; profile?: string; cpu?: boolean } = {}): Promise<RecalcResult> {
  if (!SOFFICE) throw new Error('soffice is missing');
  const work = mkdtempSync(join(tmpdir(), 'dk-lo-'));
  try {
    const profile = options.profile ?? recalcProfile(join(work, 'profile'));
    const canaryIn = join(work, 'dk-canary.xlsx');
    await writeCanary(canaryIn);
    mkdirSync(outDir, { recursive: true });
    const names = inputs.map((p) => basename(p));
    if (new Set([...names, 'dk-canary.xlsx']).size !== names.length + 1) throw new Error('recalculate: input file names must differ (and not be dk-canary.xlsx)');
    const t0 = performance.now();
    // the canary goes in the same launch: one start-up for everything
    const args = ['--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, canaryIn, ...inputs];
    const timeFile = join(work, 'cpu.txt');
    const cpu = options.cpu && GNU_TIME;
    if (cpu) await run(GNU_TIME, ['-f', '%U %S', '-o', timeFile, SOFFICE, ...args], options.timeoutMs ?? 150_000);
    else await run(SOFFICE, args, options.timeoutMs ?? 150_000);
    const ms = performance.now() - t0;
    const cpuMs = cpu ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).reduce((a, x) => a + Number(x) * 1000, 0) : undefined;
    const canary = new ExcelJS.Workbook();
    const canaryOut = join(outDir, 'dk-canary.xlsx');
    await canary.xlsx.readFile(canaryOut);
    rmSync(canaryOut);
    const v = cellResult(canary.worksheets[0].getCell('A1'));
    if (v !== 2) throw new Error(`LibreOffice did not recalculate on load (canary =1+1 reads ${JSON.stringify(v)}): the profile's OOXMLRecalcMode was not applied`);
    const outputs = names.map((n) => join(outDir, n.replace(/\.[^.]+$/, '') + '.xlsx'));
    for (const o of outputs) if (!existsSync(o)) throw new Error(`LibreOffice wrote no ${o}`);
    return { outputs, ms, cpuMs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Writes a workbook, recalculates it in LibreOffice and reads the result back with ExcelJS. */
export async function recalcWorkbook(wb: ExcelJS.Workbook, name = 'book'): Promise<{ book: ExcelJS.Workbook; ms: number; writeMs: number; readMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dk-lo-book-'));
  try {
    const input = join(dir, `${name}.xlsx`);
    const t0 = performance.now();
    await wb.xlsx.writeFile(input);
    const writeMs = performance.now() - t0;
    if (process.env.DK_KEEP_LO_INPUT) copyFileSync(input, process.env.DK_KEEP_LO_INPUT);
    const { outputs, ms } = await recalculate([input], join(dir, 'out'));
    const t1 = performance.now();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(outputs[0]);
    return { book, ms, writeMs, readMs: performance.now() - t1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A cell's value as a result: numbers, text, booleans, `{ error }`, and '' for a blank or an empty-text result. */
export type CellResult = number | string | boolean | { error: string };

function plainResult(v: unknown): CellResult {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'object' && 'error' in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
  if (typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  return String(v);
}

/**
 * What a cell shows: its formula's cached result or its value. `cell.value` of a formula cell drops falsy
 * results (0, false — ExcelJS 4.4 Cell._copyModel), so the result is read from `cell.result`; LibreOffice
 * writes an empty-text result as `<v></v>`, which reads as no result: ''.
 */
export function cellResult(cell: ExcelJS.Cell): CellResult {
  return isFormulaCell(cell) ? plainResult(cell.result) : plainResult(cell.value);
}

/** Whether a cell holds a formula (plain, shared or array master). */
export function isFormulaCell(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula;
}

/** Equal as spreadsheet results: numbers within 1e-9 relative, errors by code, text and booleans exactly. */
export function sameResult(a: CellResult, b: CellResult): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  if (typeof a === 'object' && typeof b === 'object') return a.error === b.error;
  return a === b;
}

export const showResult = (r: CellResult) => (typeof r === 'object' ? r.error : JSON.stringify(r));
