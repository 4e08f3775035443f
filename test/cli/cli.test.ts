// The dealerkit command line, run as a user runs it (node bin/dealerkit.mjs): exit codes and messages for every error.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { templates } from '../../core/templates/index';

const bin = new URL('../../bin/dealerkit.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dk-cli-'));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const csv = join(dir, 'stock.csv');
writeFileSync(csv, '\ufeff经销商,品项,上期库存,上次订货,本次库存,箱规\n华联商贸,矿泉水,100,200,60,24\n"城东, 批发部",果汁,"1,000",10,50,\n');

describe('dealerkit', () => {
  it('lists the templates in both languages', () => {
    const r = run('templates');
    expect(r.code).toBe(0);
    expect(r.out).toContain('stock-order');
    expect(r.out).toContain('安全库存与建议订货表 / Safety stock and suggested order');
    expect(r.out.match(/^\S+-\S+ /gm)?.map((s) => s.trim())).toEqual(templates.map((t) => t.id));
  });

  it('fills a template from a CSV into a new .xlsx', async () => {
    const out = join(dir, 'report.xlsx');
    const r = run('fill', 'stock-order', '--in', csv, '--out', out, '--lang', 'en-US');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 rows');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.name).toMatch(/^Safety stock and sug/);
    expect(ws.getCell('A6').value).toBe('城东, 批发部');
    expect(ws.getCell('C6').value).toBe(1000);
    // the default is portable: a native formula in each row, no DealerKit function
    expect((ws.getCell('I5').value as ExcelJS.CellFormulaValue).formula).not.toMatch(/DK\.|SAFETYSTOCK/);
    expect((ws.getCell('I5').value as ExcelJS.CellFormulaValue).result).toBe(360);
    // rows below are the same formula copied down (a shared formula): the cell's formula is it, moved to row 6
    expect(ws.getCell('I6').formula).toMatch(/C6/);
    expect(ws.getCell('I6').formula).toBe(ws.getCell('I5').formula.replace(/([A-Z])5(?!\d)/g, '$16'));
  });

  it('--formulas dk writes DK.* spills; --formulas values no formulas; anything else is a usage error', async () => {
    const dk = join(dir, 'report-dk.xlsx');
    expect(run('fill', 'stock-order', '--in', csv, '--out', dk, '--formulas', 'dk').code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(dk);
    expect((wb.worksheets[0].getCell('I5').value as ExcelJS.CellFormulaValue).formula).toBe('DK.SAFETYSTOCK(C5:C6,D5:D6,E5:E6,$N$5)');
    const vals = join(dir, 'report-values.xlsx');
    expect(run('fill', 'stock-order', '--in', csv, '--out', vals, '--formulas=values').code).toBe(0);
    const wv = new ExcelJS.Workbook();
    await wv.xlsx.readFile(vals);
    let formulas = 0;
    wv.worksheets[0].eachRow((row) => row.eachCell((c) => (c.formula ? formulas++ : 0)));
    expect(formulas).toBe(0);
    expect(wv.worksheets[0].getCell('I5').value).toBe(360);
    const bad = run('fill', 'stock-order', '--in', csv, '--out', join(dir, 'x.xlsx'), '--formulas', 'live');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/portable、dk 或 values[\s\S]*portable, dk or values/);
    expect(run('fill', 'stock-order', '--in', csv, '--out', join(dir, 'y.xlsx'), '--values', '--formulas', 'dk').code).toBe(2);
  }, 120_000); // four runs of the command line

  it('fills from an .xlsx with --sheet and --map, and --values writes no formulas', async () => {
    const src = join(dir, 'src.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('封面').getCell('A1').value = '说明';
    const ws = wb.addWorksheet('数据');
    ws.addRow([]);
    ws.addRow(['客户', '上期库存', '进货', '实盘']);
    ws.addRow(['华联', 100, 200, 60]);
    await wb.xlsx.writeFile(src);
    const out = join(dir, 'mapped.xlsx');
    const r = run('fill', 'stock-order', '--in', src, '--sheet', '数据', '--map', 'last_order=进货', '--map', 'current_stock=实盘', '--out', out, '--values');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets[0].getCell('I5').value).toBe(360);
  });

  it.each([
    [['frobnicate'], 2, /未知命令|Unknown command/],
    [['fill'], 2, /模板名称|Name a template/],
    [['fill', 'stock-order', '--out', 'x.xlsx'], 2, /--in/],
    [['fill', 'stock-order', '--in', 'nowhere.csv', '--out', 'x.xlsx'], 6, /找不到文件[\s\S]*File not found: nowhere\.csv/],
    [['fill', 'no-such-template', '--in', 'a.csv', '--out', 'x.xlsx'], 4, /No template "no-such-template"\. Templates: stock-order/],
    [['blank', 'stock-order', '--out', 'f.xlsx', '--rows', '0'], 2, /--rows/],
    [['blank', 'stock-order', '--out', 'f.txt'], 2, /\.xlsx/],
    [['fill', 'stock-order', '--in', 'a.csv', '--out', 'x.xlsx', '--lang', 'fr'], 2, /zh-CN or en-US/],
    [['fill', 'stock-order', '--bogus'], 2, /Unknown option --bogus/],
  ])('%j exits %i with a clear message', (args, code, msg) => {
    const r = run(...(args as string[]));
    expect(r.code).toBe(code);
    expect(r.err).toMatch(msg);
  });

  it('an unmapped required field is refused, listing the headers it found', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '经销商,上次库存,数量\na,1,2\n');
    const r = run('fill', 'stock-order', '--in', bad, '--out', join(dir, 'never.xlsx'));
    expect(r.code).toBe(4);
    expect(r.err).toContain('上次订货');
    expect(r.err).toContain('“数量”');
    expect(r.err).toContain('Headers found');
  });

  it('an unreadable file is refused', () => {
    const junk = join(dir, 'junk.xlsx');
    writeFileSync(junk, 'this is not a zip');
    const r = run('fill', 'stock-order', '--in', junk, '--out', join(dir, 'never.xlsx'));
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/not a valid \.xlsx/);
    // neither UTF-8 nor GB18030 (0xFF starts no character in either)
    const bad = join(dir, 'binary.csv');
    writeFileSync(bad, Buffer.from([0xff, 0xff, 0x2c, 0x0a]));
    const r2 = run('fill', 'stock-order', '--in', bad, '--out', join(dir, 'never.xlsx'));
    expect(r2.code).toBe(3);
    expect(r2.err).toMatch(/neither UTF-8 nor GB18030/);
  });

  it('never overwrites an existing output without --force', () => {
    const out = join(dir, 'keep.xlsx');
    writeFileSync(out, 'precious');
    const r = run('blank', 'stock-order', '--out', out);
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/--force/);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    const f = run('blank', 'stock-order', '--out', out, '--force', '--rows', '5');
    expect(f.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });

  it('prints usage with help', () => {
    expect(execFileSync(process.execPath, [bin, 'help'], { encoding: 'utf8' })).toContain('dealerkit fill <template>');
  });
});
