import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors';

const reasons: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
};

function failure(path: string, error: unknown): AppError {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const reason = reasons[code] ?? (error instanceof Error ? error.message : String(error));
  return new AppError(code === 'ENOSPC' ? 'disk_full' : 'invalid_input', `Cannot write ${path}: ${reason}. Nothing was written.`, { field: 'out' });
}

const temporaryName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.part`);

/** Fails early, before an export is built and recorded, when the target cannot be written at all. */
export function assertWritable(path: string): void {
  const temporary = temporaryName(path);
  try {
    closeSync(openSync(temporary, 'w', 0o644));
    rmSync(temporary, { force: true });
  } catch (error) {
    throw failure(path, error);
  }
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary name in the same folder, are flushed,
 * and only then renamed over the target. A failure removes the temporary file and names the reason.
 */
export function writeFileAtomic(path: string, content: Uint8Array): void {
  const temporary = temporaryName(path);
  try {
    const fd = openSync(temporary, 'w', 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw failure(path, error);
  }
}
