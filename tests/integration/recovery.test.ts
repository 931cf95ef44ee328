import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/core/backups/service';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { DatabaseOpenError } from '../../electron/core/errors';
import { createDemoOffice } from '../../electron/core/office/service';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { recoveryHandlers } from '../../electron/web/recovery';
import { createWebHost, listen, type WebHostOptions } from '../../electron/web/server';
import { tempDir } from './helpers';

const token = 'test-token-0123456789abcdef';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function call(port: number, procedure: string, body: object): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${procedure}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rapport-token': token, host: `127.0.0.1:${port}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('browser mode when the database is damaged', () => {
  it('serves only recovery until the newest backup is restored, then the office as it was backed up', { timeout: 60_000 }, async () => {
    const temp = tempDir();
    cleanups.push(temp.cleanup);
    // As browser mode opens the office's own file: the one case where a damaged file is moved aside.
    const options = {
      path: join(temp.dir, 'rapport.db'),
      migrationsFolder: sourceMigrationsFolder,
      moveDamagedAside: true,
    };
    const db = await openDatabase(options);
    createDemoOffice(db, { students: 25, seed: 8, today: new Date('2026-11-26T12:00:00Z') });
    const backup = await createBackup(db, 'daily');
    closeDatabase(db);
    const bytes = readFileSync(options.path);
    for (let i = 4096; i < bytes.length; i += 5) bytes[i] = (bytes[i] ?? 0) ^ 0x5a;
    writeFileSync(options.path, bytes);

    const error = await openDatabase(options).catch((e: unknown) => e);
    if (!(error instanceof DatabaseOpenError) || !error.recovery) throw new Error('expected a damaged database, moved aside');
    expect(error.recovery.newestBackup).toBe(backup.fileName);
    const host: WebHostOptions = {
      db: null,
      staticDir: null,
      token,
      port: 0,
      recovery: recoveryHandlers(error.message, error.recovery.movedTo, options),
    };
    const server: Server = createWebHost(host);
    const port = await listen(server, 0);
    cleanups.push(() => {
      server.close();
      if (host.db) closeDatabase(host.db);
    });

    expect(await call(port, 'app.status', {})).toMatchObject({
      status: 503,
      body: { ok: false, error: { code: 'database_unavailable' } },
    });
    const status = await call(port, 'recovery.status', {});
    expect(status).toMatchObject({
      status: 200,
      body: {
        ok: true,
        data: { movedTo: error.recovery.movedTo, backups: [{ fileName: backup.fileName, counts: { students: 25 } }] },
      },
    });
    expect(await call(port, 'recovery.restore', { fileName: '../rapport.db' })).toMatchObject({
      status: 400,
      body: {
        ok: false,
        error: { code: 'invalid_input', message: 'fileName must be the name of a backup in the backups folder.' },
      },
    });
    expect(await call(port, 'recovery.restore', { fileName: backup.fileName })).toMatchObject({
      status: 200,
      body: { ok: true },
    });
    expect(await call(port, 'app.status', {})).toMatchObject({
      status: 200,
      body: { ok: true, data: { studentCount: 25 } },
    });
    // Once open, there is nothing to recover; the damaged file is still there for IT.
    expect((await call(port, 'recovery.startEmpty', {})).status).toBe(409);
    expect(readdirSync(temp.dir).some((f) => f.startsWith('rapport.db.damaged-'))).toBe(true);
  });
});
