// Reading a source table from .xlsx (ExcelJS) or .csv (UTF-8 or GB18030; comma, semicolon or tab): where the header
// row is, formulas saved without values, and what the reader decided, told to the user as notes.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Bilingual } from '../core/i18n/lang';
import type { SourceTable } from '../core/plan/render';
import { checkInput, fileError } from './files';
import { computeFormula, type CellLookup } from './formulas';

export class InputError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export interface ReadOptions {
  sheet?: string;
  /** the header row as the user counts it (sheet row, or CSV line), 1-based */
  headerRow?: number;
  /** how many template fields a header row names; the row that names most is the header */
  scoreHeader?: (headers: string[]) => number;
}

export interface ReadResult extends SourceTable {
  label: string;
  /** what the reader decided or computed, for the user to see */
  notes: Bilingual[];
}

const note = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const isEmptyCell = (c: unknown) => c === '' || c === null || c === undefined;
const isEmpty = (r: unknown[] | undefined) => !r || r.every(isEmptyCell);
const text = (h: unknown) => (h === null || h === undefined ? '' : String(h).trim());

/** One ExcelJS cell value as a host would pass it: rich text → text, hyperlink → its text, error → its code. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('text' in o) return String(o.text);
    if ('error' in o) return String(o.error);
    return '';
  }
  return v;
}

/** Where the header is: the row (of the first 20 filled ones) naming most fields; a two-level header joined. */
interface HeaderChoice {
  /** index of the header's first row */
  at: number;
  headers: string[];
  /** rows the header takes (2 for a two-level header) */
  depth: number;
}

/** Two header rows as one name per column: the upper name (carried across its merge or blanks) and the lower. */
function joinLevels(upper: unknown[], lower: unknown[], width: number, carry: boolean): string[] {
  const out: string[] = [];
  let last = '';
  for (let c = 0; c < width; c++) {
    let u = text(upper[c]);
    if (!u && carry && text(lower[c])) u = last;
    if (text(upper[c])) last = text(upper[c]);
    const l = text(lower[c]);
    out.push(u && l && u !== l ? `${u} ${l}` : u || l);
  }
  return out;
}

function chooseHeader(rows: unknown[][], opts: ReadOptions, mergedAcross: (row: number) => boolean): HeaderChoice {
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const single = (i: number): HeaderChoice => ({ at: i, headers: (rows[i] ?? []).map(text), depth: 1 });
  const candidatesAt = (i: number): HeaderChoice[] => {
    const out = [single(i)];
    const below = rows[i + 1];
    if (!isEmpty(below)) {
      // a merged cell across columns (xlsx) says two levels; in a CSV, blanks above filled sub-headers may
      const across = mergedAcross(i);
      const blanksFilled = (rows[i] ?? []).some((u, c) => isEmptyCell(u) && !isEmptyCell(below![c])) && below!.every((c) => typeof c !== 'number' && !(c instanceof Date) && !/^[\d\s.,:/%+-]+$/.test(String(c)));
      if (across || blanksFilled) out.push({ at: i, headers: joinLevels(rows[i] ?? [], below!, width, !across), depth: 2 });
    }
    return out;
  };
  if (opts.headerRow !== undefined) {
    const i = opts.headerRow - 1;
    if (i >= rows.length || isEmpty(rows[i])) throw new InputError(`第 ${opts.headerRow} 行是空的，不能作为标题行（--header-row）`, `Row ${opts.headerRow} is empty and cannot be the header row (--header-row)`);
    const c = candidatesAt(i);
    if (!opts.scoreHeader || c.length === 1) return c[mergedAcross(i) ? c.length - 1 : 0];
    return opts.scoreHeader(c[1].headers) > opts.scoreHeader(c[0].headers) ? c[1] : c[0];
  }
  const filled: number[] = [];
  for (let i = 0; i < rows.length && filled.length < 20; i++) if (!isEmpty(rows[i])) filled.push(i);
  if (!filled.length) throw new InputError('文件里没有数据', 'The file has no data');
  let best = single(filled[0]);
  if (!opts.scoreHeader) return best;
  let bestScore = opts.scoreHeader(best.headers);
  for (const i of filled)
    for (const c of candidatesAt(i)) {
      const s = opts.scoreHeader(c.headers);
      if (s > bestScore) [best, bestScore] = [c, s];
    }
  return best;
}

function table(rows: unknown[][], opts: ReadOptions, notes: Bilingual[], mergedAcross: (row: number) => boolean = () => false): { headers: string[]; rows: unknown[][]; headerAt: number; dataFrom: number } {
  const h = chooseHeader(rows, opts, mergedAcross);
  const firstFilled = rows.findIndex((r) => !isEmpty(r));
  if (opts.headerRow === undefined && (h.at !== firstFilled || h.depth > 1))
    notes.push(
      h.depth > 1
        ? note(`标题行：第 ${h.at + 1}–${h.at + 2} 行（两级标题合并为一行列名）`, `Header: rows ${h.at + 1}–${h.at + 2} (a two-level header, joined into one name per column)`)
        : note(`标题行：第 ${h.at + 1} 行（上面的行是标题或说明，不是数据）`, `Header: row ${h.at + 1} (the rows above are titles or notes, not data)`),
    );
  return { headers: h.headers, rows: rows.slice(h.at + h.depth), headerAt: h.at, dataFrom: h.at + h.depth };
}

/** The plain values of a sheet's rows (0-based), with formulas saved without a value computed where they can be. */
function sheetRows(ws: ExcelJS.Worksheet): { rows: unknown[][]; missing: { row: number; address: string; formula: string }[]; computed: { row: number; address: string; formula: string; value: unknown }[] } {
  const rows: unknown[][] = [];
  const width = ws.columnCount;
  const missing: { row: number; address: string; formula: string }[] = [];
  const computed: { row: number; address: string; formula: string; value: unknown }[] = [];
  const lookup: CellLookup = (row, col) => {
    if (row < 0 || col < 0 || row >= 1_048_576 || col >= 16_384) return 'unknown';
    const c = ws.findCell(row + 1, col + 1);
    if (!c) return null;
    if (c.type === ExcelJS.ValueType.Formula) return c.result !== undefined ? (plain(c.result as ExcelJS.CellValue) as number) : { formula: c.formula };
    if (c.type === ExcelJS.ValueType.Date) return 'unknown';
    const v = plain(c.value);
    return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null;
  };
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Formula) {
        // cell.result, not cell.value: ExcelJS's value leaves out a cached 0
        if (cell.result !== undefined) cells.push(plain(cell.result as ExcelJS.CellValue));
        else {
          const r = computeFormula(cell.formula, lookup);
          if (r.ok) {
            cells.push(r.value);
            computed.push({ row: n - 1, address: cell.address, formula: cell.formula, value: r.value });
          } else {
            cells.push('');
            missing.push({ row: n - 1, address: cell.address, formula: cell.formula });
          }
        }
      } else cells.push(plain(cell.value));
    }
    rows[n - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { rows, missing, computed };
}

export async function readXlsx(path: string, opts: ReadOptions = {}): Promise<ReadResult & { sheetName: string }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new InputError(`无法读取 ${path}：不是有效的 .xlsx 文件（${(e as Error).message}）`, `Cannot read ${path}: not a valid .xlsx file (${(e as Error).message})`);
  }
  const ws = opts.sheet ? wb.getWorksheet(opts.sheet) : wb.worksheets[0];
  const names = wb.worksheets.map((w) => w.name).join(', ');
  if (!ws) throw new InputError(`没有名为“${opts.sheet}”的工作表。有：${names}`, `There is no sheet "${opts.sheet}". Sheets: ${names}`);
  const { rows, missing, computed } = sheetRows(ws);
  if (rows.every((r) => isEmpty(r))) {
    // data on another sheet: say which, and how to pick it
    const other = opts.sheet ? undefined : wb.worksheets.find((w) => w !== ws && w.actualRowCount > 0 && sheetRows(w).rows.some((r) => !isEmpty(r)));
    if (other) throw new InputError(`第一个工作表“${ws.name}”是空的；数据在工作表“${other.name}”：请加 --sheet "${other.name}"`, `The first sheet "${ws.name}" is empty; the data is on sheet "${other.name}": add --sheet "${other.name}"`);
    throw new InputError(`工作表“${ws.name}”没有数据（工作表：${names}）`, `Sheet "${ws.name}" has no data (sheets: ${names})`);
  }
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((m) => {
    const [a, b] = m.split(':');
    const rc = (x: string) => ({ row: Number(x.replace(/^[A-Z]+/, '')) - 1, col: x.replace(/\d+$/, '') });
    return { top: rc(a).row, across: rc(a).col !== rc(b ?? a).col };
  });
  const notes: Bilingual[] = [];
  const t = table(rows, opts, notes, (row) => merges.some((m) => m.top === row && m.across));
  if (!opts.sheet && opts.scoreHeader && opts.scoreHeader(t.headers) === 0) {
    // nothing on the first sheet looks like the template's columns: if another sheet's does, say so
    for (const w of wb.worksheets) {
      if (w === ws || !w.actualRowCount) continue;
      const other = sheetRows(w).rows;
      if (other.every((r) => isEmpty(r))) continue;
      const h = chooseHeader(other, opts, () => false);
      if (opts.scoreHeader(h.headers) > 0) throw new InputError(`第一个工作表“${ws.name}”里没有本模板的列；工作表“${w.name}”里有：请加 --sheet "${w.name}"`, `The first sheet "${ws.name}" has none of this template's columns; sheet "${w.name}" has: add --sheet "${w.name}"`);
    }
  }
  const inTable = (r: number) => r >= t.headerAt;
  const lost = missing.filter((m) => inTable(m.row));
  if (lost.length) {
    const list = lost.slice(0, 8).map((m) => `${m.address} =${m.formula}`).join('、');
    const more = lost.length > 8 ? `…（共 ${lost.length} 个）` : '';
    const moreEn = lost.length > 8 ? `… (${lost.length} in all)` : '';
    throw new InputError(
      `${lost.length} 个公式单元格保存时没有计算结果，DealerKit 算不出来（不会当作空白）：${list}${more}。请在 Excel 或 WPS 中打开该文件并保存一次（保存时会写入结果），或把这些列复制后“选择性粘贴 → 数值”再导出。`,
      `${lost.length} formula cells were saved without their values and DealerKit cannot compute them (they are not read as blank): ${list.replace(/、/g, ', ')}${moreEn}. Open the file in Excel or WPS and save it once (saving stores the values), or copy those columns and paste them as values, then export again.`,
    );
  }
  const done = computed.filter((m) => inTable(m.row));
  if (done.length) {
    const e = done[0];
    notes.push(note(`${done.length} 个公式单元格保存时没有结果，已按公式算出（例如 ${e.address} =${e.formula} → ${e.value}）`, `${done.length} formula cells were saved without values; computed from their formulas (e.g. ${e.address} =${e.formula} → ${e.value})`));
  }
  return { headers: t.headers, rows: t.rows, notes, sheetName: ws.name, label: `${path} · ${ws.name}` };
}

/** What a CSV's bytes are: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 (Chinese Excel and WPS). */
export function decodeCsv(buf: Uint8Array): { text: string; encoding: string } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'UTF-8 (BOM)' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'UTF-16LE' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'UTF-8' };
  } catch {
    /* not UTF-8: GBK/GB18030 is what Chinese Excel and WPS save */
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(buf), encoding: 'GB18030' };
  } catch {
    throw new InputError('CSV 既不是 UTF-8 也不是 GB18030（GBK）编码，无法读取：请在 Excel/WPS 中另存为“CSV UTF-8”', 'The CSV is neither UTF-8 nor GB18030 (GBK) and cannot be read: save it as "CSV UTF-8" in Excel or WPS');
  }
}

/** The delimiter of a CSV: the one of , ; tab that splits its first lines most consistently (comma on a tie). */
export function detectDelimiter(text: string): string {
  const lines: string[] = [];
  let line = '';
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < 20; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === '\n' || ch === '\r')) {
      if (line.trim()) lines.push(line);
      line = '';
    } else if (!quoted) line += ch;
  }
  if (line.trim() && lines.length < 20) lines.push(line);
  let best = ',';
  let bestScore = 0;
  for (const d of [',', '\t', ';']) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const first = counts[0] ?? 0;
    if (!first) continue;
    const score = counts.filter((c) => c === first).length * 1000 + first;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. A quote left open is refused, naming its line. */
export function parseCsv(text: string, delimiter = ','): unknown[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\n') line++;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') {
        i++;
        line++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted)
    throw new InputError(
      `CSV 第 ${quoteLine} 行的引号没有闭合（从那里到文件末尾都会被当成一个单元格）：请检查该行，把单元格里的 " 写成 ""`,
      `The quote opened on line ${quoteLine} of the CSV is never closed (everything after it would become one cell): check that line; write a " inside a cell as ""`,
    );
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const DELIMITER_NAME: Record<string, Bilingual> = { ',': note('逗号', 'comma'), ';': note('分号', 'semicolon'), '\t': note('制表符', 'tab') };

export async function readSource(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  checkInput(path);
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw fileError(e, path, 'read');
    }
    const { text: csv, encoding } = decodeCsv(buf);
    const delimiter = detectDelimiter(csv);
    const notes = [note(`读取 CSV：${encoding} 编码，分隔符为${DELIMITER_NAME[delimiter]['zh-CN']}`, `Read the CSV as ${encoding}, ${DELIMITER_NAME[delimiter]['en-US']}-separated`)];
    const t = table(parseCsv(csv, delimiter), opts, notes);
    return { headers: t.headers, rows: t.rows, notes, label: path };
  }
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return readXlsx(path, opts);
  throw new InputError(`不支持的文件类型：${path}（请用 .xlsx 或 .csv）`, `Unsupported file type: ${path} (use .xlsx or .csv)`);
}

