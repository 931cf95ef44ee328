import { request } from 'node:http';
import { callerForSession, sessionCallerWithoutTouch } from '../../../electron/core/auth/sessions';
import type { Db } from '../../../electron/core/db/client';
import type { ReadPool } from '../../../electron/office/read-pool';
import { createOfficeHost, type OfficeHost } from '../../../electron/office/server';
import { listenOn } from '../../../electron/web/http';
import { send, type Reply } from '../http-reply';

export interface OfficeHttp {
  readonly host: OfficeHost;
  readonly port: number;
  /** One API call as a browser on the server's own origin makes it, with the session cookie when given. */
  api(name: string, input: unknown, cookie?: string): Promise<Reply>;
  close(): void;
}

/** The office server as the tests run it: plain HTTP on loopback, the real sessions, reader threads when given. */
export function loopbackOfficeHost(db: Db, reads: ReadPool | null = null): OfficeHost {
  return createOfficeHost({
    db,
    staticDir: null,
    config: { host: '127.0.0.1', tls: null, publicOrigin: null },
    tls: null,
    sessions: { callerForSession, sessionCallerWithoutTouch },
    reads,
  });
}

/** The office server over plain HTTP on a loopback port chosen by the system, with the real sessions. */
export async function serveOffice(db: Db): Promise<OfficeHttp> {
  const host = loopbackOfficeHost(db);
  const port = await listenOn(host.server, 0, '127.0.0.1');
  return {
    host,
    port,
    api: (name, input, cookie = '') => {
      const headers = { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}`, ...(cookie ? { cookie } : {}) };
      return send(request, { host: '127.0.0.1', port, path: `/api/${name}`, method: 'POST', headers }, JSON.stringify(input));
    },
    close: () => {
      host.server.close();
      host.live.close();
    },
  };
}
