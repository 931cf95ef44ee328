import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/access';
import type { Caller } from '../../shared/api/caller';
import { addUser } from '../../electron/core/users/service';
import { freshDb, procedures, type TestDb } from './helpers';
import { asCaller } from './support/office-callers';

// Saved views are personal (access rule `personal`): on the office server each signed-in user sees, replaces and
// deletes only the views they saved — in SQL, so another user's view is "not found", never revealed. Single-user
// mode keeps its views under no user, exactly as before the office server.

let t: TestDb;
let avery: Caller;
let blake: Caller;

async function account(email: string, name: string, role: Role): Promise<Caller> {
  const user = await addUser(t.db, 'test', { email, name, role, password: 'a long enough passphrase 42' });
  return { userId: user.id, email: user.email, name: user.name, role: user.role, advisorId: user.advisorId };
}

beforeAll(async () => {
  t = await freshDb();
  procedures(() => t.db).call('app.startEmpty', {});
  avery = await account('avery@example.edu', 'Avery Advisor', 'advisor');
  blake = await account('blake@example.edu', 'Blake Front Desk', 'frontdesk');
});

const as = (caller: Caller | null) => procedures(() => (caller ? asCaller(t.db, caller) : t.db));
const names = (caller: Caller | null) =>
  as(caller)
    .call('views.list', { page: 'students' })
    .map((view) => view.name);
const save = (caller: Caller | null, name: string, params: Record<string, string>, replace = false) =>
  as(caller).call('views.save', { page: 'students', name, params, replace });
const owners = () => t.db.sqlite.prepare('select name, user_id as userId from saved_views order by id').all();

describe('saved views on the office server belong to the user who saved them', () => {
  it("lists only the caller's own views; the same name is free for each user and for single-user mode", () => {
    save(null, 'Seniors', { year: '2026' });
    const averys = save(avery, 'Seniors', { year: '2027' });
    save(avery, 'Not ready', { readiness: 'not_ready' });
    save(blake, 'Seniors', { year: '2028' });

    expect(names(avery)).toEqual(['Not ready', 'Seniors']);
    expect(names(blake)).toEqual(['Seniors']);
    expect(names(null)).toEqual(['Seniors']);
    expect(
      as(avery)
        .call('views.list', { page: 'students' })
        .find((view) => view.name === 'Seniors'),
    ).toEqual(averys);
    expect(owners()).toEqual([
      { name: 'Seniors', userId: null },
      { name: 'Seniors', userId: avery.userId },
      { name: 'Not ready', userId: avery.userId },
      { name: 'Seniors', userId: blake.userId },
    ]);
    // Names stay unique per user: Avery's second "seniors" is a conflict naming Avery's own view.
    expect(as(avery).fails('views.save', { page: 'students', name: 'seniors', params: {} })).toMatchObject({
      code: 'conflict',
      details: { viewId: averys.id },
    });
  });

  it("cannot replace or delete another user's view: it is not found, like an id that never existed", () => {
    const averys = save(avery, 'Mine only', { year: '2030' });
    const gone = t.db.sqlite.prepare('select max(id) + 100 as id from saved_views').get() as { id: number };

    // Replacing "Mine only" as Blake makes Blake's own view; Avery's keeps its parameters.
    const blakes = save(blake, 'Mine only', { year: '2031' }, true);
    expect(blakes.id).not.toBe(averys.id);
    expect(
      as(avery)
        .call('views.list', { page: 'students' })
        .find((view) => view.id === averys.id)?.params,
    ).toEqual({ year: '2030' });

    const refused = as(blake).fails('views.delete', { id: averys.id });
    const missing = as(blake).fails('views.delete', { id: gone.id });
    expect(refused).toMatchObject({ code: 'not_found' });
    expect(refused.message.replace(String(averys.id), '#')).toBe(missing.message.replace(String(gone.id), '#'));
    expect(as(null).fails('views.delete', { id: averys.id })).toMatchObject({ code: 'not_found' });
    expect(names(avery)).toContain('Mine only');

    expect(as(avery).call('views.delete', { id: averys.id })).toEqual({ id: averys.id });
    expect(names(avery)).not.toContain('Mine only');
    expect(names(blake)).toContain('Mine only');
  });

  it("single-user mode never sees the office users' views, and a removed account takes its views with it", () => {
    expect(names(null)).toEqual(['Seniors']);
    const before = names(avery);
    expect(before.length).toBeGreaterThan(0);
    t.db.sqlite.prepare('delete from users where id = ?').run(avery.userId);
    expect(t.db.sqlite.prepare('select count(*) as n from saved_views where user_id = ?').get(avery.userId)).toEqual({ n: 0 });
    expect(names(blake)).toEqual(['Mine only', 'Seniors']);
  });
});
