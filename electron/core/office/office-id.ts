import { z } from 'zod';
import type { Db } from '../db/client';
import { readSetting } from '../db/settings';

/**
 * The office's own id: random, made once per office database by migration 0020 and kept by its triggers (a backup
 * carries it, so a restore keeps it). Event UIDs end with it, so two offices never hand out the same UID.
 */
export function officeId(db: Db): string {
  return z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .parse(readSetting(db, 'office.id'));
}
