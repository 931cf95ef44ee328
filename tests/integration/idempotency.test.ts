import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeyHeader } from '../../shared/api/idempotency';
import { openDoor, type Door } from './support/office-door';

// Idempotency keys on the office server over real HTTP and a real SQLite file: a keyed write is done once, whatever
// arrives again (a lost answer's retry, duplicates racing), and a key is one action of one user.

let door: Door;
beforeAll(async () => {
  door = await openDoor(3);
});
afterAll(() => door.close());

const key = (n: number) => `test-key-${String(n).padStart(8, '0')}`;
const rows = (sql: string): number => (door.t.db.sqlite.prepare(sql).get() as { n: number }).n;
const interactionCount = () => rows('select count(*) as n from interactions');

describe('a write sent with an Idempotency-Key', () => {
  it('is done once: the same key again answers the first answer and writes nothing', async () => {
    const before = interactionCount();
    const input = { connectionId: door.connectionIds[0], kind: 'conversation', occurredOn: '2026-04-01' };
    const first = await door.api('interactions.create', input, { [idempotencyKeyHeader]: key(1) });
    const again = await door.api('interactions.create', input, { [idempotencyKeyHeader]: key(1) });
    expect(first.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(interactionCount()).toBe(before + 1);
    // Without a key, the same input is a second touchpoint, as before.
    await door.api('interactions.create', input);
    expect(interactionCount()).toBe(before + 2);
  });

  it('answers concurrent duplicates with one write', async () => {
    const before = interactionCount();
    const input = { connectionId: door.connectionIds[1], kind: 'thank_you_note', occurredOn: '2026-04-01' };
    const replies = await Promise.all(Array.from({ length: 12 }, () => door.api('interactions.create', input, { [idempotencyKeyHeader]: key(2) })));
    expect(replies.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(new Set(replies.map((r) => r.text)).size).toBe(1);
    expect(interactionCount()).toBe(before + 1);
  });

  it('refuses the same key for another procedure or input, saying so, and writes nothing', async () => {
    const before = interactionCount();
    const other = await door.api(
      'interactions.create',
      { connectionId: door.connectionIds[2], kind: 'thank_you_note', occurredOn: '2026-04-01' },
      { [idempotencyKeyHeader]: key(2) },
    );
    expect(other.status).toBe(409);
    expect(other.text).toMatch(/already used for another action \(interactions\.create with other input\)/);
    const checkIn = await door.api('attendance.checkIn', { attendanceId: door.attendanceIds[0], checkedIn: true }, { [idempotencyKeyHeader]: key(2) });
    expect(checkIn.text).toMatch(/already used for another action \(interactions\.create\)/);
    expect(interactionCount()).toBe(before);
    expect(rows('select count(*) as n from attendance where checked_in_at is not null')).toBe(0);
  });

  it('refuses a malformed key with a message naming it', async () => {
    const reply = await door.api('attendance.checkIn', { attendanceId: door.attendanceIds[0], checkedIn: true }, { [idempotencyKeyHeader]: 'short' });
    expect(reply.status).toBe(400);
    expect(reply.text).toMatch(/Idempotency-Key must be 16 to 100/);
  });

  it('keeps keys per user and prunes expired ones on the next keyed write', async () => {
    door.t.db.sqlite
      .prepare(
        `insert into idempotency_keys (user_id, key, procedure, input_hash, result, expires_at) values (999, ?, 'x.y', 'h', 'null', '2020-01-01T00:00:00.000Z')`,
      )
      .run(key(1));
    // Another user's key of the same text does not answer for this user, and expired keys go.
    const reply = await door.api('attendance.checkIn', { attendanceId: door.attendanceIds[1], checkedIn: true }, { [idempotencyKeyHeader]: key(3) });
    expect(reply.status).toBe(200);
    expect(rows(`select count(*) as n from idempotency_keys where user_id = 999`)).toBe(0);
    const kept = door.t.db.sqlite
      .prepare(`select user_id as userId, julianday(expires_at) - julianday(created_at) as days from idempotency_keys where key = ?`)
      .get(key(3));
    expect(kept).toMatchObject({ days: expect.closeTo(7, 2) as number });
  });
});
