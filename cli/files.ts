// The command line's file safety: inputs must be regular files, outputs are written beside and renamed, and
// system errors become plain zh/en messages instead of stack traces.
import { closeSync, existsSync, openSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A file-system failure, said in both languages; the CLI exits with its own code for these. */
export class FileError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Largest input read: ExcelJS holds a workbook in memory, and a dealer list is far smaller. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** A system error (errno code) on `path` as a message a person can act on. */
export function fileError(e: unknown, path: string, action: 'read' | 'write'): FileError {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const verbZh = action === 'read' ? '读取' : '写入';
  const verbEn = action === 'read' ? 'read' : 'write';
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? new FileError(`找不到文件：${path}`, `File not found: ${path}`)
        : new FileError(`无法写入 ${path}：文件夹 ${dirname(resolve(path))} 不存在（请先建好文件夹）`, `Cannot write ${path}: the folder ${dirname(resolve(path))} does not exist (create it first)`);
    case 'EACCES':
    case 'EPERM':
      return new FileError(`没有权限${verbZh} ${path}（检查文件或文件夹的权限，或换一个位置）`, `No permission to ${verbEn} ${path} (check the file's or folder's permissions, or use another place)`);
    case 'EISDIR':
      return new FileError(`${path} 是文件夹，不是文件`, `${path} is a folder, not a file`);
    case 'ENOTDIR':
      return new FileError(`${path} 的路径中有一段不是文件夹`, `Part of the path ${path} is not a folder`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileError(`磁盘空间不足，无法写入 ${path}（原文件未改动）`, `The disk is full: cannot write ${path} (any existing file is unchanged)`);
    case 'EFBIG':
    case 'ERR_FS_FILE_TOO_LARGE':
      return new FileError(`${path} 太大，无法${verbZh}`, `${path} is too large to ${verbEn}`);
    case 'EROFS':
      return new FileError(`${path} 在只读位置，无法写入`, `${path} is on a read-only file system`);
    case 'EBUSY':
    case 'ETXTBSY':
      return new FileError(`${path} 正被其他程序占用（请先在 Excel/WPS 中关闭它）`, `${path} is in use by another program (close it in Excel or WPS first)`);
    case 'EMFILE':
    case 'ENFILE':
      return new FileError(`打开的文件太多，无法${verbZh} ${path}`, `Too many open files to ${verbEn} ${path}`);
    default:
      return new FileError(`无法${verbZh} ${path}：${(e as Error)?.message ?? e}`, `Cannot ${verbEn} ${path}: ${(e as Error)?.message ?? e}`);
  }
}

/** Checks an input before anything reads it: it exists, is a regular file (not a FIFO or device) and is not huge. */
export function checkInput(path: string): void {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw fileError(e, path, 'read');
  }
  if (st.isDirectory()) throw fileError({ code: 'EISDIR' }, path, 'read');
  if (!st.isFile()) throw new FileError(`${path} 不是普通文件（管道、设备或特殊文件不能读取）`, `${path} is not a regular file (pipes, devices and special files cannot be read)`);
  if (st.size > MAX_INPUT_BYTES) throw new FileError(`${path} 有 ${mb(st.size)}，超过 ${mb(MAX_INPUT_BYTES)} 的上限（请只导出需要的表）`, `${path} is ${mb(st.size)}, over the ${mb(MAX_INPUT_BYTES)} limit (export only the table you need)`);
}

/** The real path of a file that may not exist yet (its folder's real path and its name). */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** True when `out` would replace `input` (the same file by real path, through links and relative paths). */
export function sameFile(input: string, out: string): boolean {
  return realTarget(input) === realTarget(out);
}

/**
 * Writes `path` without ever leaving it half-written: `write` fills a temporary file in the same folder,
 * which is renamed over `path` only when it is complete. On any failure the temporary file is removed and
 * an existing `path` is untouched.
 */
export async function writeAtomically(path: string, write: (tmpPath: string) => Promise<void>): Promise<void> {
  const dir = dirname(resolve(path));
  if (!existsSync(dir)) throw fileError({ code: 'ENOENT' }, path, 'write');
  if (existsSync(path) && statSync(path).isDirectory()) throw fileError({ code: 'EISDIR' }, path, 'write');
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // create it first, so a folder we may not write to fails here with its own message
    closeSync(openSync(tmp, 'wx'));
    await write(tmp);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* it was never created, or is gone already */
    }
    if (e instanceof FileError) throw e;
    if ((e as NodeJS.ErrnoException)?.code) throw fileError(e, path, 'write');
    throw e;
  }
}
