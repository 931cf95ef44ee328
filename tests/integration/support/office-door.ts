import { request } from 'node:http';
import { addUser } from '../../../electron/core/users/service';
import type { OfficeHost } from '../../../electron/office/server';
import { loopbackOfficeHost } from './office-http';
import { listenOn } from '../../../electron/web/http';
import { freshDb, present, procedures, type TestDb } from '../helpers';
import { send, type Reply } from '../http-reply';
import { springFair } from './office-callers';

// The office server at a career fair's door, over plain HTTP on loopback: a fresh database with the real migrations,
// a front-desk account signed in, an event with students invited and a connection each. The server can be stopped
// and started again on the same port (the door's Wi-Fi going and coming back).

const password = 'kettle-orchard-lantern-42';

export interface Door {
  readonly t: TestDb;
  readonly eventId: number;
  readonly attendanceIds: number[];
  readonly connectionIds: number[];
  /** The signed-in session's cookie. */
  readonly cookie: string;
  origin(): string;
  /** One API call with the session (and an Idempotency-Key when given); rejects when the server is not there. */
  api(name: string, input: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** Starts listening (again, on the same port after the first start). */
  start(): Promise<void>;
  /** Stops listening and drops every open connection. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export async function openDoor(studentCount: number): Promise<Door> {
  const t = await freshDb();
  const { call } = procedures(() => t.db);
  call('app.startEmpty', {});
  const advisorId = call('advisors.create', { name: 'Avery Advisor', email: 'avery@example.edu' }).id;
  const contactId = call('contacts.create', { firstName: 'Dana', lastName: 'Scully' }).id;
  const eventId = call('events.create', springFair).id;
  const studentIds: number[] = [];
  const connectionIds: number[] = [];
  for (let i = 0; i < studentCount; i++) {
    const studentId = call('students.create', { firstName: `Door${String(i).padStart(2, '0')}`, lastName: 'Student', advisorId }).id;
    studentIds.push(studentId);
    connectionIds.push(call('connections.create', { studentId, contactId, relationship: 'mentor' }).id);
  }
  call('events.invite', { eventId, studentIds });
  const attendanceIds = call('events.attendees', { eventId, pageSize: 1000 }).rows.map((a) => a.attendanceId);
  await addUser(t.db, 'test', { email: 'desk@office.test', name: 'Desk', role: 'admin', password });

  let host: OfficeHost | null = null;
  let port = 0;
  const origin = () => `http://127.0.0.1:${port}`;
  const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
    send(
      request,
      {
        host: '127.0.0.1',
        port,
        path: `/api/${name}`,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', origin: origin(), ...headers },
      },
      JSON.stringify(input),
    );
  const start = async () => {
    host = loopbackOfficeHost(t.db);
    port = await listenOn(host.server, port, '127.0.0.1');
  };
  const stop = async () => {
    const running = host;
    host = null;
    if (!running) return;
    running.live.close();
    running.server.closeAllConnections();
    await new Promise<void>((done) => running.server.close(() => done()));
  };
  await start();
  const signedIn = await api('auth.signIn', { email: 'desk@office.test', password });
  const cookie = (present(signedIn.headers['set-cookie'], 'Set-Cookie')[0] ?? '').split(';')[0] ?? '';
  return {
    t,
    eventId,
    attendanceIds,
    connectionIds,
    cookie,
    origin,
    api: (name, input, headers = {}) => api(name, input, { cookie, ...headers }),
    start,
    stop,
    close: async () => {
      await stop();
      t.close();
    },
  };
}
