import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { freshDb, procedures, type TestDb } from './helpers';
import { bundleSupportScript } from './support/bundle';

// Issue 15 item 6: two front desks check students in to one event at the same time, each in its own process
// with its own connection to the office file. Walk-ins without a registered place take places; when the
// event is full every further walk-in is refused with the reason, and the event never holds more than its capacity.

interface Answer {
  attendanceId: number;
  ok: boolean;
  code?: string;
  message?: string;
  reason?: string;
}

let desk: string;
let t: TestDb;
const capacity = 6;
const registeredBefore = 2;
let walkIns: number[] = [];
let eventId = 0;

beforeAll(async () => {
  desk = bundleSupportScript('front-desk');
  t = await freshDb();
  const { call } = procedures(() => t.db);
  const studentIds = Array.from({ length: 30 }, (_, n) => call('students.create', { firstName: 'Walk', lastName: `In${n}` }).id);
  eventId = call('events.create', {
    title: 'Spring career fair',
    kind: 'career_fair',
    format: 'in_person',
    startsAt: '2026-04-02T15:00:00.000Z',
    endsAt: '2026-04-02T18:00:00.000Z',
    capacity,
    status: 'scheduled',
  }).id;
  call('events.invite', { eventId, studentIds });
  const attendees = call('events.attendees', { eventId, pageSize: 200 }).rows;
  for (const a of attendees.slice(0, registeredBefore)) call('attendance.setRsvp', { attendanceId: a.attendanceId, rsvp: 'registered' });
  walkIns = attendees.slice(registeredBefore).map((a) => a.attendanceId);
  t.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
}, 60_000);

afterAll(() => {
  t.close();
  rmSync(desk, { force: true });
});

function frontDesk(queue: number[], startAt: number): Promise<Answer[]> {
  const child = spawn(process.execPath, [desk, t.path, sourceMigrationsFolder, String(startAt), queue.join(',')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Answer[]) : reject(new Error(`front desk exited with ${code}: ${err}`)))),
  );
}

it('two front desks checking walk-ins in at once never exceed the capacity, and each refused walk-in is told why', async () => {
  // The desks take the walk-ins from both ends of the queue, so they race for the same last places.
  const startAt = Date.now() + 1500;
  const [a, b] = await Promise.all([frontDesk(walkIns, startAt), frontDesk([...walkIns].reverse(), startAt)]);
  const answers = [...a, ...b];
  const placesLeft = capacity - registeredBefore;

  const registered = Number(t.db.sqlite.prepare(`select count(*) from attendance where event_id = ? and rsvp = 'registered'`).pluck().get(eventId));
  const checkedIn = Number(t.db.sqlite.prepare(`select count(*) from attendance where event_id = ? and checked_in_at is not null`).pluck().get(eventId));
  expect(registered).toBe(capacity);
  expect(checkedIn).toBe(placesLeft);

  const refused = answers.filter((answer) => !answer.ok);
  const full = refused.filter((answer) => answer.reason === 'full');
  // Busy is the only other answer allowed: nothing written, and the message says to try again.
  const other = refused.filter((answer) => answer.reason !== 'full' && answer.reason !== 'busy');
  expect(other).toEqual([]);
  for (const answer of full) {
    expect(answer.code).toBe('conflict');
    expect(answer.message).toMatch(/^Spring career fair is full \(6 of 6 places taken\) and Walk In\d+ has no registered place/);
  }
  // A walk-in the other desk had already checked in is a no-op success; every place went to one walk-in.
  const admitted = new Set(answers.filter((answer) => answer.ok).map((answer) => answer.attendanceId));
  expect(admitted.size).toBe(placesLeft);
  console.log(
    `check-in race: ${answers.length} calls from 2 desks, ${placesLeft} places left; ${admitted.size} admitted, ${full.length} refused as full, ${refused.length - full.length} busy`,
  );
}, 60_000);
