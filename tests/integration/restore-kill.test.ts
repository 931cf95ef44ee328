import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/core/backups/service';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { createDemoOffice } from '../../electron/core/office/service';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { Random } from '../../electron/core/demo/random';
import { spawnNodeLines } from './child-lines';
import { procedures, tempDir } from './helpers';
import { bundleSupportScript } from './support/bundle';

// Issue 13 item 5: a restore is one atomic step. A child process restoring a backup is killed with SIGKILL
// at seeded random moments; after every kill the file passes integrity_check and holds EITHER the old data
// with its whole audit log, OR the backup's data with the audit entries written since the backup carried
// forward plus the restore's own entry — never a mix (restored data without its audit, a half-copied file).

const kills = 24;
const temp = tempDir();
const template = join(temp.dir, 'template');
let runner: string;
let backupName: string;
/** The office's own tables (the FTS index follows them), and the audit log apart. */
const dataTables = (name: string) => !name.startsWith('sqlite_') && !name.includes('fts') && name !== 'audit_log';

function content(path: string, include: (name: string) => boolean): string {
  const sqlite = new Database(path, { readonly: true });
  try {
    const tables = sqlite.prepare(`select name from sqlite_schema where type = 'table' order by name`).pluck().all().map(String).filter(include);
    return JSON.stringify(tables.map((name) => [name, sqlite.prepare(`select * from "${name}"`).raw().all()]));
  } finally {
    sqlite.close();
  }
}
type AuditRow = [string, string, string, string, number | null, number, string | null];
function audit(path: string): AuditRow[] {
  const sqlite = new Database(path, { readonly: true });
  try {
    return sqlite.prepare('select at, actor, action, entity, entity_id, count, details from audit_log order by id').raw().all() as AuditRow[];
  } finally {
    sqlite.close();
  }
}

let old: { data: string; audit: AuditRow[] };
let restored: { data: string; audit: AuditRow[] };

beforeAll(async () => {
  runner = bundleSupportScript('restore-runner');
  mkdirSync(template);
  const db = await openDatabase({ path: join(template, 'rapport.db'), migrationsFolder: sourceMigrationsFolder });
  createDemoOffice(db, { students: 80, seed: 21, today: new Date('2026-11-26T12:00:00Z') });
  backupName = (await createBackup(db, 'manual')).fileName;
  // After the backup: data the restore replaces, and audit entries it must carry forward.
  const { call, callAsync } = procedures(() => db);
  for (let i = 0; i < 5; i++) call('students.create', { firstName: 'Later', lastName: `Student${i}`, externalId: `LATER-${i}` });
  await callAsync('backups.create', {});
  closeDatabase(db);
  const livePath = join(template, 'rapport.db');
  const backupPath = join(template, 'backups', backupName);
  old = { data: content(livePath, dataTables), audit: audit(livePath) };
  const backupAudit = audit(backupPath);
  const cutoff = backupAudit.at(-1)?.[0] ?? '';
  const carried = old.audit.slice(backupAudit.length).filter((row) => row[0] >= cutoff);
  expect(carried.length).toBeGreaterThan(0);
  restored = { data: content(backupPath, dataTables), audit: [...backupAudit, ...carried] };
  expect(restored.data).not.toBe(old.data);
});
afterAll(() => {
  temp.cleanup();
  rmSync(runner, { force: true });
});

/** A fresh copy of the office and its backup; runs the restore and kills it `delayMs` after it starts (never, if null). */
function runRestore(dir: string, delayMs: number | null): Promise<{ restoredAfterMs: number | null; killed: boolean }> {
  mkdirSync(join(dir, 'backups'), { recursive: true });
  copyFileSync(join(template, 'rapport.db'), join(dir, 'rapport.db'));
  copyFileSync(join(template, 'backups', backupName), join(dir, 'backups', backupName));
  copyFileSync(join(template, 'backups', `${backupName}.json`), join(dir, 'backups', `${backupName}.json`));
  return new Promise((resolve, reject) => {
    let restoredAfterMs: number | null = null;
    const { child, stderr } = spawnNodeLines([runner, join(dir, 'rapport.db'), join(dir, 'backups', backupName), sourceMigrationsFolder], (line, running) => {
      if (line === 'ready' && delayMs !== null) setTimeout(() => running.kill('SIGKILL'), delayMs);
      const m = /^restored (\d+)$/.exec(line);
      if (m) {
        restoredAfterMs = Number(m[1]);
        if (delayMs === null) running.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve({ restoredAfterMs, killed: true });
      else reject(new Error(`the restore stopped by itself: ${stderr().slice(0, 800)}`));
    });
  });
}

describe('kill -9 during a restore', () => {
  it(
    `leaves the old data with its whole audit, or the restored data with the carried audit and the restore entry, at ${kills} seeded moments`,
    { timeout: 600_000 },
    async () => {
      // How long a restore takes here, so the kills spread over all of it (and a little after).
      const first = await runRestore(join(temp.dir, 'measure'), null);
      const duration = first.restoredAfterMs ?? 0;
      expect(duration).toBeGreaterThan(0);

      // Seeded (the demo's PRNG), so a failure can be replayed.
      const random = new Random(20261313);
      const outcomes = { old: 0, restored: 0 };
      for (let kill = 0; kill < kills; kill++) {
        const dir = join(temp.dir, `kill-${kill}`);
        const delay = Math.floor(random.next() * duration * 1.6);
        await runRestore(dir, delay);
        const path = join(dir, 'rapport.db');
        const label = `kill ${kill + 1} after ${delay} ms (restore takes ~${duration} ms)`;

        // Opening recovers the WAL exactly as the app would; the file must be whole.
        const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder });
        try {
          expect(db.sqlite.pragma('integrity_check', { simple: true }), label).toBe('ok');
          expect(db.sqlite.pragma('foreign_key_check'), label).toEqual([]);
        } finally {
          closeDatabase(db);
        }
        const data = content(path, dataTables);
        const log = audit(path);
        if (data === old.data) {
          outcomes.old += 1;
          expect(log, `${label}: old data, whole old audit`).toEqual(old.audit);
        } else {
          outcomes.restored += 1;
          expect(data, `${label}: neither the old nor the restored data`).toBe(restored.data);
          // The backup's audit, the entries written since carried forward, then the restore's own entry.
          expect(log.slice(0, -1), `${label}: carried audit`).toEqual(restored.audit);
          const entry = log.at(-1);
          expect(entry?.[2], label).toBe('restore');
          const details: unknown = JSON.parse(entry?.[6] ?? '{}');
          expect(details, label).toMatchObject({
            restoredFrom: backupName,
            keptAside: expect.stringMatching(/before-restore\.db$/),
          });
          // The data it replaced is kept aside, verified, whole.
          const keptAside = join(dir, 'backups', (details as { keptAside: string }).keptAside);
          expect(existsSync(keptAside), label).toBe(true);
          expect(content(keptAside, dataTables), label).toBe(old.data);
          expect(audit(keptAside), label).toEqual(old.audit);
        }
        rmSync(dir, { recursive: true, force: true });
      }
      // The kills landed on both sides of the commit.
      expect(outcomes.old, JSON.stringify(outcomes)).toBeGreaterThan(0);
      expect(outcomes.restored, JSON.stringify(outcomes)).toBeGreaterThan(0);
      // A kill leaves temporary files behind; the next backup in that folder removes them.
      expect(readdirSync(temp.dir).filter((name) => name.startsWith('kill-'))).toEqual([]);
    },
  );
});
