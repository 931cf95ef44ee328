import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/errors';
import { idempotencyKeyHeader } from '../../shared/api/idempotency';
import type { QueuedProcedure } from '../../shared/api/offline';
import { fileStore } from '../../electron/offline/file-store';
import { OfflineQueue, type KeyedSender } from '../../shared/offline-queue';
import { procedures } from './helpers';
import { openDoor, type Door } from './support/office-door';

// The door with bad Wi-Fi, end to end: the office server (real HTTP, real SQLite) goes away; 20 check-ins and 5
// touchpoints are made and kept on the device (the desktop's file store; the browser's IndexedDB store has its own
// test); the server comes back; the replay is cut off once — after the server did a write whose answer never
// arrived — and is retried: every action is recorded exactly once, and the one the server now refuses is kept with
// its reason.

let door: Door;
let dir = '';
beforeAll(async () => {
  door = await openDoor(21);
  dir = mkdtempSync(join(tmpdir(), 'rapport-door-'));
});
afterAll(async () => {
  await door.close();
  rmSync(dir, { recursive: true, force: true });
});

const unreachable: ApiResult<unknown> = {
  ok: false,
  error: { code: 'internal', message: 'The office server is not reachable.', details: { reason: 'unreachable' } },
};

/** The client's send over HTTP with the key; no answer (connection refused or cut) is "unreachable", as in transport.ts. */
function httpSender(onAnswer: (answers: number) => Promise<boolean> = () => Promise.resolve(true)): KeyedSender {
  let answers = 0;
  return async (procedure: QueuedProcedure, input: unknown, key: string) => {
    try {
      const reply = await door.api(procedure, input, { [idempotencyKeyHeader]: key });
      answers += 1;
      // The hook may swallow this answer (the Wi-Fi dropped as it came back).
      if (!(await onAnswer(answers))) return unreachable;
      return reply.body as ApiResult<unknown>;
    } catch {
      return unreachable;
    }
  };
}

const newKey = () => `door-${randomUUID()}`;
const count = (sql: string): number => (door.t.db.sqlite.prepare(sql).get() as { n: number }).n;

describe('the door’s offline queue', () => {
  it('queues 20 check-ins and 5 touchpoints while the server is away and records each exactly once after an interrupted replay', async () => {
    const { call } = procedures(() => door.t.db);
    const checkIns = door.attendanceIds.slice(0, 20);
    const touchpoints = door.connectionIds.slice(0, 5);
    const goneConnection = door.connectionIds[20] ?? 0;
    const store = fileStore(join(dir, 'offline-queue.json'));

    const auditedBefore = count(`select count(*) as n from audit_log where entity = 'attendance'`);
    await door.stop();
    const offline = new OfflineQueue(store, httpSender(), newKey);
    for (const attendanceId of checkIns) {
      const outcome = await offline.send('attendance.checkIn', { attendanceId, checkedIn: true }, `Check in ${attendanceId}`);
      expect(outcome.queued).toBe(true);
    }
    for (const connectionId of touchpoints) {
      await offline.send('interactions.create', { connectionId, kind: 'conversation', occurredOn: '2026-04-01' }, `Log ${connectionId}`);
    }
    // A touchpoint on a connection someone deletes at the office while the door is offline: refused when it arrives.
    await offline.send('interactions.create', { connectionId: goneConnection, kind: 'conversation', occurredOn: '2026-04-01' }, 'Log the gone one');
    call('connections.delete', { id: goneConnection });
    expect(offline.snapshot().waiting).toHaveLength(26);

    // The server is back; at its 22nd answer (the 2nd touchpoint) the Wi-Fi drops: that answer is lost though the
    // touchpoint was written, and the rest wait.
    await door.start();
    const app = new OfflineQueue(
      store,
      httpSender(async (answers) => {
        if (answers < 22) return true;
        if (answers === 22) await door.stop();
        return false;
      }),
      newKey,
    );
    expect((await app.load()).waiting).toHaveLength(26);
    await app.replay();
    expect(app.snapshot().waiting).toHaveLength(5);
    const touchpointsWritten = () => count(`select count(*) as n from interactions where connection_id in (${touchpoints.join(',')})`);
    expect(touchpointsWritten()).toBe(2);

    // Back again: the replay resumes with the 22nd action (same key, answered from the server's memory) and finishes.
    await door.start();
    const again = new OfflineQueue(store, httpSender(), newKey);
    await again.load();
    await again.replay();
    const { waiting, notSent } = again.snapshot();
    expect(waiting).toHaveLength(0);
    expect(notSent.map((i) => [i.label, i.refused?.code])).toEqual([['Log the gone one', 'invalid_input']]);
    expect(notSent[0]?.refused?.message).toMatch(/connection/i);

    // Exactly 20 + 5, once each: the check-ins, their audit entries, the touchpoints, one kept key per action.
    expect(count('select count(*) as n from attendance where checked_in_at is not null')).toBe(20);
    expect(count(`select count(*) as n from audit_log where entity = 'attendance'`)).toBe(auditedBefore + 20);
    expect(touchpointsWritten()).toBe(5);
    expect(count('select count(*) as n from idempotency_keys')).toBe(25);

    // The refused item stays on the device until someone at the desk discards it.
    const later = new OfflineQueue(store, httpSender(), newKey);
    expect((await later.load()).notSent).toHaveLength(1);
    await later.discard(notSent[0]?.key ?? '');
    expect(later.snapshot().notSent).toHaveLength(0);
  });

  it('sends at once while the server is there, and a refusal comes back as it is rather than being queued', async () => {
    const queue = new OfflineQueue(fileStore(join(dir, 'online.json')), httpSender(), newKey);
    const sent = await queue.send('interactions.create', { connectionId: door.connectionIds[0] ?? 0, kind: 'conversation', occurredOn: '2026-04-02' }, 'Log');
    expect(sent.queued === false && sent.result.ok).toBe(true);
    const refused = await queue.send('attendance.checkIn', { attendanceId: 987654, checkedIn: true }, 'Check in nobody');
    expect(refused.queued === false && !refused.result.ok && refused.result.error.code).toBe('not_found');
    expect(queue.snapshot().waiting).toHaveLength(0);
  });
});
