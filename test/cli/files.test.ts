// The command line never loses a user's file: same-file refusal, atomic writes, system errors as messages, odd files refused.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileError, writeAtomically, FileError } from '../../cli/files';

const bin = new URL('../../bin/dealerkit.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dk-files-'));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir, timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

async function workbook(path: string, extra?: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('数据');
  ws.addRow(['经销商', '上次库存', '上次订货', '本次库存']);
  ws.addRow(['华联', 100, 200, 60]);
  ws.addRow(['城东', 50, 0, 50]);
  extra?.(ws);
  await wb.xlsx.writeFile(path);
}

describe('files a user cannot lose', () => {
  it('refuses --out equal to --in, also through a relative path and a link, and leaves the data untouched', async () => {
    const src = join(dir, 'data.xlsx');
    await workbook(src);
    const before = hash(src);
    symlinkSync(src, join(dir, 'link.xlsx'));
    for (const out of [src, 'data.xlsx', './data.xlsx', 'link.xlsx']) {
      const r = run('fill', 'stock-order', '--in', src, '--out', out, '--force');
      expect(r.code).toBe(4);
      expect(r.err).toContain('--out 与 --in 是同一个文件');
      expect(r.err).toContain('--out is the same file as --in');
    }
    expect(hash(src)).toBe(before);
  });

  it('a write that fails part-way leaves the old file intact and no partial file', async () => {
    const target = join(dir, 'report.xlsx');
    writeFileSync(target, 'the old report');
    const err = await writeAtomically(target, async (tmp) => {
      writeFileSync(tmp, 'half a zip');
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    }).catch((e) => e);
    expect(err).toBeInstanceOf(FileError);
    expect(err.zh).toContain('磁盘空间不足');
    expect(err.en).toContain('The disk is full');
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an --out in a folder that does not exist gets a clear message and its own exit code', async () => {
    const src = join(dir, 'data2.xlsx');
    await workbook(src);
    const r = run('fill', 'stock-order', '--in', src, '--out', join(dir, 'no-such-folder', 'r.xlsx'));
    expect(r.code).toBe(6);
    expect(r.err).toContain('不存在');
    expect(r.err).toContain('does not exist');
    expect(r.err).not.toMatch(/Internal error|at .*\.js/);
  });

  it.each([
    ['a folder', (p: string) => mkdirSync(p), 'is a folder'],
    ['a pipe', (p: string) => execFileSync('mkfifo', [p]), 'not a regular file'],
    ['a link to /dev/zero', (p: string) => symlinkSync('/dev/zero', p), 'not a regular file'],
    ['a 300 MB file', (p: string) => (writeFileSync(p, ''), truncateSync(p, 300 * 1024 * 1024)), 'over the 256 MB limit'],
    // past 2 GiB Node cannot read a file into one buffer: it must still be "too large", never "not found"
    ['a 2.2 GB file', (p: string) => (writeFileSync(p, ''), truncateSync(p, Math.round(2.2 * 1024 ** 3))), 'is 2253 MB, over the 256 MB limit'],
    ['a missing file', () => undefined, 'File not found'],
  ])('refuses %s as input without hanging', (_what, make, says) => {
    const p = join(dir, `odd-${Math.random().toString(36).slice(2)}.xlsx`);
    make(p);
    const r = run('fill', 'stock-order', '--in', p, '--out', join(dir, 'x.xlsx'));
    expect(r.code).toBe(6);
    expect(r.err).toContain(says);
    expect(r.err).not.toContain('Internal error');
  });

  it('names every system error in both languages', () => {
    for (const code of ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENOSPC', 'EFBIG', 'ERR_FS_FILE_TOO_LARGE', 'EROFS', 'EBUSY', 'EMFILE']) {
      for (const action of ['read', 'write'] as const) {
        const e = fileError({ code, message: 'x' }, '/tmp/r.xlsx', action);
        expect(e.zh).toContain('/tmp/r.xlsx');
        expect(e.en).toContain('/tmp/r.xlsx');
        expect(e.en).not.toMatch(/^Cannot (read|write) \/tmp\/r.xlsx: x$/); // a specific message, not the fallback
      }
    }
  });

  it('counts only rows with data against the row limit (formatted empty rows below do not count)', async () => {
    const src = join(dir, 'formatted.xlsx');
    await workbook(src, (ws) => {
      ws.getCell(150_000, 1).numFmt = '@';
      ws.getCell(150_000, 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const r = run('fill', 'stock-order', '--in', src, '--out', join(dir, 'formatted-report.xlsx'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 rows');
  });
});
