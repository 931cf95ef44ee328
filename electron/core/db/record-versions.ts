import { z } from 'zod';
import type { Db } from './client';

/**
 * The tables whose records an advisor edits in a form, each with a `version` (1 when made) and `updated_by` (who
 * saved the last edit through a form, null when another writer — an import, a merge, a status button — changed
 * it since). Triggers bump the version on every change to an edited column, whoever writes it (see the
 * record_versions migration); derived facts (clocks, goal progress, summaries) never bump it, so an append (a
 * logged touchpoint, a check-in) never makes an open form stale.
 */
export const versionedTables = [
  'students',
  'contacts',
  'employers',
  'connections',
  'placements',
  'goals',
  'events',
  'interactions',
  'advising_notes',
  'tasks',
] as const;
export type VersionedTable = (typeof versionedTables)[number];

const stampRow = z.object({ version: z.number().int(), updatedBy: z.string().nullable() });
export type VersionStamp = z.infer<typeof stampRow>;

/** The record's version and last editor, or undefined when there is no such record. */
export function versionStamp(db: Db, table: VersionedTable, id: number): VersionStamp | undefined {
  const row = db.sqlite.prepare(`select version, updated_by as updatedBy from ${table} where id = ?`).get(id);
  return row === undefined ? undefined : stampRow.parse(row);
}

/**
 * After an edit saved on `loaded`: exactly one version later, and who saved it. Set, not added: the triggers
 * may already have bumped it for the columns this edit changed (or not, when it changed only labels or an
 * event's employers), and the edit counts once either way.
 */
export function stampEdit(db: Db, table: VersionedTable, id: number, loaded: number, actor: string): void {
  db.sqlite.prepare(`update ${table} set version = ?, updated_by = ? where id = ?`).run(loaded + 1, actor, id);
}
