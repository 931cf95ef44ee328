import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, procedureNames, type ProcedureName } from '../../shared/api/contract';
import { backupsFolder } from '../../electron/core/backups/store';
import { dispatchAsync } from '../../electron/core/dispatch';
import type { Db } from '../../electron/core/db/client';
import { createDemoOffice } from '../../electron/core/office/service';
import { freshDb, procedures, type TestDb } from './helpers';

// The audit log is history: rows are only ever added. Migration 0001's triggers reject UPDATE and DELETE
// in SQL, and no procedure may change or remove a row that is already there.

let t: TestDb;
const { callAsync } = procedures(() => t.db);

beforeAll(async () => {
  t = await freshDb();
  createDemoOffice(t.db, { students: 20, seed: 5, today: new Date('2026-03-15T12:00:00Z') });
  // A few more kinds of audit rows than the demo's single entry.
  await callAsync('exports.readinessReport', { format: 'csv' });
  await callAsync('events.exportIcs', { eventId: firstId('events') });
  await callAsync('students.setStatus', { id: firstId('students'), status: 'alumnus' });
});
afterAll(() => t.close());

const record = z.record(z.string(), z.unknown());
const idRow = z.object({ id: z.number().int() });

/** Every audit row, every column, as stored. */
function auditRows(db: Db = t.db): string[] {
  return db.sqlite
    .prepare('select * from audit_log order by id')
    .raw()
    .all()
    .map((row) => JSON.stringify(row));
}

function ids(table: 'students' | 'contacts' | 'employers' | 'connections' | 'placements' | 'interactions' | 'goals' | 'events', count: number): number[] {
  const rows = z.array(idRow).parse(t.db.sqlite.prepare(`select id from ${table} order by id limit ?`).all(count));
  if (rows.length < count) throw new Error(`the demo office has fewer than ${count} ${table}`);
  return rows.map((row) => row.id);
}
const firstId = (table: Parameters<typeof ids>[0]): number => ids(table, 1)[0] ?? 0;

/** The fields of a read that an update procedure takes back: an edit that changes nothing but passes the contract. */
function editable(name: ProcedureName, read: unknown, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const input: z.core.$ZodType = contract[name].input;
  const keys = input instanceof z.ZodObject ? Object.keys(input.shape) : [];
  const fields = record.parse(read);
  return { ...Object.fromEntries(keys.filter((key) => key in fields).map((key) => [key, fields[key]])), ...changes };
}

const first = (list: unknown): unknown => z.array(z.unknown()).min(1).parse(list)[0];
const studentId = () => ids('students', 3)[2] ?? 0;

/** A plausible, valid call for every procedure that reads the audit log or updates, deletes or removes anything. */
const plausible: Record<string, () => Promise<unknown>> = {
  'audit.recent': async () => ({ limit: 200 }),
  'audit.list': async () => ({ page: 1, pageSize: 200 }),
  'settings.update': async () => ({ officeName: 'Career Services (renamed)' }),
  'sso.updateSettings': async () => ({ staffMustUseSso: false, roleRules: [{ claim: 'groups', value: 'staff', role: 'advisor' }] }),
  'students.update': async () =>
    editable('students.update', await callAsync('students.get', { id: studentId() }), {
      notes: 'updated by audit-guard',
    }),
  'contacts.update': async () =>
    editable('contacts.update', await callAsync('contacts.get', { id: firstId('contacts') }), {
      title: 'Updated title',
    }),
  'employers.update': async () => editable('employers.update', await callAsync('employers.get', { id: firstId('employers') }), { notes: 'updated' }),
  'connections.update': async () =>
    editable('connections.update', first(await callAsync('connections.forStudent', { studentId: studentId() })), {
      context: 'updated',
    }),
  'placements.update': async () =>
    editable('placements.update', first(await callAsync('placements.forStudent', { studentId: placementStudent() })), {
      role: 'Updated role',
    }),
  'interactions.update': async () => editable('interactions.update', interactionRow(), { summary: 'updated' }),
  'goals.update': async () =>
    editable('goals.update', first(await callAsync('goals.forStudent', { studentId: goalStudent() })), {
      description: 'updated',
    }),
  'events.update': async () => editable('events.update', await callAsync('events.get', { id: firstId('events') }), { description: 'updated' }),
  'keepInTouch.updateWindows': async () => ({ windows: await callAsync('keepInTouch.windows', {}) }),
  'wrapUp.updateTemplates': async () => ({ templates: await callAsync('wrapUp.templates', {}) }),
  'readiness.updateRules': async () => callAsync('readiness.rules', {}),
  'contacts.deletePreview': async () => ({ id: ids('contacts', 2)[1] }),
  'contacts.delete': async () => ({ id: ids('contacts', 2)[1] }),
  'connections.delete': async () => ({ id: firstId('connections') }),
  'placements.delete': async () => ({ id: firstId('placements') }),
  'interactions.delete': async () => ({ id: firstId('interactions') }),
  'goals.delete': async () => ({ id: firstId('goals') }),
  'views.delete': async () => ({
    id: (
      await callAsync('views.save', {
        page: 'students',
        name: 'Seniors not ready',
        params: { year: '2027', readiness: 'not_ready' },
      })
    ).id,
  }),
  'notes.update': async () => editable('notes.update', await newNote(), { body: 'Updated by audit-guard' }),
  'notes.delete': async () => ({ id: (await newNote()).id }),
  'tasks.update': async () => editable('tasks.update', await newTask(), { title: 'Check back (updated)' }),
  'tasks.delete': async () => ({ id: (await newTask()).id }),
  // Not matched by name, but it removes a contact (and moves its history): included for the same reason.
  'contacts.merge': async () => ({ keepId: ids('contacts', 4)[2], mergeId: ids('contacts', 4)[3] }),
};

const newNote = () => callAsync('notes.create', { studentId: studentId(), kind: 'appointment', occurredOn: '2026-03-14', body: 'Talked about the fair' });
const newTask = () => callAsync('tasks.create', { studentId: studentId(), title: 'Check back about the fair', dueOn: '2026-03-20' });

function studentWith(table: 'placements' | 'goals'): number {
  return z.object({ student_id: z.number().int() }).parse(t.db.sqlite.prepare(`select student_id from ${table} order by id limit 1`).get()).student_id;
}
const placementStudent = () => studentWith('placements');
const goalStudent = () => studentWith('goals');

function interactionRow(): Record<string, unknown> {
  const row = z
    .object({
      id: z.number(),
      kind: z.string(),
      occurred_on: z.string(),
      summary: z.string().nullable(),
      shared_contact_details: z.number(),
    })
    .parse(t.db.sqlite.prepare('select id, kind, occurred_on, summary, shared_contact_details from interactions order by id desc limit 1').get());
  return {
    id: row.id,
    kind: row.kind,
    occurredOn: row.occurred_on,
    summary: row.summary,
    sharedContactDetails: row.shared_contact_details === 1,
  };
}

const guarded = procedureNames.filter((name) => /audit/i.test(name) || /delete|remove|update/i.test(name));

describe('audit log', () => {
  it('starts with several rows to protect', () => {
    expect(auditRows().length).toBeGreaterThanOrEqual(3);
  });

  it('rejects UPDATE in SQL (trigger audit_log_no_update)', () => {
    const before = auditRows();
    expect(() => t.db.sqlite.prepare("update audit_log set actor = 'mallory'").run()).toThrow(/append-only/);
    expect(() => t.db.sqlite.prepare('update or replace audit_log set count = 0 where id = 1').run()).toThrow(/append-only/);
    // An upsert that hits an existing row is an update, so the same trigger refuses it.
    expect(() =>
      t.db.sqlite
        .prepare("insert into audit_log (id, actor, action, entity) values (1, 'mallory', 'export', 'x') on conflict(id) do update set actor = 'mallory'")
        .run(),
    ).toThrow(/append-only/);
    expect(auditRows()).toEqual(before);
  });

  it('rejects DELETE in SQL (trigger audit_log_no_delete)', () => {
    const before = auditRows();
    expect(() => t.db.sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(() => t.db.sqlite.prepare('delete from audit_log where id = 1').run()).toThrow(/append-only/);
    expect(auditRows()).toEqual(before);
  });

  // REPLACE resolves a key conflict by deleting the old row without firing a DELETE trigger
  // (recursive_triggers is off): migration 0009 refuses an insert onto an existing id instead.
  it('rejects INSERT OR REPLACE over an existing row in SQL', () => {
    const before = auditRows();
    expect(() => t.db.sqlite.prepare("insert or replace into audit_log (id, actor, action, entity) values (1, 'mallory', 'export', 'x')").run()).toThrow(
      /append-only/,
    );
    expect(auditRows()).toEqual(before);
  });

  it('has a plausible call for every procedure that reads the audit log or updates, deletes or removes', () => {
    expect(guarded.length).toBeGreaterThan(15);
    for (const name of guarded) expect(Object.keys(plausible), `no plausible input for ${name}`).toContain(name);
  });

  it.each(Object.keys(plausible))('%s succeeds and leaves every earlier audit row byte for byte', async (name) => {
    const input = await (plausible[name] ?? (async () => ({})))();
    const before = auditRows();
    // Names come from the list at run time, so this one call goes through the untyped dispatcher.
    expect(await dispatchAsync(t.db, name, input)).toMatchObject({ ok: true });
    const after = auditRows();
    expect(after.slice(0, before.length)).toEqual(before);
    // Deletes (a merge deletes the merged contact) are recorded: exactly one new 'delete' row.
    if (/\.(delete|merge)$/.test(name)) {
      expect(after.length).toBe(before.length + 1);
      expect(z.array(z.unknown()).parse(JSON.parse(after.at(-1) ?? '[]'))[3]).toBe('delete');
    }
  });

  // A restore puts the data back as it was, but not the history: the rows written since the backup are
  // carried forward from the "before-restore" copy, so the live log loses nothing.
  it('backups.restore keeps the whole audit log: the backup’s rows, every later row, then the restore', async () => {
    const backup = await callAsync('backups.create', {});
    await callAsync('exports.readinessReport', { format: 'csv' });
    const beforeRestore = auditRows();
    const restored = await callAsync('backups.restore', { fileName: backup.fileName });
    const keptAsidePath = join(backupsFolder(t.db.path), restored.keptAside);
    expect(existsSync(keptAsidePath)).toBe(true);
    const keptAside = new Database(keptAsidePath, { readonly: true, fileMustExist: true });
    try {
      const keptRows = keptAside
        .prepare('select * from audit_log order by id')
        .raw()
        .all()
        .map((row) => JSON.stringify(row));
      expect(keptRows.slice(0, beforeRestore.length)).toEqual(beforeRestore);
    } finally {
      keptAside.close();
    }
    // The rows carried forward get new ids; what they say (time, who, what) is unchanged.
    const withoutId = (row: string) => JSON.stringify(z.array(z.unknown()).parse(JSON.parse(row)).slice(1));
    const live = auditRows();
    expect(live.slice(0, -1).map(withoutId)).toEqual(beforeRestore.map(withoutId));
    expect(live.at(-1)).toContain('"restore"');
  });
});
