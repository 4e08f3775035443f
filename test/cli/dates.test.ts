// Dates and times from .xlsx and .csv come out the same whatever the machine's time zone (users run in Asia/Shanghai, CI in UTC).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { convertCell } from '../../core/plan/convert';
import { renderTemplate } from '../../core/renderTemplate';
import { dateReader, serialOf } from '../../core/values/dates';

const bin = new URL('../../bin/dealerkit.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dk-dates-'));
const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'];

/** 2026-11-05 14:30 as a serial, computed by hand: 46,331 days after 1899-12-30, plus 14.5 hours. */
const NOV5 = 46331;
const at = (h: number, m: number) => (h * 60 + m) / 1440;

async function sourceXlsx(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('来店');
  ws.addRow(['日期', '时间', '来店/来电', '顾客姓名']);
  // ExcelJS stores a Date's UTC fields as the cell's wall clock, as Excel would show them
  ws.addRow([new Date(Date.UTC(2026, 10, 5)), new Date(Date.UTC(1899, 11, 30, 14, 30)), '来店', '王先生']);
  ws.addRow([new Date(Date.UTC(2026, 10, 5, 23, 30)), new Date(Date.UTC(1899, 11, 30, 9, 5)), '来电', '李女士']);
  const path = join(dir, 'visits.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

function sourceCsv(): string {
  const path = join(dir, 'visits.csv');
  writeFileSync(path, '日期,时间,来店/来电,顾客姓名\n2026-11-05,14:30,来店,王先生\n2026-11-05 23:30,09:05,来电,李女士\n2026-02-30,10:00,来店,赵先生\n');
  return path;
}

/** Fill visitor-log under a time zone and read back the date and time cells of the data rows. */
async function fillUnder(tz: string, input: string): Promise<{ cells: unknown[][]; out: string }> {
  const out = join(dir, `out-${tz.replace('/', '_')}-${input.endsWith('.csv') ? 'csv' : 'xlsx'}.xlsx`);
  const r = spawnSync(process.execPath, [bin, 'fill', 'visitor-log', '--in', input, '--out', out, '--force'], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets[0];
  const cells: unknown[][] = [];
  for (let row = 5; row <= 7; row++) cells.push([ws.getCell(row, 1).value, ws.getCell(row, 2).value]);
  return { cells: cells.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v))), out: r.stdout };
}

describe('dates read the same in every time zone', () => {
  it('.xlsx dates and times keep their wall clock under UTC, Asia/Shanghai and America/Los_Angeles', async () => {
    const input = await sourceXlsx();
    const results = [];
    for (const tz of ZONES) results.push((await fillUnder(tz, input)).cells);
    for (const r of results) expect(r).toEqual(results[0]);
    // ExcelJS reads the report's date cells back as UTC Dates: the wall clock must be the one typed
    expect(results[0][0]).toEqual(['2026-11-05T00:00:00.000Z', '14:30']);
    expect(results[0][1]).toEqual(['2026-11-05T23:30:00.000Z', '09:05']);
  });

  it('.csv and .xlsx give the same dates, and an impossible date is kept as text with a warning', async () => {
    const xlsx = await fillUnder('Asia/Shanghai', await sourceXlsx());
    const csv = await fillUnder('Asia/Shanghai', sourceCsv());
    // the register sorts walk-ins before calls, then by date: compare the readable rows, wherever the text date sorts
    const readable = (cells: unknown[][]) => cells.filter((c) => c[0] !== '2026-02-30');
    expect(readable(csv.cells).slice(0, 2)).toEqual(readable(xlsx.cells).slice(0, 2));
    expect(csv.cells.map((c) => c[0])).toContain('2026-02-30');
    expect(csv.out).toMatch(/2026-02-30/);
  });

  it('converts host Dates in the zone it is given, not the machine zone', () => {
    const saved = process.env.TZ;
    try {
      const instant = new Date('2026-11-05T06:30:00Z'); // 14:30 in Shanghai, 22:30 the day before in Los Angeles
      for (const tz of ZONES) {
        process.env.TZ = tz;
        const ctx = { readDate: dateReader('Asia/Shanghai') };
        expect(convertCell(instant, 'date', ctx).value).toBeCloseTo(NOV5 + at(14, 30), 9);
        expect(convertCell(instant, 'time', ctx).value).toBe('14:30');
        expect(convertCell(instant, 'date', { readDate: dateReader('America/Los_Angeles') }).value).toBeCloseTo(NOV5 - 1 + at(22, 30), 9);
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it('puts the report date in the report zone', () => {
    const now = '2026-11-24T18:30:00Z'; // 02:30 on the 25th in Shanghai
    const r = renderTemplate('visitor-log', null, { blank: true, now, timeZone: 'Asia/Shanghai' });
    const r2 = renderTemplate('visitor-log', null, { blank: true, now, timeZone: 'America/Los_Angeles' });
    expect(r.ok && r.plan.name).toContain('2026-11-25');
    expect(r2.ok && r2.plan.name).toContain('2026-11-24');
  });

  it.each([
    ['2026-02-30', null],
    ['2026-13-01', null],
    ['2026-11-05', NOV5],
    ['2026年11月5日', NOV5],
    ['2024-02-29', 45351],
    ['2026-11-05 14:30', NOV5 + at(14, 30)],
  ])('date text %s', (text, serial) => {
    const c = convertCell(text, 'date', { readDate: dateReader('UTC') });
    if (serial === null) {
      expect(c.value).toBe(text);
      expect(c.notDate).toBe(true);
    } else expect(c.value).toBeCloseTo(serial, 9);
  });

  it.each(['11/04/2026', '20261105', '46331'])('warns on %s in a date column (day/month order, yyyymmdd and serials are guesses)', (text) => {
    expect(convertCell(text, 'date', { readDate: dateReader('UTC') }).notDate).toBe(true);
  });

  it('serialOf refuses days that do not exist and times out of range', () => {
    expect(serialOf({ year: 2026, month: 2, day: 29, hour: 0, minute: 0, second: 0 })).toBeNull();
    expect(serialOf({ year: 2026, month: 11, day: 5, hour: 24, minute: 0, second: 0 })).toBeNull();
  });
});
