import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../electron/core/db/client';
import { createWebHost, listen } from '../../electron/web/server';
import { freshDb, present, type TestDb } from './helpers';

export interface WebHostFixture {
  t: TestDb;
  server: Server;
  port: number;
}

/**
 * A web host on a fresh database and a free port for the whole file (opened in beforeAll, closed in afterAll).
 * The fields are filled once beforeAll has run, so read them inside tests. `prepare` fills the database first.
 */
export function webHostForFile(token: string, prepare: (db: Db) => void = () => undefined): WebHostFixture {
  let open: WebHostFixture | undefined;
  beforeAll(async () => {
    const t = await freshDb();
    prepare(t.db);
    const server = createWebHost({ db: t.db, staticDir: null, token, port: 0 });
    open = { t, server, port: await listen(server, 0) };
  });
  afterAll(() => {
    open?.server.close();
    open?.t.close();
  });
  const current = () => present(open, 'the web host (read it inside a test)');
  return {
    get t() {
      return current().t;
    },
    get server() {
      return current().server;
    },
    get port() {
      return current().port;
    },
  };
}
