// The office npm run bench:office serves: the generated office (cached in .tmp/bench-office/, built once) with
// accounts added through the core — an advisor account linked to every advisor, front-desk staff, a director — and
// the ids the simulated users pick from. Every run works on a fresh copy, so the cached office never drifts.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Role } from '../../shared/api/access';
import { connect, wrap, type Db } from '../../electron/core/db/client';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { createDemoOffice } from '../../electron/core/office/service';
import { sourceMigrationsFolder, sourceRoot } from '../../electron/core/paths';
import { addUser } from '../../electron/core/users/service';

export const benchPassword = 'orchard-kettle-lantern-2026';
const frontDeskStaff = 3;

export interface Account {
  email: string;
  role: Role;
  advisorId: number | null;
}

/** What the simulated users choose from: their caseloads, connections to log touchpoints on, attendees to check in. */
export interface Fixtures {
  advisors: { account: Account; students: number[]; connections: number[]; pages: number }[];
  frontDesk: Account[];
  director: Account;
  /** Registered, not yet checked in, at events that are not cancelled; each check-in uses one up. */
  attendees: { attendanceId: number; eventId: number }[];
  searches: string[];
  classYears: number[];
}

const dir = join(sourceRoot, '.tmp/bench-office');
const remove = (path: string) => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${path}${suffix}`, { force: true }));

async function addAccounts(db: Db): Promise<void> {
  const advisors = z.array(z.object({ id: z.number(), name: z.string() })).parse(db.sqlite.prepare('select id, name from advisors order by id').all());
  const add = (email: string, name: string, role: Role, advisorId: number | null) =>
    addUser(db, 'bench', { email, name, role, advisorId, password: benchPassword });
  await add('admin@bench.test', 'Bench Admin', 'admin', null);
  await add('director@bench.test', 'Bench Director', 'director', null);
  for (let i = 1; i <= frontDeskStaff; i++) await add(`frontdesk${i}@bench.test`, `Front Desk ${i}`, 'frontdesk', null);
  for (const advisor of advisors) await add(`advisor${advisor.id}@bench.test`, advisor.name, 'advisor', advisor.id);
}

/** The cached office with its accounts (built on first use, or with `rebuild`), copied to a fresh file for this run. */
export async function benchOffice(students: number, rebuild: boolean): Promise<{ path: string; builtSeconds: number | null }> {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `office-${students}-seed1.db`);
  if (rebuild) remove(base);
  let builtSeconds: number | null = null;
  if (!existsSync(base)) {
    const building = `${base}.building`;
    remove(building);
    const started = performance.now();
    const db = await openDatabase({ path: building, migrationsFolder: sourceMigrationsFolder });
    createDemoOffice(db, { students, seed: 1 });
    await addAccounts(db);
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    closeDatabase(db);
    renameSync(building, base);
    builtSeconds = (performance.now() - started) / 1000;
  }
  // A migration added since the office was built: brought up to date once, here, rather than on every copy.
  const migrationBackups = join(dir, 'migration-backups');
  closeDatabase(await openDatabase({ path: base, migrationsFolder: sourceMigrationsFolder, backupDir: migrationBackups }));
  rmSync(migrationBackups, { recursive: true, force: true });
  const path = join(dir, 'run.db');
  remove(path);
  copyFileSync(base, path);
  return { path, builtSeconds };
}

const ids = (db: Db, sql: string, ...params: unknown[]) =>
  z.array(z.number()).parse(
    db.sqlite
      .prepare(sql)
      .pluck()
      .all(...params),
  );

/**
 * The office file, only read, as it is: without the migration check a read-only open makes, since a migration
 * added while a run goes on would refuse it (the server opened it at the version it started with).
 */
export function readBenchFile(path: string): Db {
  return wrap(path, connect(path, { readonly: true }));
}

export function fixtures(path: string): Fixtures {
  const db = readBenchFile(path);
  try {
    const accounts = z
      .array(z.object({ email: z.string(), role: z.enum(['admin', 'director', 'advisor', 'frontdesk', 'viewer']), advisorId: z.number().nullable() }))
      .parse(db.sqlite.prepare(`select email, role, advisor_id as advisorId from users where email like '%@bench.test' order by id`).all());
    const director = accounts.find((a) => a.role === 'director');
    if (!director) throw new Error('The bench office has no director account: run with --rebuild.');
    const advisors = accounts
      .filter((a) => a.role === 'advisor' && a.advisorId !== null)
      .map((account) => {
        const students = ids(db, `select id from students where advisor_id = ? and status = 'active' order by id limit 400`, account.advisorId);
        const connections = ids(
          db,
          `select c.id from connections c join students s on s.id = c.student_id where s.advisor_id = ? and s.status = 'active' order by c.id limit 400`,
          account.advisorId,
        );
        const caseload = z
          .number()
          .parse(db.sqlite.prepare(`select count(*) from students where advisor_id = ? and status = 'active'`).pluck().get(account.advisorId));
        return { account, students, connections, pages: Math.max(1, Math.ceil(caseload / 50)) };
      })
      .filter((a) => a.students.length > 0 && a.connections.length > 0);
    const attendees = z.array(z.object({ attendanceId: z.number(), eventId: z.number() })).parse(
      db.sqlite
        .prepare(
          `select a.id as attendanceId, a.event_id as eventId from attendance a join events e on e.id = a.event_id join students s on s.id = a.student_id
           where a.rsvp = 'registered' and a.checked_in_at is null and e.status <> 'cancelled' and s.confidential = 0
             and e.starts_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now') order by a.id limit 50000`,
        )
        .all(),
    );
    const searches = z
      .array(z.string())
      .parse(db.sqlite.prepare(`select lower(substr(last_name, 1, 3)) as p from students group by p order by count(*) desc limit 60`).pluck().all());
    const classYears = ids(db, `select class_year from students where status = 'active' group by class_year order by count(*) limit 3`);
    return { advisors, frontDesk: accounts.filter((a) => a.role === 'frontdesk'), director, attendees, searches, classYears };
  } finally {
    closeDatabase(db);
  }
}
