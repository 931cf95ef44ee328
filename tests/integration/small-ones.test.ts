import { execFile, spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceRoot } from '../../electron/core/paths';
import { freshDb, procedures, tempDir, type TestDb } from './helpers';

// Issue 13, item 13: the small ones — header-only imports, Excel's sep= line, and a CLI that behaves in a pipe.

const run = promisify(execFile);
const b64 = (content: string) => Buffer.from(content).toString('base64');

describe('imports', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await freshDb();
  });
  afterEach(() => t.close());
  const { call } = procedures(() => t.db);
  const auditRows = () => Number(t.db.sqlite.prepare(`select count(*) from audit_log where action = 'import'`).pluck().get());

  it('a header-only file commits nothing and writes no audit row', () => {
    const result = call('imports.commit', {
      kind: 'students',
      fileName: 'empty.csv',
      content: b64('Student ID,First Name,Last Name\r\n'),
    });
    expect(result).toMatchObject({ counts: { rows: 0, created: 0 }, problems: [] });
    expect(auditRows()).toBe(0);
    call('imports.commit', {
      kind: 'students',
      fileName: 'one.csv',
      content: b64('Student ID,First Name,Last Name\r\nS-1,Amara,Okafor\r\n'),
    });
    expect(auditRows()).toBe(1);
  });

  it('understands Excel\'s "sep=;" first line: it names the delimiter and is not the header; lines keep the file\'s numbers', () => {
    const file = 'sep=;\r\nStudent ID;First Name;Last Name;Major\r\nS-1;Amara;Okafor;Biology, Chemistry\r\nS-2;Bo\r\n';
    const report = call('imports.preview', { kind: 'students', fileName: 'excel.csv', content: b64(file) });
    expect(report).toMatchObject({ delimiter: ';', ignoredColumns: [], counts: { rows: 2, created: 1, rejected: 1 } });
    expect(report.problems[0]).toMatchObject({ line: 4 });
    const quoted = call('imports.preview', {
      kind: 'students',
      fileName: 'excel.csv',
      content: b64('"sep=,"\nStudent ID,First Name,Last Name\nS-1,Amara,Okafor\n'),
    });
    expect(quoted).toMatchObject({ delimiter: ',', counts: { rows: 1, created: 1, rejected: 0 } });
  });
});

describe('rapport CLI in a pipe', () => {
  const temp = tempDir();
  afterAll(() => temp.cleanup());
  const db = join(temp.dir, 'office.db');
  const cli = ['--import', 'tsx', join(sourceRoot, 'electron/cli/index.ts')];
  const env = { ...process.env, RAPPORT_DATA_DIR: temp.dir };

  async function rapport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [...cli, ...args], { cwd: sourceRoot, env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('`rapport stats | head -1`: a reader that leaves early gets no stack trace, and the command exits quietly', async () => {
    expect((await rapport('--db', db, 'demo', '--students', '20')).code).toBe(0);
    for (const args of [['stats'], ['stats', '--json'], ['--help']]) {
      const child = spawn(process.execPath, [...cli, '--db', db, ...args], {
        cwd: sourceRoot,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // The reader is gone before the first line is written: every write meets a closed pipe (EPIPE).
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ args, code, stderr }).toEqual({ args, code: 0, stderr: '' });
    }
  }, 60_000);

  it('errors go to stderr, one line ending with a newline; a missing command shows the help there', async () => {
    const unknown = await rapport('--db', db, 'frobnicate');
    expect(unknown).toMatchObject({ code: 64, stdout: '' });
    expect(unknown.stderr).toMatch(/^rapport: Unknown command "frobnicate"\. Run with --help to see the commands\.\n$/);
    const bare = await rapport();
    expect(bare).toMatchObject({ code: 64, stdout: '' });
    expect(bare.stderr).toMatch(/^Rapport command line[\s\S]*\n$/);
    const missing = await rapport('--db', db, 'import', 'students', join(temp.dir, 'nope.csv'));
    expect(missing).toMatchObject({ code: 64, stdout: '' });
    expect(missing.stderr).toMatch(/^rapport: Cannot read .*nope\.csv: no such file\.\n$/);
  }, 60_000);

  it('never prints a raw control character or bidi override, even from a file name or a file', async () => {
    const name = `ro\u001b[2J\u0007ster\u202e.csv`;
    writeFileSync(join(temp.dir, name), 'Student ID,First Name,Last Name,E-mail\r\nS-9,Amara\u001b[31m,Okafor,not-an-email\u001b]0;pwned\u0007\r\n');
    for (const args of [
      ['import', 'students', join(temp.dir, name), '--skip-invalid'],
      ['import', 'students', join(temp.dir, name), '--dry-run', '--json'],
      ['import', 'students', join(temp.dir, `x\u001b${name}`)],
    ]) {
      const result = await rapport('--db', db, ...args);
      const printed = result.stdout + result.stderr;
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      // What the CLI itself names (the path typed) shows the escape; what went through the core was cleaned on the way in.
      if (args[2]?.includes('x\u001b')) expect(printed).toMatch(/\\u001b/);
    }
    expect(readdirSync(temp.dir).some((f) => f.endsWith('-skipped-rows.csv'))).toBe(true);
  }, 60_000);
});
