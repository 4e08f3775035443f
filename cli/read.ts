// Reading a source table from .xlsx (ExcelJS) or .csv (UTF-8): the header row is the first non-empty row.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { checkInput, fileError } from './files';
import type { SourceTable } from '../core/plan/render';

export class InputError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** One ExcelJS cell value as a host would pass it: rich text → text, formula → its result, hyperlink → its text. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('result' in o) return plain(o.result as ExcelJS.CellValue);
    if ('formula' in o || 'sharedFormula' in o) return '';
    if ('text' in o) return String(o.text);
    if ('error' in o) return String(o.error);
    return '';
  }
  return v;
}

function table(rows: unknown[][]): SourceTable {
  const isEmpty = (r: unknown[]) => r.every((c) => c === '' || c === null || c === undefined);
  const start = rows.findIndex((r) => !isEmpty(r));
  if (start < 0) throw new InputError('文件里没有数据', 'The file has no data');
  const headers = rows[start].map((h) => (h === null || h === undefined ? '' : String(h).trim()));
  return { headers, rows: rows.slice(start + 1) };
}

export async function readXlsx(path: string, sheet?: string): Promise<SourceTable & { sheetName: string }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new InputError(`无法读取 ${path}：不是有效的 .xlsx 文件（${(e as Error).message}）`, `Cannot read ${path}: not a valid .xlsx file (${(e as Error).message})`);
  }
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) {
    const names = wb.worksheets.map((w) => w.name).join(', ');
    throw new InputError(`没有名为“${sheet}”的工作表。有：${names}`, `There is no sheet "${sheet}". Sheets: ${names}`);
  }
  const rows: unknown[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= width; c++) cells.push(plain(row.getCell(c).value));
    rows[n - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { ...table(rows), sheetName: ws.name };
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM. */
export function parseCsv(text: string): unknown[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export async function readSource(path: string, sheet?: string): Promise<SourceTable & { label: string }> {
  checkInput(path);
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw fileError(e, path, 'read');
    }
    try {
      const t = table(parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(buf)));
      return { ...t, label: `${path}` };
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`无法读取 ${path}：CSV 必须是 UTF-8 编码（GBK 请先另存为 UTF-8）`, `Cannot read ${path}: a CSV must be UTF-8 (save a GBK file as UTF-8 first)`);
    }
  }
  if (lower.endsWith('.xlsx')) {
    const t = await readXlsx(path, sheet);
    return { ...t, label: `${path} · ${t.sheetName}` };
  }
  throw new InputError(`不支持的文件类型：${path}（请用 .xlsx 或 .csv）`, `Unsupported file type: ${path} (use .xlsx or .csv)`);
}
