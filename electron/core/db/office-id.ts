import { z } from 'zod';
import type { Db } from './client';
import { readSetting } from './settings';

// The office's own id: random, made once per office database by migration 0020 and kept by its triggers. Event
// UIDs end with it, so two offices never hand out the same UID and an event keeps its UID for good.

const officeIdKey = 'office.id';

export function officeId(db: Db): string {
  return z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .parse(readSetting(db, officeIdKey));
}

/**
 * A backup holds the id, so a restore keeps it. A backup made before migration 0020 has none: it is given this
 * office's id before the migration runs (which then leaves it), so restoring it does not change every UID.
 */
export function keepOfficeId(staged: Db, id: string): void {
  staged.sqlite.prepare(`insert or ignore into settings (key, value) values (?, json_quote(?))`).run(officeIdKey, id);
}
