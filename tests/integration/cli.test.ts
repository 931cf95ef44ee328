import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceRoot } from '../../electron/core/paths';
import { tempDir } from './helpers';

const run = promisify(execFile);
const temp = tempDir();
afterAll(() => temp.cleanup());

async function rapport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(sourceRoot, 'electron/cli/index.ts'), ...args], {
      cwd: sourceRoot,
      env: { ...process.env, RAPPORT_DATA_DIR: temp.dir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('rapport CLI', () => {
  const db = join(temp.dir, 'office.db');

  it('builds a demo office, reports its row counts and passes the check', async () => {
    const demo = await rapport('--db', db, 'demo', '--students', '300', '--seed', '2');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/Demo office created .* 300 students/);
    const stats = await rapport('--db', db, 'stats', '--json');
    expect(stats.code).toBe(0);
    const counts = JSON.parse(stats.stdout) as Record<string, number>;
    expect(counts.students).toBe(300);
    for (const [table, count] of Object.entries(counts)) expect(count, table).toBeGreaterThan(0);
    expect(await rapport('--db', db, 'check')).toMatchObject({ code: 0, stdout: `${db}: ok\n` });
  }, 60_000);

  it('refuses a second demo over existing students', async () => {
    const again = await rapport('--db', db, 'demo');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already holds 300 students/);
  }, 30_000);

  it('uses the desktop default file when --db is absent', async () => {
    const stats = await rapport('stats', '--json');
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ students: 0 });
    expect(readFileSync(join(temp.dir, 'rapport.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
  }, 30_000);

  it('reports a file that is not a database and moves it aside whole, never replacing it', async () => {
    const bogus = join(temp.dir, 'notes.txt');
    writeFileSync(bogus, 'hello');
    const check = await rapport('--db', bogus, 'check');
    expect(check.code).toBe(65);
    const stats = await rapport('--db', bogus, 'stats');
    expect(stats.code).toBe(66);
    expect(stats.stderr).toMatch(/not a Rapport database .*moved aside to .*notes\.txt\.damaged-/);
    const moved = readdirSync(temp.dir).find((f) => f.startsWith('notes.txt.damaged-'));
    expect(readFileSync(join(temp.dir, moved ?? ''), 'utf8')).toBe('hello');
    expect(existsSync(bogus)).toBe(false);
  }, 30_000);

  it('explains usage errors with a non-zero exit', async () => {
    expect((await rapport('frobnicate')).stderr).toMatch(/Unknown command "frobnicate"/);
    expect((await rapport('--db', db, 'demo', '--students', 'lots')).code).toBe(64);
    expect((await rapport('--bogus')).code).toBe(64);
    const help = await rapport('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run rapport/);
  }, 60_000);
});
