import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/api/access';
import { contract, procedureNames, type ProcedureName } from '../../shared/api/contract';
import { hashPassword } from '../../electron/core/auth/passwords';
import { callerForSession, createSession, sessionCallerWithoutTouch } from '../../electron/core/auth/sessions';
import { insertUser } from '../../electron/core/db/users';
import { createDemoOffice } from '../../electron/core/office/service';
import { createOfficeHost, type OfficeHost } from '../../electron/office/server';
import { listenOn } from '../../electron/web/http';
import { freshDb, type TestDb } from './helpers';
import { send, type Reply } from './http-reply';
import { changedTables, fuzzInputs, mayChange, problemWith, rawBodies, seedOf, snapshot } from './support/fuzz-inputs';

// The API fuzz test (fuzz.test.ts) through the office server, signed in as each role: hostile input to every
// procedure must get 200 or a structured 4xx (401 / 403 / 429 included), never a 5xx or a stack trace, and change
// nothing a failed call may not — a refused call may add its audit entry, any call may move its session's
// last-seen time. Fewer runs per procedure than the single-user fuzz: it runs five times.

const runsPerProcedure = 5;
/** Ends this browser's session: the session is made again after it, so later calls still run signed in. */
const endsSession = new Set<ProcedureName>(['auth.signOut', 'auth.signIn']);
/** The accounts procedures exist to change accounts (and end the sessions of a changed one); single-user mode has none. */
const accountWrites = new Set<ProcedureName>(['users.add', 'users.setRole', 'users.linkAdvisor', 'users.disable', 'users.enable', 'users.resetPassword']);
/** Tables any office call may touch: its session's last-seen time, a refusal's or a sign-in's audit entry. */
const bookkeeping = new Set(['sessions', 'audit_log', 'failed_sign_ins']);

let t: TestDb | undefined;
let host: OfficeHost | undefined;
let port = 0;
const cookies = new Map<Role, string>();
const userIds = new Map<Role, number>();

beforeAll(async () => {
  t = await freshDb();
  const db = t.db;
  createDemoOffice(db, { students: 30, seed: 2, today: new Date('2026-03-15T12:00:00Z') });
  const passwordHash = await hashPassword('ochre-meadow-signal-77');
  // Fuzzed ids are small (1–40): accounts 1–40 are spares, so no fuzzed users.* call disables or demotes a signed-in one.
  for (let i = 1; i <= 40; i += 1) insertUser(db, { email: `spare${i}@example.edu`, name: `Spare ${i}`, role: 'viewer', advisorId: null, passwordHash });
  for (const role of roles) {
    userIds.set(role, insertUser(db, { email: `${role}@example.edu`, name: `The ${role}`, role, advisorId: role === 'advisor' ? 1 : null, passwordHash }));
  }
  host = createOfficeHost({
    db,
    staticDir: null,
    config: { host: '127.0.0.1', tls: null, publicOrigin: null },
    tls: null,
    sessions: { callerForSession, sessionCallerWithoutTouch },
  });
  port = await listenOn(host.server, 0, '127.0.0.1');
});

afterAll(() => {
  host?.server.close();
  t?.close();
});

function signIn(role: Role): string {
  const db = t?.db;
  const userId = userIds.get(role);
  if (!db || userId === undefined) throw new Error('the office is not open');
  const cookie = `rapport-session=${createSession(db, userId, '127.0.0.1').token}`;
  cookies.set(role, cookie);
  return cookie;
}

function call(role: Role, name: string, body: string): Promise<Reply> {
  const origin = `http://127.0.0.1:${port}`;
  const headers = { 'content-type': 'application/json', origin, cookie: cookies.get(role) ?? signIn(role) };
  return send(request, { host: '127.0.0.1', port, path: `/api/${name}`, method: 'POST', headers }, body);
}

describe.each(roles)('fuzzing every procedure through the office server as %s', (role) => {
  it.each(procedureNames)('%s answers hostile input with ok or a structured 4xx and writes only what it may', async (name) => {
    const db = t?.db;
    if (!db) throw new Error('the office is not open');
    let before = snapshot(db);
    const check = async (body: string): Promise<void> => {
      const reply = await call(role, name, body);
      const problem = problemWith(contract[name].output, reply);
      const after = snapshot(db);
      const changed = changedTables(before, after).filter((table) => !bookkeeping.has(table));
      before = after;
      const input = body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body;
      if (problem) throw new Error(`${role}: ${name} with ${input}: ${problem}`);
      const succeeded = reply.status === 200;
      if (changed.length > 0 && !(succeeded && (mayChange(name, changed) || accountWrites.has(name)))) {
        throw new Error(`${role}: ${name} with ${input} (HTTP ${reply.status}) changed ${changed.join(', ')}; it may not: ${reply.text.slice(0, 300)}`);
      }
      if (endsSession.has(name) || reply.status === 401) signIn(role);
    };

    // Raw bodies test parsing, which only a role allowed to call the procedure reaches: the admin, for every procedure.
    if (role === 'admin') for (const body of rawBodies) await check(body);
    await fc.assert(
      fc.asyncProperty(fuzzInputs(name), async (input) => check(JSON.stringify(input) ?? '')),
      { numRuns: runsPerProcedure, seed: seedOf(`${role}:${name}`), includeErrorInReport: true },
    );

    const me = await call(role, 'auth.me', '{}');
    expect(me.body).toMatchObject({ ok: true, data: { mode: 'office', caller: { role } } });
  });
});
