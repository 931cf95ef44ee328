import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, restoreFile } from '../../electron/core/backups/service';
import { createVerifiedBackup } from '../../electron/core/db/backup';
import { createDemoOffice } from '../../electron/core/office/service';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { freshDb, procedures, type TestDb } from './helpers';
import { bundleSupportScript } from './support/bundle';

// Issue 13 items 4 and 5: backups and restores while another process writes all the time.

let writerScript: string;
beforeAll(() => {
  writerScript = bundleSupportScript('steady-writer');
});
afterAll(() => rmSync(writerScript, { force: true }));

let t: TestDb;
const { callAsync } = procedures(() => t.db);
beforeEach(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students: 60, seed: 13, today: new Date('2026-11-26T12:00:00Z') });
});
afterEach(() => {
  t.close();
  failure = null;
});

interface Writer {
  /** External ids of the writes the child was told were committed, with when the parent heard of each. */
  acks: { id: string; at: number }[];
  refused: number;
  stop(): Promise<void>;
}

function startWriter(path: string, tag: string): Promise<Writer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, path, sourceMigrationsFolder, tag], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Writer['acks'] = [];
    let refused = 0;
    let buffer = '';
    let stderr = '';
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      if (code !== 0) {
        failure = `the writer failed: ${stderr.slice(0, 800)}`;
        reject(new Error(failure));
      }
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acks.push({ id: line.slice(4), at: Date.now() });
        else if (line.startsWith('refused ')) refused += 1;
        else if (line === 'ready') {
          resolve({
            acks,
            get refused() {
              return refused;
            },
            async stop() {
              child.kill('SIGTERM');
              await exited;
              if (child.exitCode !== 0) throw new Error(`the writer failed: ${stderr.slice(0, 800)}`);
            },
          });
        }
      }
    });
  });
}

let failure: string | null = null;
const until = async (condition: () => boolean) => {
  while (!condition()) {
    if (failure) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

function externalIds(path: string): Set<string> {
  const sqlite = new Database(path, { readonly: true });
  try {
    return new Set(sqlite.prepare(`select external_id from students where external_id like 'W-%'`).pluck().all().map(String));
  } finally {
    sqlite.close();
  }
}

describe('backups under load', () => {
  it('every backup made while another process writes is verified: on demand, daily and before-migration copies', { timeout: 120_000 }, async () => {
    const writer = await startWriter(t.path, 'W');
    try {
      await until(() => writer.acks.length > 20);
      const failures: string[] = [];
      for (let i = 0; i < 12; i++) {
        await callAsync('backups.create', {}).catch((e: Error) => failures.push(`manual ${i}: ${e.message}`));
        if (i % 4 === 1) await createBackup(t.db, 'daily').catch((e: Error) => failures.push(`daily ${i}: ${e.message}`));
        if (i % 4 === 3) {
          await createVerifiedBackup(t.db.sqlite, join(t.dir, 'backups', `rapport-before-migration-${i}.db`)).catch((e: Error) =>
            failures.push(`before-migration ${i}: ${e.message}`),
          );
        }
      }
      const during = writer.acks.length;
      await writer.stop();
      expect(failures).toEqual([]);
      // The copies were made while writes were landing, not between them.
      expect(during).toBeGreaterThan(60);
      await callAsync('backups.list', {});
      expect(readdirSync(join(t.dir, 'backups')).filter((f) => f.includes('.partial'))).toEqual([]);
    } finally {
      await writer.stop().catch(() => undefined);
    }
  });

  it(
    'a restore while another process writes loses no acknowledged write: each is in the final file or in a kept-aside copy',
    { timeout: 120_000 },
    async () => {
      const backup = await callAsync('backups.create', {});
      const writer = await startWriter(t.path, 'W');
      const keptAside: string[] = [];
      let lastRestoreStarted = 0;
      try {
        for (let i = 0; i < 4; i++) {
          const before = writer.acks.length;
          await until(() => writer.acks.length > before + 15);
          lastRestoreStarted = Date.now();
          const result = await restoreFile(t.db, join(t.dir, 'backups', backup.fileName));
          keptAside.push(join(t.dir, 'backups', result.keptAside));
        }
        const after = writer.acks.length;
        await until(() => writer.acks.length > after + 15);
      } finally {
        await writer.stop();
      }
      const kept = new Set(keptAside.flatMap((path) => [...externalIds(path)]));
      const final = externalIds(t.path);
      const lost = writer.acks.filter((ack) => !final.has(ack.id) && !kept.has(ack.id)).map((ack) => ack.id);
      expect(lost).toEqual([]);
      // The restores really replaced the data: a write acknowledged before the last restore began is not in the final file.
      const earlier = writer.acks.filter((ack) => ack.at < lastRestoreStarted);
      expect(earlier.length).toBeGreaterThan(0);
      expect(earlier.filter((ack) => final.has(ack.id))).toEqual([]);
      expect(t.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(t.db.sqlite.prepare(`select count(*) from audit_log where action = 'restore'`).pluck().get()).toBe(4);
    },
  );

  it('a restore waits for a writer that holds the lock; what it commits is kept aside and its audit entry carried forward', async () => {
    const backup = await createBackup(t.db, 'manual');
    const other = new Database(t.path);
    other.exec('begin immediate');
    other.prepare(`insert into audit_log (actor, action, entity, count) values ('another program', 'update', 'held-lock', 1)`).run();
    const restoring = restoreFile(t.db, backup.path);
    await new Promise((resolve) => setTimeout(resolve, 400));
    other.exec('commit');
    other.close();
    const result = await restoring;
    const held = `select count(*) from audit_log where entity = 'held-lock'`;
    const aside = new Database(join(t.dir, 'backups', result.keptAside), { readonly: true });
    expect(aside.prepare(held).pluck().get()).toBe(1);
    aside.close();
    expect(t.db.sqlite.prepare(held).pluck().get()).toBe(1);
    expect(t.db.sqlite.prepare(`select action from audit_log order by id desc limit 2`).pluck().all()).toEqual(['restore', 'update']);
  });
});
