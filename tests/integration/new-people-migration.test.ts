import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { sourceMigrationsFolder } from '../../electron/core/paths';
import { tempDir } from './helpers';

// Migration 0024 rebuilds goals and goal_templates to widen their kind CHECKs (the "new people" goal). The migrator
// runs in one transaction with foreign keys on, so a plain rebuild would null attendance.goal_id and goals.template_id
// and bump every linked goal's version: an office's goals must come through exactly as they were.

const journal = z.object({ entries: z.array(z.object({ idx: z.number(), tag: z.string() }).passthrough()) }).passthrough();

/** A migrations folder holding only the migrations before `tag`. */
function migrationsBefore(folder: string, tag: string): void {
  mkdirSync(join(folder, 'meta'));
  const all = journal.parse(JSON.parse(readFileSync(join(sourceMigrationsFolder, 'meta', '_journal.json'), 'utf8')));
  const cut = all.entries.findIndex((e) => e.tag === tag);
  expect(cut).toBeGreaterThan(0);
  const before = all.entries.slice(0, cut);
  for (const e of before) copyFileSync(join(sourceMigrationsFolder, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...all, entries: before }));
}

const goalsSql = `select id, student_id, kind, description, target_count, window_start_on, window_end_on, event_id, template_id,
  manual_adjustment, status, met_on, reflection, created_at, updated_at, version, updated_by from goals order by id`;

describe('migration 0024 (notes, tasks, the new_people goal kind)', () => {
  it('keeps existing goals, their templates, versions and the events that link to them', async () => {
    const old = tempDir();
    const temp = tempDir();
    try {
      migrationsBefore(old.dir, '0024_notes_tasks_new_people');
      const path = join(temp.dir, 'rapport.db');
      const before = await openDatabase({ path, migrationsFolder: old.dir });
      const sql = before.sqlite;
      sql.exec(`insert into advisors (name, email) values ('Avery', 'avery@example.edu')`);
      sql.exec(`insert into students (first_name, last_name, advisor_id) values ('Yara', 'Haddad', 1)`);
      sql.exec(
        `insert into events (title, kind, format, starts_at, ends_at, status) values ('Fair', 'career_fair', 'in_person', '2026-03-02T17:00:00Z', '2026-03-02T19:00:00Z', 'scheduled')`,
      );
      const templateId = Number(
        sql.prepare(`select min(id) from goal_templates`).pluck().get() ??
          sql.prepare(`insert into goal_templates (rung, title, kind, target_count) values (1, 'Meet', 'people_met', 2)`).run().lastInsertRowid,
      );
      sql
        .prepare(
          `insert into goals (student_id, kind, description, target_count, window_start_on, window_end_on, template_id, version, updated_by, reflection)
         values (1, 'people_met', 'Meet two', 2, '2026-03-01', '2026-04-30', ?, 3, 'Avery', 'Went well')`,
        )
        .run(templateId);
      sql.exec(`insert into goals (student_id, kind, description, target_count, event_id) values (1, 'events_attended', 'Go', 1, 1)`);
      sql.exec(`insert into attendance (event_id, student_id, goal_id) values (1, 1, 2)`);
      const goals = sql.prepare(goalsSql).all();
      const templates = sql.prepare(`select * from goal_templates order by id`).all();
      closeDatabase(before);

      const after = await openDatabase({ path, migrationsFolder: sourceMigrationsFolder, backupDir: join(temp.dir, 'backups') });
      try {
        expect(after.sqlite.prepare(goalsSql).all()).toEqual(goals);
        expect(after.sqlite.prepare(`select * from goal_templates order by id`).all()).toEqual(templates);
        expect(after.sqlite.prepare(`select goal_id from attendance`).pluck().all()).toEqual([2]);
        expect(after.sqlite.pragma('foreign_key_check')).toEqual([]);
        // The version trigger came back with the rebuild: an edit moves the version once.
        after.sqlite.exec(`update goals set description = 'Meet three' where id = 1`);
        expect(after.sqlite.prepare(`select version from goals where id = 1`).pluck().get()).toBe(4);
        // And the new kind is allowed where it was refused.
        after.sqlite.exec(
          `insert into goals (student_id, kind, description, target_count, window_start_on, window_end_on) values (1, 'new_people', 'Meet new', 1, '2026-03-01', '2026-03-31')`,
        );
      } finally {
        closeDatabase(after);
      }
    } finally {
      old.cleanup();
      temp.cleanup();
    }
  });
});
