import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

type Child = ChildProcessByStdio<null, Readable, Readable>;

/**
 * Runs a Node script in a child process and hands each whole line it prints to `onLine` (with the child, so a test
 * can kill it at a chosen line). What it wrote to stderr is kept for the failure message.
 */
export function spawnNodeLines(args: string[], onLine: (line: string, child: Child) => void, cwd?: string): { child: Child; stderr: () => string } {
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) onLine(line, child);
  });
  return { child, stderr: () => stderr };
}
