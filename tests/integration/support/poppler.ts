import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

/** Runs a command-line tool (poppler, LibreOffice) and resolves with its output. */
export const run = promisify(execFile);

/** Whether every command is installed; the tests that need poppler-utils or LibreOffice skip without them. */
export function onPath(...commands: string[]): boolean {
  return commands.every((command) => spawnSync('which', [command]).status === 0);
}

/** pdftotext's UTF-8 text without the embedding controls it wraps right-to-left runs in (U+202A…U+202E, marks, isolates). */
export async function pdfText(pdfPath: string, options: readonly string[] = []): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...options, pdfPath, '-']);
  return stdout.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}

/** The options that make pdftotext read one page. */
export const onePage = (page: number): string[] => ['-f', String(page), '-l', String(page)];
