import type { Db } from './client';

export type SqlValue = string | number | null;

/**
 * A prepared multi-column INSERT for bulk loads (demo office, imports): one statement compiled once,
 * run per row inside the caller's transaction. Returns the new row id.
 */
export function prepareInsert(db: Db, table: string, columns: readonly string[]): (values: readonly SqlValue[]) => number {
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  const placeholders = columns.map(() => '?').join(', ');
  const statement = db.sqlite.prepare(`insert into "${table}" (${quoted}) values (${placeholders})`);
  return (values) => {
    if (values.length !== columns.length) throw new Error(`insert into ${table}: ${values.length} values for ${columns.length} columns`);
    return Number(statement.run(...values).lastInsertRowid);
  };
}

/** Whether the office holds anything worth a daily copy (students, contacts or events). */
export function officeHasRecords(db: Db): boolean {
  return (
    Number(db.sqlite.prepare('select (select count(*) from students) + (select count(*) from contacts) + (select count(*) from events)').pluck().get()) > 0
  );
}

/** Row count per domain table, for `stats` and the demo summary. */
export function domainTableCounts(db: Db): Record<string, number> {
  const tables = [
    'advisors',
    'students',
    'student_labels',
    'employers',
    'contacts',
    'connections',
    'placements',
    'interactions',
    'goal_templates',
    'goals',
    'events',
    'event_employers',
    'attendance',
    'milestones',
    'keep_in_touch_windows',
    'audit_log',
    'settings',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = db.sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number;
  }
  return counts;
}
