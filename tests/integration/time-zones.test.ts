import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { dayIn } from '../../electron/core/dates';
import { officeToday } from '../../electron/core/db/office-day';
import { sourceMigrationsFolder, sourceRoot } from '../../electron/core/paths';
import { freshDb, freshDbForEachTest, procedures, tempDir } from './helpers';

// Time is an instant: a browser in one zone and a host in another store the same moment, and every "today"
// is the office's (a setting, the machine's zone by default), never UTC by accident. The two sides run in
// child processes with their own TZ, as they would on two machines.

const run = promisify(execFile);
const worker = join(sourceRoot, 'tests/integration/support/tz-worker.ts');

async function inZone<T>(timeZone: string, ...args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', worker, ...args], {
    cwd: sourceRoot,
    env: { ...process.env, TZ: timeZone },
  });
  return JSON.parse(stdout) as T;
}
const host = <T extends unknown[]>(timeZone: string, path: string, calls: [string, unknown][]) =>
  inZone<T>(timeZone, 'host', path, sourceMigrationsFolder, JSON.stringify(calls));

interface EventOut {
  id: number;
  startsAt: string;
  endsAt: string;
}

/** A zone whose calendar day differs from UTC's right now: west of UTC before noon UTC, else far east. */
function zoneOffUtcDay(now = new Date()): { zone: string; west: boolean } {
  return now.getUTCHours() < 12 ? { zone: 'Etc/GMT+12', west: true } : { zone: 'Pacific/Kiritimati', west: false };
}

describe('an event keeps its instant across zones', () => {
  const temp = tempDir();
  afterEach(() => temp.cleanup());

  it('an unchanged "Save changes" from a browser in Auckland on a host in Los Angeles keeps the start and end', async () => {
    const path = join(temp.dir, 'office.db');
    // 17:00–19:00 on 3 Dec in Auckland (NZDT, +13:00).
    const startsAt = '2026-12-03T04:00:00.000Z';
    const endsAt = '2026-12-03T06:00:00.000Z';
    const [, created] = await host<[unknown, EventOut]>('America/Los_Angeles', path, [
      ['app.startEmpty', {}],
      ['events.create', { title: 'Alumni mixer', kind: 'alumni_mixer', format: 'in_person', startsAt, endsAt, status: 'scheduled' }],
    ]);
    expect(created).toMatchObject({ startsAt, endsAt });

    const input = await inZone<Record<string, unknown>>('Pacific/Auckland', 'browser-resave', JSON.stringify(created));
    const [saved] = await host<[EventOut]>('America/Los_Angeles', path, [['events.update', { id: created.id, ...input }]]);
    expect(saved).toMatchObject({ startsAt, endsAt });
  }, 60_000);

  it('refuses a date-time without its offset (it would mean whatever zone the host runs in)', async () => {
    const t = await freshDb();
    try {
      const { fails } = procedures(() => t.db);
      const error = fails('events.create', {
        title: 'X',
        kind: 'workshop',
        format: 'virtual',
        startsAt: '2026-12-03T17:00',
        endsAt: '2026-12-03T19:00',
      });
      expect(error).toMatchObject({ code: 'invalid_input', details: { field: 'startsAt' } });
    } finally {
      t.close();
    }
  });

  it('names a wall time the clocks skip (spring forward) instead of moving it, and takes the first of a repeated one', async () => {
    // 8 Mar 2026 in New York: 02:00–02:59 does not exist.
    expect(await inZone('America/New_York', 'browser-wall-clock', '2026-03-08T02:30')).toEqual({
      skipped: true,
      instant: null,
    });
    // 1 Nov 2026: 01:30 happens twice; the first (still daylight time, -04:00) is chosen.
    expect(await inZone('America/New_York', 'browser-wall-clock', '2026-11-01T01:30')).toEqual({
      skipped: false,
      instant: '2026-11-01T05:30:00.000Z',
    });
  }, 60_000);
});

describe('today is the office’s day', () => {
  const temp = tempDir();
  afterEach(() => temp.cleanup());

  it('a connection recorded now, where the local day is not UTC’s, is 0 days old (not -1 or 1)', async () => {
    const { zone } = zoneOffUtcDay();
    const path = join(temp.dir, 'office.db');
    const results = await host<[unknown, { id: number }, { id: number }, unknown, { daysSinceTouch: number; cadence: string }[], { officeToday: string }]>(
      zone,
      path,
      [
        ['app.startEmpty', {}],
        ['students.create', { firstName: 'Ada', lastName: 'Lovelace' }],
        ['contacts.create', { firstName: 'Dana', lastName: 'Lee' }],
        ['connections.create', { studentId: 1, contactId: 1, relationship: 'mentor' }],
        ['connections.forStudent', { studentId: 1 }],
      ],
    );
    const [, , , , connections, today] = results;
    expect(today.officeToday).toBe(dayIn(zone, new Date()));
    expect(connections.map((c) => c.daysSinceTouch)).toEqual([0]);
  }, 60_000);
});

describe('the office time zone setting', () => {
  const t = freshDbForEachTest();
  const { call, fails } = t;

  it('defaults to the machine’s zone and is honoured by today, "not in the future" and goal windows', () => {
    call('app.startEmpty', {});
    expect(call('settings.get', {}).timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);

    const { zone, west } = zoneOffUtcDay();
    expect(call('settings.update', { timeZone: zone }).timeZone).toBe(zone);
    const now = new Date();
    const zoneToday = dayIn(zone, now);
    expect(officeToday(t.db)).toBe(zoneToday);

    const student = call('students.create', { firstName: 'Ada', lastName: 'Lovelace' }).id;
    const contact = call('contacts.create', { firstName: 'Dana', lastName: 'Lee' }).id;
    const connection = call('connections.create', {
      studentId: student,
      contactId: contact,
      relationship: 'mentor',
    }).id;
    const utcToday = now.toISOString().slice(0, 10);
    if (west) {
      // UTC's date is already tomorrow for this office.
      expect(fails('interactions.create', { connectionId: connection, kind: 'conversation', occurredOn: utcToday })).toMatchObject({
        details: { field: 'occurredOn' },
      });
    } else {
      // The office's date is ahead of UTC's and is not "in the future".
      call('interactions.create', { connectionId: connection, kind: 'conversation', occurredOn: zoneToday });
    }
    expect(fails('settings.update', { timeZone: 'Mars/Olympus_Mons' })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'timeZone' },
    });
  });

  it('puts an evening event on the office’s day: a goal tied to it counts from that day, and moves with the zone', () => {
    call('app.startEmpty', {});
    call('settings.update', { timeZone: 'America/Los_Angeles' });
    // 18:00–20:00 on 10 Mar in Los Angeles is 02:00–04:00 on 11 Mar in UTC.
    const event = call('events.create', {
      title: 'Evening workshop',
      kind: 'workshop',
      format: 'in_person',
      startsAt: '2026-03-11T01:00:00.000Z',
      endsAt: '2026-03-11T03:00:00.000Z',
      status: 'scheduled',
    }).id;
    const student = call('students.create', { firstName: 'Ada', lastName: 'Lovelace' }).id;
    call('events.invite', { eventId: event, studentIds: [student], goalTemplateId: 1 });
    const window = () => {
      const [goal] = call('goals.forStudent', { studentId: student });
      return goal && { start: goal.effectiveStartOn, end: goal.effectiveEndOn };
    };
    expect(window()).toEqual({ start: '2026-03-10', end: '2026-03-12' });
    call('settings.update', { timeZone: 'Pacific/Auckland' });
    expect(window()).toEqual({ start: '2026-03-11', end: '2026-03-13' });
  });
});
