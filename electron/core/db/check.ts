import { DatabaseOpenError } from '../errors';
import { assertDatabaseFile, connectForReading, isLockError, busyError } from './file-access';
import { wrap } from './client';
import { checkDerivedFacts, type DerivedFactReport } from './derived-facts';

export interface IntegrityReport {
  ok: boolean;
  path: string;
  problems: string[];
  /** Stored derived facts compared with the records (only for a file whose integrity is ok). */
  derivedFacts?: DerivedFactReport;
}

/**
 * Full integrity and foreign-key check, read-only: reporting never changes the file and creates nothing
 * beside it. Damage is a problem in the report; a file that cannot be checked at all (missing, a folder,
 * locked by another program, unreadable) is a DatabaseOpenError.
 */
export function checkDatabaseFile(path: string): IntegrityReport {
  let sqlite;
  try {
    assertDatabaseFile(path, { mustExist: true });
    sqlite = connectForReading(path);
  } catch (error) {
    const damaged = error instanceof DatabaseOpenError && (error.problem === 'not_sqlite' || error.problem === 'corrupt');
    if (!damaged) throw error;
    return { ok: false, path, problems: [error.message] };
  }
  try {
    const integrity = sqlite.prepare('pragma integrity_check').pluck().all() as string[];
    const problems = integrity.length === 1 && integrity[0] === 'ok' ? [] : integrity;
    const foreignKeys = sqlite.prepare('pragma foreign_key_check').all() as {
      table: string;
      rowid: number;
      parent: string;
    }[];
    for (const fk of foreignKeys.slice(0, 20)) {
      problems.push(`${fk.table} row ${fk.rowid} points to a missing ${fk.parent} row`);
    }
    if (problems.length > 0) return { ok: false, path, problems };
    const derivedFacts = checkDerivedFacts(wrap(path, sqlite));
    for (const m of derivedFacts.mismatches) {
      problems.push(`${m.count} stored ${m.fact} ${m.count === 1 ? 'value differs' : 'values differ'} from the records; first: ${m.first}`);
    }
    return { ok: problems.length === 0, path, problems, derivedFacts };
  } catch (error) {
    // A lock held by another program is not a problem of the file.
    if (isLockError(error)) throw busyError(path);
    return { ok: false, path, problems: [error instanceof Error ? error.message : String(error)] };
  } finally {
    sqlite.close();
  }
}
