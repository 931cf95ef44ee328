import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { nameSortKey } from '../../shared/name-order';
import { freshDbForEachTest, studentOnFile, tempDir } from './helpers';

const t = freshDbForEachTest();
const { call } = t;
const names = [
  ['Al', 'Zimmerman'],
  ['Elif', 'Öztürk'],
  ['Can', 'Şahin'],
  ['Ola', 'Żółkiewska'],
  ['Bo', 'Adams'],
  ['Dan', 'Ángel'],
  ['Cy', 'Baker'],
] as const;
const expected = ['Bo Adams', 'Dan Ángel', 'Cy Baker', 'Elif Öztürk', 'Can Şahin', 'Al Zimmerman', 'Ola Żółkiewska'];

describe('one name order', () => {
  it('sorts the caseload, the contacts list and an event’s attendees by the folded name', () => {
    const ids = names.map(([first, last]) => studentOnFile(call, first, last));
    expect(call('students.list', {}).rows.map((r) => r.displayName)).toEqual(expected);
    expect(call('students.list', { direction: 'desc' }).rows.map((r) => r.displayName)).toEqual([...expected].reverse());
    for (const [firstName, lastName] of names) call('contacts.create', { firstName, lastName });
    expect(call('contacts.list', {}).rows.map((r) => r.displayName)).toEqual(expected);
    const event = call('events.create', {
      title: 'Mixer',
      kind: 'workshop',
      format: 'in_person',
      startsAt: '2031-01-10T17:00:00.000Z',
      endsAt: '2031-01-10T19:00:00.000Z',
      location: 'Hall',
      status: 'scheduled',
    });
    call('events.invite', { eventId: event.id, studentIds: ids });
    expect(call('events.attendees', { eventId: event.id }).rows.map((r) => r.studentName)).toEqual(expected);
  });

  it('keeps the key on a rename', () => {
    const id = studentOnFile(call, 'Elif', 'Zeta');
    studentOnFile(call, 'Bo', 'Young');
    const { id: _, displayName: _d, advisorName: _a, status: _s, createdAt: _c, updatedAt: _u, mayChange: _m, ...s } = call('students.get', { id });
    call('students.update', { ...s, id, lastName: 'Öztürk' });
    expect(call('students.list', {}).rows.map((r) => r.displayName)).toEqual(['Elif Öztürk', 'Bo Young']);
  });

  it('fills the key for the names an older office already holds when it is migrated', async () => {
    const temp = tempDir();
    try {
      const folder = join(temp.dir, 'migrations');
      mkdirSync(join(folder, 'meta'), { recursive: true });
      const journal = z.object({ entries: z.array(z.object({ idx: z.number(), tag: z.string() }).passthrough()) }).passthrough();
      const all = journal.parse(JSON.parse(readFileSync(join(sourceMigrationsFolder, 'meta', '_journal.json'), 'utf8')));
      const before = all.entries.filter((e) => !e.tag.endsWith('_name_key') && e.idx < all.entries.findIndex((x) => x.tag.endsWith('_name_key')));
      for (const e of before) copyFileSync(join(sourceMigrationsFolder, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
      writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...all, entries: before }));
      const path = join(temp.dir, 'old.db');
      const old = await openDatabase({ path, migrationsFolder: folder });
      const insert = old.sqlite.prepare('insert into students (first_name, last_name) values (?, ?)');
      for (const [first, last] of names) insert.run(first, last);
      old.sqlite.prepare("insert into contacts (first_name, last_name) values ('Łucja', 'Nowak')").run();
      closeDatabase(old);
      const db = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder });
      try {
        const keys = z
          .array(z.object({ last_name: z.string(), first_name: z.string(), name_key: z.string() }))
          .parse(
            db.sqlite.prepare('select last_name, first_name, name_key from students union all select last_name, first_name, name_key from contacts').all(),
          );
        for (const row of keys) expect(row.name_key).toBe(nameSortKey(row.last_name, row.first_name));
        expect(db.sqlite.prepare('select first_name from students order by name_key').pluck().all()).toEqual(['Bo', 'Dan', 'Cy', 'Elif', 'Can', 'Al', 'Ola']);
      } finally {
        closeDatabase(db);
      }
    } finally {
      temp.cleanup();
    }
  });
});
