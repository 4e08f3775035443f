// Reading what users really have: GB18030 and ; or tab CSVs, broken quotes, formulas saved without values, title rows,
// two-level headers, data on another sheet, long IDs — and the command line telling them how to map their columns.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeFormula } from '../../cli/formulas';
import { decodeCsv, detectDelimiter, parseCsv } from '../../cli/read';
import { convertCell, excelDigits } from '../../core/plan/convert';
import { dateReader } from '../../core/values/dates';

const bin = new URL('../../bin/dealerkit.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dk-read-'));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir, timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
let n = 0;
const out = () => join(dir, `report-${++n}.xlsx`);

/** GB18030 bytes of a string, from the decoder's own table (Node has a GB18030 decoder but no encoder). */
function gb18030(s: string): Buffer {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(dec.decode(new Uint8Array([a, b])), [a, b]);
  const bytes: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...table.get(ch)!);
  }
  return Buffer.from(bytes);
}

async function report(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0];
}

async function xlsx(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

const STOCK = '经销商,上次库存,上次订货,本次库存\n华联,100,200,60\n城东,50,0,50\n';

describe('CSV as Chinese Excel and WPS save it', () => {
  it('reads GB18030 (GBK) and says so', async () => {
    const p = join(dir, 'gbk.csv');
    writeFileSync(p, gb18030(STOCK));
    const o = out();
    const r = run('fill', 'stock-order', '--in', p, '--out', o);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('GB18030');
    const ws = await report(o);
    expect(ws.getCell('A5').value).toBe('华联');
    expect((ws.getCell('I5').value as ExcelJS.CellFormulaValue).result).toBe(360);
  });

  it.each([
    ['UTF-8 with a BOM, semicolons', '\ufeff' + STOCK.replace(/,/g, ';'), 'UTF-8 (BOM)', 'semicolon'],
    ['UTF-8, tabs', STOCK.replace(/,/g, '\t'), 'UTF-8', 'tab'],
    ['UTF-8, commas', STOCK, 'UTF-8', 'comma'],
  ])('%s', async (_what, text, enc, delim) => {
    const p = join(dir, `d-${++n}.csv`);
    writeFileSync(p, text);
    const o = out();
    const r = run('fill', 'stock-order', '--in', p, '--out', o);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Read the CSV as ${enc}, ${delim}-separated`);
    expect((await report(o)).getCell('C5').value).toBe(100);
  });

  it('detects the delimiter without being fooled by quoted commas or decimal commas', () => {
    expect(detectDelimiter('a;b;c\n"1,5";2;3\n')).toBe(';');
    expect(detectDelimiter('"a,b"\tc\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('only\none\n')).toBe(',');
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).encoding).toBe('UTF-8 (BOM)');
  });

  it('refuses an unclosed quote, naming the line, instead of merging rows', () => {
    expect(() => parseCsv('a,b\n1,"2\n3,4\n')).toThrow(/line 2/);
    expect(parseCsv('a,b\n1,"2\n3",4\n')).toEqual([['a', 'b'], ['1', '2\n3', '4']]); // a closed multi-line cell is fine
    const p = join(dir, 'quote.csv');
    writeFileSync(p, '经销商,上次库存,上次订货,本次库存\n华联,100,200,60\n"城东,50,0,50\n西区,1,2,3\n');
    const r = run('fill', 'stock-order', '--in', p, '--out', out());
    expect(r.code).toBe(3);
    expect(r.err).toContain('第 3 行的引号没有闭合');
    expect(r.err).toContain('line 3');
  });
});

describe('formulas saved without values', () => {
  it('computes arithmetic over numbers and cells (=100*2 is 200, not blank), and says so', async () => {
    const p = await xlsx('nocache.xlsx', (wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(['经销商', '上次库存', '上次订货', '本次库存']);
      ws.addRow(['华联', 100, { formula: '100*2' }, 60]);
      ws.addRow(['城东', { formula: 'SUM(E3:F3)/2' }, { formula: '(B2+C2)*10%' }, { formula: 'D2-10' }, 40, 60]);
    });
    const o = out();
    const r = run('fill', 'stock-order', '--in', p, '--out', o);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('computed from their formulas (e.g. C2 =100*2 → 200)');
    const ws = await report(o);
    expect(ws.getCell('D5').value).toBe(200);
    expect((ws.getCell('I5').value as ExcelJS.CellFormulaValue).result).toBe(360);
    expect(ws.getCell('C6').value).toBe(50);
    expect(ws.getCell('D6').value).toBeCloseTo(30, 9);
    expect(ws.getCell('E6').value).toBe(50);
  });

  it('a cached 0 is a value, not a missing one', async () => {
    const p = await xlsx('zero.xlsx', (wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(['经销商', '上次库存', '上次订货', '本次库存']);
      ws.addRow(['华联', 100, { formula: 'VLOOKUP(A2,价格!A:B,2,0)', result: 0 }, 60]);
    });
    const o = out();
    expect(run('fill', 'stock-order', '--in', p, '--out', o).code).toBe(0);
    expect((await report(o)).getCell('D5').value).toBe(0);
  });

  it('refuses what it cannot compute, naming the cells and how to fix it', async () => {
    const p = await xlsx('lookup.xlsx', (wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(['经销商', '上次库存', '上次订货', '本次库存']);
      ws.addRow(['华联', 100, { formula: 'VLOOKUP(A2,价格!A:B,2,0)' }, 60]);
      ws.addRow(['城东', 100, { formula: '价格!B3*2' }, 60]);
    });
    const r = run('fill', 'stock-order', '--in', p, '--out', out());
    expect(r.code).toBe(3);
    expect(r.err).toContain('C2 =VLOOKUP(A2,价格!A:B,2,0)');
    expect(r.err).toContain('C3 =价格!B3*2');
    expect(r.err).toContain('Excel 或 WPS');
    expect(r.err).toContain('paste them as values');
  });

  it.each([
    ['100*2', 200],
    ['-2^2', 4],
    ['1+2*3', 7],
    ['(1+2)*3', 9],
    ['50%', 0.5],
    ['ROUND(2.5,0)', 3],
    ['ROUND(-2.5,0)', -3],
    ['AVERAGE(A1:A2)', 15],
    ['MAX(A1:A3,100)', 100],
    ['A1/0', '#DIV/0!'],
    ['A3*2', 0],
  ])('=%s → %s', (f, want) => {
    const cells: Record<string, unknown> = { '0,0': 10, '1,0': 20, '2,0': null };
    expect(computeFormula(f, (r, c) => cells[`${r},${c}`] as number)).toEqual({ ok: true, value: want });
  });

  it.each(['VLOOKUP(A1,B:C,2,0)', 'Sheet2!A1', 'A1:A2', '"x"&1', 'A1>0', 'B1*2', 'C1+1'])('=%s cannot be computed', (f) => {
    const cells: Record<string, unknown> = { '0,0': 10, '0,1': 'text', '0,2': { formula: 'C1+1' } };
    expect(computeFormula(f, (r, c) => cells[`${r},${c}`] as number).ok).toBe(false);
  });
});

describe('where the header is', () => {
  const titled = (name: string) =>
    xlsx(name, (wb) => {
      const ws = wb.addWorksheet('库存');
      ws.getCell('A1').value = '2026年11月库存盘点';
      ws.mergeCells('A1:D1');
      ws.getCell('A2').value = '制表：张三';
      ws.addRow(['经销商', '上次库存', '上次订货', '本次库存']);
      ws.addRow(['华联', 100, 200, 60]);
    });

  it('finds the header below a title row and a note', async () => {
    const o = out();
    const r = run('fill', 'stock-order', '--in', await titled('titled.xlsx'), '--out', o);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 rows');
    expect(r.out).toContain('Header: row 3');
    expect((await report(o)).getCell('A5').value).toBe('华联');
  });

  it('--header-row N says which row, and takes only digits', async () => {
    const p = await titled('titled2.xlsx');
    const o = out();
    const r = run('fill', 'stock-order', '--in', p, '--out', o, '--header-row', '3');
    expect(r.code).toBe(0);
    expect((await report(o)).getCell('C5').value).toBe(100);
    expect(run('fill', 'stock-order', '--in', p, '--out', out(), '--header-row', '0x3').code).toBe(2);
    const wrong = run('fill', 'stock-order', '--in', p, '--out', out(), '--header-row', '1');
    expect(wrong.code).toBe(4);
    expect(wrong.err).toContain('2026年11月库存盘点');
  });

  it('joins a two-level merged header into one name per column', async () => {
    const p = await xlsx('twolevel.xlsx', (wb) => {
      const ws = wb.addWorksheet('库存');
      ws.addRow(['经销商', '上次', '', '本次']);
      ws.addRow(['', '库存', '订货', '库存']);
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:C1');
      ws.addRow(['华联', 100, 200, 60]);
    });
    const o = out();
    const r = run('fill', 'stock-order', '--in', p, '--out', o);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('two-level header');
    const ws = await report(o);
    expect([ws.getCell('A5').value, ws.getCell('C5').value, ws.getCell('D5').value, ws.getCell('E5').value]).toEqual(['华联', 100, 200, 60]);
  });

  it('joins a two-level CSV header (blanks under the upper name), but never a header with a data row', async () => {
    const p = join(dir, 'twolevel.csv');
    writeFileSync(p, '经销商,上次,,本次\n,库存,订货,库存\n华联,100,200,60\n');
    const o = out();
    const r = run('fill', 'stock-order', '--in', p, '--out', o);
    expect(r.code).toBe(0);
    expect((await report(o)).getCell('D5').value).toBe(200);
    const v = join(dir, 'visits.csv');
    writeFileSync(v, '日期,来店/来电,顾客姓名,\n2026-11-02,来店,王先生,老客户\n');
    const r2 = run('fill', 'visitor-log', '--in', v, '--out', out());
    expect(r2.code).toBe(0);
    expect(r2.out).toContain('1 rows');
    expect(r2.out).not.toContain('two-level');
  });

  it('data only on the second sheet: a hint at --sheet', async () => {
    const empty = await xlsx('second.xlsx', (wb) => {
      wb.addWorksheet('Sheet1');
      wb.addWorksheet('数据').addRows([['经销商', '上次库存', '上次订货', '本次库存'], ['华联', 100, 200, 60]]);
    });
    const r = run('fill', 'stock-order', '--in', empty, '--out', out());
    expect(r.code).toBe(3);
    expect(r.err).toContain('--sheet "数据"');
    const cover = await xlsx('cover.xlsx', (wb) => {
      wb.addWorksheet('说明').getCell('A1').value = '本文件由 ERP 导出';
      wb.addWorksheet('数据').addRows([['经销商', '上次库存', '上次订货', '本次库存'], ['华联', 100, 200, 60]]);
    });
    const c = run('fill', 'stock-order', '--in', cover, '--out', out());
    expect(c.code).toBe(3);
    expect(c.err).toContain('add --sheet "数据"');
    expect(run('fill', 'stock-order', '--in', cover, '--sheet', '数据', '--out', out()).code).toBe(0);
  });
});

describe('the command line helps map columns', () => {
  it('templates <id> lists each field: id, zh/en names and synonyms', () => {
    const r = run('templates', 'stock-order');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/last_order\s+\* 上次订货 \/ Last order; 上次定货, 上期进货, 上期订货/);
    expect(r.out).toMatch(/sku\s+品项 \/ SKU/);
    expect(r.out).toContain('--map dealer=');
    expect(run('templates').out).toContain('dealerkit templates <template>');
  });

  it('--help says how to see the field ids and which flags there are', () => {
    const r = run('--help');
    expect(r.out).toContain('dealerkit templates <template>');
    expect(r.out).toContain('--header-row N');
    expect(r.out).toContain('--map 上次订货=进货');
  });

  it('a missing column gets the exact --map to type', () => {
    const p = join(dir, 'unmapped.csv');
    writeFileSync(p, '经销商,上次库存,进货数量,本次库存\n华联,100,200,60\n');
    const r = run('fill', 'stock-order', '--in', p, '--out', out());
    expect(r.code).toBe(4);
    expect(r.err).toContain('--map last_order=进货数量');
    expect(r.err).toContain('上次订货 / Last order (last_order)');
    expect(r.err).toContain('Headers found');
    expect(r.err).not.toMatch(/the mapping|映射中/);
  });

  it.each([['本次库存=实盘'], ['current_stock=实盘'], ['Current stock=实盘'], ['期末库存=实盘']])('--map %s names the field by id, zh/en name or synonym', async (m) => {
    const p = join(dir, `map-${++n}.csv`);
    writeFileSync(p, '经销商,上次库存,上次订货,实盘\n华联,100,200,60\n');
    const o = out();
    const r = run('fill', 'stock-order', '--in', p, '--out', o, '--map', m);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await report(o)).getCell('E5').value).toBe(60);
  });

  it('an unknown field or header in --map is refused with the ids and headers to choose from', () => {
    const p = join(dir, 'map-bad.csv');
    writeFileSync(p, STOCK);
    const f = run('fill', 'stock-order', '--in', p, '--out', out(), '--map', '库存=本次库存');
    expect(f.code).toBe(4);
    expect(f.err).toContain('current_stock (本次库存 / Current stock)');
    const h = run('fill', 'stock-order', '--in', p, '--out', out(), '--map', 'last_order=没有这列');
    expect(h.code).toBe(4);
    expect(h.err).toContain('there is no column headed "没有这列"');
  });
});

describe('blank forms and long IDs', () => {
  it('blank --rows 16 reports 16 form rows; --rows 0x10 and 1e1 are refused', () => {
    const r = run('blank', 'stock-order', '--out', out(), '--rows', '16');
    expect(r.code).toBe(0);
    expect(r.out).toContain('16 form rows');
    for (const bad of ['0x10', '1e1', '16.0', '-3']) expect(run('blank', 'stock-order', '--out', out(), '--rows', bad).code).toBe(2);
  });

  it('a number beyond 15 digits in a text column keeps Excel\'s 15 digits and warns', async () => {
    expect(excelDigits(110101199001011008)).toBe('110101199001011000');
    expect(excelDigits(123456789012345)).toBe('123456789012345');
    expect(excelDigits(-9999999999999999)).toBe('-10000000000000000');
    expect(excelDigits(0.1 + 0.2)).toBe('0.3');
    const c = convertCell(110101199001011008, 'text', { readDate: dateReader('UTC') });
    expect(c).toEqual({ value: '110101199001011000', lostDigits: true });
    const p = await xlsx('ids.xlsx', (wb) => wb.addWorksheet('来店').addRows([['日期', '来店/来电', '顾客姓名', '电话'], ['2026-11-02', '来店', '王先生', 110101199001011008]]));
    const o = out();
    const r = run('fill', 'visitor-log', '--in', p, '--out', o);
    expect(r.code).toBe(0);
    expect(r.out).toContain('more than 15 digits');
    const ws = await report(o);
    const texts: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain('110101199001011000');
    expect(texts).not.toContain('110101199001011008');
  });
});
