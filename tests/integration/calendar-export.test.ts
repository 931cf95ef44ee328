import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/api/contract';
import { z } from 'zod';
import { officeId } from '../../electron/core/db/office-id';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { freshDb, procedures, tempDir, type TestDb } from './helpers';

// The calendar files (issue 16, item 5), read back by ical.js the way a calendar program would read them.

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
  call('app.startEmpty', {});
});
afterEach(() => t.close());
const { call, callAsync, failsAsync } = procedures(() => t.db);

const inDays = (days: number, hour: number) => new Date(Date.UTC(2031, 0, 10 + days, hour)).toISOString();
const base: ProcedureInput<'events.create'> = {
  title: 'Resume clinic',
  kind: 'workshop',
  format: 'in_person',
  startsAt: inDays(0, 17),
  endsAt: inDays(0, 19),
  location: 'Room 101',
  status: 'scheduled',
};
const create = (extra: Partial<ProcedureInput<'events.create'>> = {}) => call('events.create', { ...base, ...extra }).id;
/** An edit through the form's procedure: every field sent, as the form sends them. */
function edit(id: number, patch: Partial<ProcedureInput<'events.create'>>) {
  const e = call('events.get', { id });
  call('events.update', {
    id,
    title: e.title,
    kind: e.kind,
    format: e.format,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    location: e.location,
    link: e.link,
    capacity: e.capacity,
    description: e.description,
    prepNotes: e.prepNotes,
    status: e.status,
    ...patch,
  });
}

async function ics(eventId?: number): Promise<{ text: string; events: ICAL.Event[] }> {
  const file = await callAsync('events.exportIcs', eventId === undefined ? {} : { eventId });
  const text = Buffer.from(file.base64, 'base64').toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { text, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}
const only = async (eventId: number) => {
  const [event] = (await ics(eventId)).events;
  if (!event) throw new Error('no VEVENT');
  return event;
};
const sequence = async (eventId: number) => (await only(eventId)).sequence;
const status = (e: ICAL.Event) => e.component.getFirstPropertyValue('status');

/** An office database as Rapport made it before migration 0020 (no office id), saved as a backup of `t`'s office. */
async function backupFromBeforeOfficeIds(): Promise<string> {
  const temp = tempDir();
  const folder = temp.dir;
  try {
    mkdirSync(join(folder, 'meta'));
    const journal = z.object({ entries: z.array(z.object({ idx: z.number(), tag: z.string() }).passthrough()) }).passthrough();
    const all = journal.parse(JSON.parse(readFileSync(join(sourceMigrationsFolder, 'meta', '_journal.json'), 'utf8')));
    const before = all.entries.filter((e) => e.idx < 20);
    for (const e of before) copyFileSync(join(sourceMigrationsFolder, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...all, entries: before }));
    const fileName = 'rapport-2026-01-02T00-00-00-000Z-manual.db';
    mkdirSync(join(t.dir, 'backups'), { recursive: true });
    closeDatabase(await openDatabase({ path: join(t.dir, 'backups', fileName), migrationsFolder: folder }));
    return fileName;
  } finally {
    temp.cleanup();
  }
}

describe('calendar files', () => {
  it('leaves drafts out of "Upcoming" and refuses a draft on its own, saying why', async () => {
    const scheduled = create({ title: 'Scheduled' });
    const draft = create({ title: 'Still a draft', status: 'draft' });
    create({ title: 'Over', startsAt: inDays(-4000, 9), endsAt: inDays(-4000, 10), status: 'done' });
    const { events } = await ics();
    expect(events.map((e) => e.summary)).toEqual(['Scheduled']);

    const refused = await failsAsync('events.exportIcs', { eventId: draft });
    expect(refused).toMatchObject({ code: 'invalid_input', details: { field: 'eventId', reason: 'draft' } });
    expect(refused.message).toMatch(/^Still a draft is a draft: a calendar file is for sending out.*Schedule the event first\.$/);
    // A refusal is not an export: nothing in the audit log.
    expect(t.db.sqlite.prepare(`select count(*) from audit_log where action = 'export' and entity_id = ?`).pluck().get(draft)).toBe(0);

    // Scheduled, it goes out (sequence 0: the draft's earlier life does not matter to any calendar).
    edit(draft, { status: 'scheduled' });
    expect((await ics()).events.map((e) => e.summary)).toEqual(['Scheduled', 'Still a draft']);
    expect(await sequence(scheduled)).toBe(0);
  });

  it('keeps an event UID across exports and a restore, and two offices never share one', async () => {
    const id = create();
    const first = (await only(id)).uid;
    expect(first).toMatch(new RegExp(`^event-${id}-\\d{17}@[0-9a-f]{32}\\.rapport$`));
    edit(id, { title: 'Resume clinic (renamed)', startsAt: inDays(1, 17), endsAt: inDays(1, 19) });
    expect((await only(id)).uid).toBe(first);
    expect((await ics()).events.map((e) => e.uid)).toEqual([first]);

    const backup = await callAsync('backups.create', {});
    await callAsync('backups.restore', { fileName: backup.fileName });
    expect((await only(id)).uid).toBe(first);

    // Another office's first event has the same row id, and another UID.
    const other = await freshDb();
    try {
      const theirs = procedures(() => other.db);
      theirs.call('app.startEmpty', {});
      const otherId = theirs.call('events.create', base).id;
      expect(otherId).toBe(id);
      const file = await theirs.callAsync('events.exportIcs', { eventId: otherId });
      const uid = new ICAL.Event(
        new ICAL.Component(ICAL.parse(Buffer.from(file.base64, 'base64').toString('utf8'))).getFirstSubcomponent('vevent') ?? undefined,
      ).uid;
      expect(uid).toMatch(new RegExp(`^event-${id}-\\d{17}@[0-9a-f]{32}\\.rapport$`));
      expect(uid).not.toBe(first);
    } finally {
      other.close();
    }
    // The id never changes once made, even by a direct write.
    expect(() => t.db.sqlite.prepare(`update settings set value = '"x"' where key = 'office.id'`).run()).toThrow(/office id never changes/);
    expect(() => t.db.sqlite.prepare(`delete from settings where key = 'office.id'`).run()).toThrow(/office id never changes/);

    // A backup made before the office id existed is given this office's id, so restoring it changes no UID.
    const before = officeId(t.db);
    await callAsync('backups.restore', { fileName: await backupFromBeforeOfficeIds() });
    expect(call('events.list', {}).rows).toEqual([]);
    expect(officeId(t.db)).toBe(before);
  });

  it('never gives a new event the UID of one that calendars hold, even when restoring an older backup brings its id back', async () => {
    create({ title: 'Kept' });
    const backup = await callAsync('backups.create', {});
    const gone = create({ title: 'Sent out, then lost to the restore' });
    const sent = (await only(gone)).uid;
    await callAsync('backups.restore', { fileName: backup.fileName });
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later instant than the lost event's, as in life
    const next = create({ title: 'Another event' });
    expect(next).toBe(gone); // SQLite hands out the id again: its counter is in the backup
    expect((await only(next)).uid).not.toBe(sent);
  });

  it('never winds SEQUENCE back on a restore: an event restored to its earlier time goes out above what calendars hold', async () => {
    const moved = create({ title: 'Moved after the backup' });
    const kept = create({ title: 'Untouched' });
    edit(kept, { location: 'Room 7' });
    const backup = await callAsync('backups.create', {});
    edit(moved, { startsAt: inDays(2, 17), endsAt: inDays(2, 19) });
    edit(moved, { location: 'Room 9' });
    expect(await sequence(moved)).toBe(2); // what calendars now hold
    await callAsync('backups.restore', { fileName: backup.fileName });
    const restored = await only(moved);
    expect(restored.startDate.toJSDate().toISOString()).toBe(inDays(0, 17));
    expect(restored.sequence).toBe(3);
    expect(await sequence(kept)).toBe(1); // the same as calendars hold: nothing to update
  });

  it('moves SEQUENCE on when the time or the place changes, whoever writes, and not for a new title', async () => {
    const id = create();
    expect(await sequence(id)).toBe(0);
    edit(id, { startsAt: inDays(0, 18), endsAt: inDays(0, 20) });
    expect(await sequence(id)).toBe(1);
    edit(id, { location: 'Room 202' });
    expect(await sequence(id)).toBe(2);
    edit(id, { title: 'Resume clinic: bring a draft', description: 'Printed copies welcome.', capacity: 20 });
    expect(await sequence(id)).toBe(2);
    // In person, a link is not the place (a sign-up page, say); online it is.
    edit(id, { link: 'https://example.edu/sign-up' });
    expect(await sequence(id)).toBe(2);
    edit(id, { format: 'virtual', location: null, link: 'https://example.edu/meet/1' });
    expect(await sequence(id)).toBe(3);
    edit(id, { link: 'https://example.edu/meet/2' });
    const moved = await only(id);
    expect(moved.sequence).toBe(4);
    // A virtual event's place in the calendar is its link.
    expect(moved.location).toBe('https://example.edu/meet/2');
    // Another writer (an import, the office server, a script) counts the same: the trigger does it.
    t.db.sqlite.prepare('update events set ends_at = ? where id = ?').run(inDays(0, 21), id);
    expect(await sequence(id)).toBe(5);
    // LAST-MODIFIED is the event's own change, DTSTAMP the moment the file was made.
    const updatedAt = String(t.db.sqlite.prepare('select updated_at from events where id = ?').pluck().get(id));
    const lastModified = moved.component.getFirstPropertyValue('last-modified');
    expect(lastModified instanceof ICAL.Time ? lastModified.toJSDate().toISOString() : null).toBe(
      new Date(updatedAt).toISOString().replace(/\.\d{3}Z$/, '.000Z'),
    );
    const stamp = moved.component.getFirstPropertyValue('dtstamp');
    expect(stamp instanceof ICAL.Time ? Math.abs(stamp.toJSDate().getTime() - Date.now()) : Infinity).toBeLessThan(60_000);
  });

  it('sends a cancelled event as CANCELLED with a higher SEQUENCE, in the upcoming file too', async () => {
    const id = create();
    create({ title: 'Still on', startsAt: inDays(2, 17), endsAt: inDays(2, 19) });
    expect(status(await only(id))).toBe('CONFIRMED');
    edit(id, { status: 'cancelled' });
    const cancelled = await only(id);
    expect(status(cancelled)).toBe('CANCELLED');
    expect(cancelled.sequence).toBe(1);
    const upcoming = (await ics()).events;
    expect(upcoming.map((e) => [e.summary, status(e), e.sequence])).toEqual([
      ['Resume clinic', 'CANCELLED', 1],
      ['Still on', 'CONFIRMED', 0],
    ]);
    // Brought back, it must win over the cancellation again.
    edit(id, { status: 'scheduled' });
    expect(await sequence(id)).toBe(2);
  });

  it('folds and escapes titles in any script so a parser reads them back exactly', async () => {
    const chinese = '职业发展中心：校友交流会，欢迎所有国际学生参加；请带上简历与作品集，我们将提供一对一的职业咨询服务';
    const arabic = 'لقاء الخريجين، ورشة السيرة الذاتية؛ مرحباً بجميع الطلاب الدوليين في مركز التطوير المهني والتوظيف';
    const mixed = 'Café «Über» 한국어 日本語 — Ελληνικά, Русский; हिन्दी\\ ไทย 😀'.repeat(2);
    const ids = [chinese, arabic, mixed].map((title, i) =>
      create({ title, location: `${title.slice(0, 20)}, 2F`, startsAt: inDays(i, 9), endsAt: inDays(i, 10) }),
    );
    const { text, events } = await ics();
    expect(text.endsWith('\r\n')).toBe(true);
    // Every physical line is at most 75 octets and a whole UTF-8 sequence (no character cut in two).
    for (const line of Buffer.from(text, 'utf8').toString('latin1').split('\r\n')) {
      const bytes = Buffer.from(line, 'latin1');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(true);
    }
    expect(text).toMatch(/\r\n [^\r\n]/); // the long titles were folded
    expect(events.map((e) => e.summary)).toEqual([chinese, arabic, mixed]);
    expect(events.map((e) => e.location)).toEqual([chinese, arabic, mixed].map((title) => `${title.slice(0, 20)}, 2F`));
    expect(events.map((e) => e.uid)).toEqual(ids.map((id) => expect.stringMatching(new RegExp(`^event-${id}-\\d{17}@`))));
  });
});
