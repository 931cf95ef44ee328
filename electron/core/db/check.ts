import { existsSync } from 'node:fs';
import { connect } from './client';

export interface IntegrityReport {
  ok: boolean;
  path: string;
  problems: string[];
}

/** Full integrity and foreign-key check, read-only: reporting never changes the file. */
export function checkDatabaseFile(path: string): IntegrityReport {
  if (!existsSync(path)) return { ok: false, path, problems: [`${path} does not exist.`] };
  let sqlite;
  try {
    sqlite = connect(path, { readonly: true });
  } catch (error) {
    return { ok: false, path, problems: [error instanceof Error ? error.message : String(error)] };
  }
  try {
    const integrity = sqlite.prepare('pragma integrity_check').pluck().all() as string[];
    const problems = integrity.length === 1 && integrity[0] === 'ok' ? [] : integrity;
    const foreignKeys = sqlite.prepare('pragma foreign_key_check').all() as { table: string; rowid: number; parent: string }[];
    for (const fk of foreignKeys.slice(0, 20)) {
      problems.push(`${fk.table} row ${fk.rowid} points to a missing ${fk.parent} row`);
    }
    return { ok: problems.length === 0, path, problems };
  } catch (error) {
    return { ok: false, path, problems: [error instanceof Error ? error.message : String(error)] };
  } finally {
    sqlite.close();
  }
}
