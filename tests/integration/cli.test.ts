import { execFile, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { sourceMigrationsFolder, sourceRoot } from '../../electron/core/paths';
import { tempDir } from './helpers';

const run = promisify(execFile);
const strongPassword = 'violet tram harbour';
const temp = tempDir();
afterAll(() => temp.cleanup());

async function rapport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return rapportAs({}, ...args);
}

/**
 * `as` runs the CLI under another account (root cannot be kept out of a write-protected file otherwise);
 * `input` is what it reads on standard input (a password: never on the command line).
 */
async function rapportAs(
  { input, ...as }: { uid?: number; gid?: number; input?: string },
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const running = run(process.execPath, ['--import', 'tsx', join(sourceRoot, 'electron/cli/index.ts'), ...args], {
      cwd: sourceRoot,
      env: { ...process.env, RAPPORT_DATA_DIR: temp.dir },
      ...as,
    });
    running.child.stdin?.end(input ?? '');
    const { stdout, stderr } = await running;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A folder of its own under the temp folder holding one empty, migrated office.db (and nothing else). */
async function emptyOfficeIn(name: string): Promise<{ folder: string; path: string }> {
  const folder = join(temp.dir, name);
  mkdirSync(folder);
  const path = join(folder, 'office.db');
  closeDatabase(await openDatabase({ path, migrationsFolder: sourceMigrationsFolder }));
  return { folder, path };
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
    // `stats` only reads: it never creates the file, so the app (here: the core) makes it first.
    const missing = await rapport('stats');
    expect(missing).toMatchObject({ code: 66 });
    expect(missing.stderr).toMatch(/rapport\.db does not exist\. Nothing was created\./);
    expect(existsSync(join(temp.dir, 'rapport.db'))).toBe(false);
    closeDatabase(await openDatabase({ path: join(temp.dir, 'rapport.db'), migrationsFolder: sourceMigrationsFolder }));
    const stats = await rapport('stats', '--json');
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ students: 0 });
    expect(readFileSync(join(temp.dir, 'rapport.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
  }, 30_000);

  it('leaves a file that is not a database byte-identical, whatever the command', async () => {
    const bogus = join(temp.dir, 'notes.txt');
    writeFileSync(bogus, 'hello');
    const check = await rapport('--db', bogus, 'check');
    expect(check.code).toBe(65);
    const stats = await rapport('--db', bogus, 'stats');
    expect(stats.code).toBe(66);
    expect(stats.stderr).toMatch(/notes\.txt is not a Rapport database .*left untouched\.\n$/);
    const exported = await rapport('--db', bogus, 'export', 'readiness', '--format', 'csv', '--out', join(temp.dir, 'r.csv'));
    expect(exported.code).toBe(66);
    expect(readFileSync(bogus, 'utf8')).toBe('hello');
    expect(readdirSync(temp.dir).filter((f) => f.startsWith('notes.txt'))).toEqual(['notes.txt']);
  }, 60_000);

  it('checks a damaged database without moving it or creating -wal/-shm beside it', async () => {
    const { folder, path } = await emptyOfficeIn('damaged');
    const bytes = readFileSync(path);
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (bytes[i] ?? 0) ^ 0xa5;
    writeFileSync(path, bytes);
    const check = await rapport('--db', path, 'check');
    expect(check.code).toBe(65);
    expect(check.stdout).toMatch(/office\.db: \d+ problem/);
    expect(readdirSync(folder)).toEqual(['office.db']);
    const stats = await rapport('--db', path, 'stats');
    expect(stats.code).toBe(66);
    expect(stats.stderr).toMatch(/is damaged .*left untouched/);
    expect(readdirSync(folder)).toEqual(['office.db']);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  }, 60_000);

  it('answers busy (75), not damaged, when another program holds the file locked, and changes nothing', async () => {
    const { folder, path } = await emptyOfficeIn('locked');
    const before = readFileSync(path);
    const script = `const db = new (require('better-sqlite3'))(process.argv[1]); db.pragma('locking_mode = EXCLUSIVE');
      db.exec('begin exclusive'); db.prepare('select 1 from advisors').get(); console.log('locked'); setTimeout(() => {}, 60000);`;
    const holder = spawn(process.execPath, ['-e', script, path], {
      cwd: sourceRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      for (const command of ['stats', 'check']) {
        const result = await rapport('--db', path, command);
        expect(result.code, command).toBe(75);
        expect(result.stderr, command).toMatch(/is in use by another program/);
        expect(result.stderr, command).not.toMatch(/damaged|moved aside|problem/);
      }
      expect(readdirSync(folder).filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm'))).toEqual(['office.db']);
      expect(readFileSync(path).equals(before)).toBe(true);
    } finally {
      holder.kill('SIGKILL');
    }
  }, 90_000);

  it('says plainly that a folder given as --db is a folder', async () => {
    for (const command of ['stats', 'check', 'demo']) {
      const result = await rapport('--db', temp.dir, command);
      expect(result.code, command).toBe(66);
      expect(result.stderr, command).toMatch(/is a folder, not a database file/);
      expect(result.stderr, command).not.toMatch(/EISDIR|internal/);
    }
  }, 60_000);

  it.skipIf(process.platform === 'win32')(
    'reads a write-protected database, and refuses to change it in plain words',
    async (ctx) => {
      const { folder, path } = await emptyOfficeIn('protected');
      chmodSync(path, 0o444);
      chmodSync(folder, 0o755);
      chmodSync(temp.dir, 0o755);
      const before = readFileSync(path);
      // Root writes through any file mode: run as "nobody" then, who may read but not write here.
      const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      // "nobody" must be able to reach the project to run it: a clone inside a private (0700) folder hides it.
      const reachable = await rapportAs(as, '--help');
      if (reachable.code !== 0) return ctx.skip();
      const stats = await rapportAs(as, '--db', path, 'stats', '--json');
      expect(stats.code).toBe(0);
      expect(JSON.parse(stats.stdout)).toMatchObject({ students: 0 });
      const demo = await rapportAs(as, '--db', path, 'demo', '--students', '5');
      expect(demo.code).toBe(66);
      expect(demo.stderr).toMatch(/office\.db is read-only: .*nothing was changed/);
      expect(demo.stderr).not.toMatch(/EACCES|EROFS|SQLITE_|internal/);
      expect(readdirSync(folder)).toEqual(['office.db']);
      expect(readFileSync(path).equals(before)).toBe(true);
    },
    60_000,
  );

  it('manages the office server accounts: password on standard input, refusals with their exit codes, audited as cli', async () => {
    const { path } = await emptyOfficeIn('accounts');
    const add = (input: string, ...args: string[]) => rapportAs({ input }, '--db', path, 'users', 'add', ...args);
    expect(await add('violet tram harbour\n', '--email', 'Boss@Example.edu', '--name', 'Boss', '--role', 'admin', '--password-stdin')).toMatchObject({
      code: 0,
      stdout: 'Added boss@example.edu — Boss, admin.\n',
    });
    const weak = await add('password1234\n', '--email', 'ada@example.edu', '--name', 'Ada', '--role', 'advisor', '--password-stdin');
    expect(weak).toMatchObject({ code: 1, stderr: expect.stringMatching(/list of common passwords/) });
    expect(await add(strongPassword, '--email', 'ada@example.edu', '--name', 'Ada', '--role', 'boss', '--password-stdin')).toMatchObject({
      code: 64,
      stderr: expect.stringMatching(/--role must be one of admin, director, advisor, frontdesk, viewer/),
    });
    expect((await add(strongPassword, '--email', 'ada@example.edu', '--name', 'Ada', '--role', 'advisor')).stderr).toMatch(/add --password-stdin/);
    expect((await add(strongPassword, '--email', 'ada@example.edu', '--name', 'Ada', '--role', 'advisor', '--password-stdin')).code).toBe(0);
    expect((await rapport('--db', path, 'users', 'set-role', '--email', 'ADA@example.edu', '--role', 'director')).stdout).toMatch(
      /ada@example.edu — Ada, director/,
    );
    expect((await rapport('--db', path, 'users', 'set-role', '--email', 'boss@example.edu', '--role', 'viewer')).stderr).toMatch(/only admin left/);
    expect((await rapport('--db', path, 'users', 'disable', '--email', 'ada@example.edu')).stdout).toMatch(/Disabled ada@example.edu/);
    expect(await rapport('--db', path, 'users', 'disable', '--email', 'who@example.edu')).toMatchObject({
      code: 1,
      stderr: 'rapport: No account for who@example.edu.\n',
    });
    const reset = await rapportAs(
      { input: 'amber kettle lighthouse' },
      '--db',
      path,
      'users',
      'reset-password',
      '--email',
      'boss@example.edu',
      '--password-stdin',
    );
    expect(reset).toMatchObject({ code: 0, stdout: 'New password set for boss@example.edu; their sessions have ended.\n' });
    const list = await rapport('--db', path, 'users', 'list', '--json');
    expect(JSON.parse(list.stdout)).toMatchObject([
      { email: 'ada@example.edu', role: 'director', disabled: true },
      { email: 'boss@example.edu', role: 'admin', disabled: false },
    ]);
    expect(list.stdout).not.toMatch(/scrypt|hash/);
    const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder });
    try {
      const entries = db.sqlite.prepare("select actor, action from audit_log where entity = 'user' order by id").all();
      expect(entries).toEqual(['create', 'create', 'update', 'update', 'update'].map((action) => ({ actor: 'cli', action })));
    } finally {
      closeDatabase(db);
    }
  }, 60_000);

  it('explains usage errors with a non-zero exit', async () => {
    expect((await rapport('frobnicate')).stderr).toMatch(/Unknown command "frobnicate"/);
    expect((await rapport('--db', db, 'demo', '--students', 'lots')).code).toBe(64);
    expect((await rapport('--bogus')).code).toBe(64);
    const help = await rapport('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run rapport/);
  }, 60_000);
});
