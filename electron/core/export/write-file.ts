import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
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

/** Errors from the file system carry the system call; anything else (a refused export, SQLite) passes through as it is. */
const isSystemError = (error: unknown) => error instanceof Error && 'syscall' in error;

// Every export is created 0600 (readable by this account only) from its first byte: it holds student records,
// and the final file is this temporary one renamed, so it keeps that mode.
const temporaryName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.part`);

/** Fails early, before an export is built and recorded, when the target cannot be written at all. */
export function assertWritable(path: string): void {
  const temporary = temporaryName(path);
  try {
    closeSync(openSync(temporary, 'w', 0o600));
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
    const fd = openSync(temporary, 'w', 0o600);
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

/**
 * Where a streamed export goes. `write` sends every byte and ends the stream; once they are all written,
 * `seal` runs and calls `keep` to hand them over — the caller runs it inside the transaction that writes
 * the export's audit row, so a file is never kept without its audit row, nor audited without being kept.
 */
export type Destination<R> = (write: (out: Writable) => Promise<void>, seal: (keep: () => void) => void) => Promise<R>;

/**
 * Runs `write` and waits until `out` has taken every byte, failing as soon as `out` fails (a full disk):
 * exceljs would otherwise wait forever on a stream that broke.
 */
async function writeAll(out: Writable, write: (out: Writable) => Promise<void>): Promise<void> {
  const broken = new Promise<never>((_, reject) => out.once('error', reject));
  await Promise.race([write(out), broken]);
  await finished(out);
}

/** A file written whole or not at all, as `writeFileAtomic`, but streamed: memory does not grow with its size. */
export function fileDestination(path: string): Destination<void> {
  return async (write, seal) => {
    const temporary = temporaryName(path);
    // `flush`: the descriptor is fsync'd before it is closed, so the rename only ever exposes durable bytes.
    const out = createWriteStream(temporary, { mode: 0o600, flush: true });
    const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
    try {
      try {
        await writeAll(out, write);
      } finally {
        // Closed (and flushed) before the rename, and with no write still under way before the file is removed.
        out.destroy();
        await closed;
      }
      seal(() => renameSync(temporary, path));
    } catch (error) {
      rmSync(temporary, { force: true });
      throw isSystemError(error) ? failure(path, error) : error;
    }
  };
}

/** The bytes `write` sends, gathered in memory: for files that cross the API whole (a few MB at most). */
export async function collectBytes(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeAll(out, write);
  return Buffer.concat(chunks);
}

/** An export gathered in memory, for the API (it answers with the file as base64). */
export const memoryDestination: Destination<Buffer> = async (write, seal) => {
  const content = await collectBytes(write);
  seal(() => undefined);
  return content;
};
