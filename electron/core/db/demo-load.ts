import { z } from 'zod';
import type { ReferenceStatus } from '../../../shared/domain';
import { transaction, type Db } from './client';
import { refreshGoals } from './goals';

/**
 * A bulk load writes a million interactions; indexes that nothing reads during the load are dropped and
 * built again from their own definitions (sqlite_master) when the loader says so, in the same transaction —
 * sorted once instead of updated row by row across a tree larger than the cache.
 */
function setIndexesAside(db: Db): () => void {
  const aside = ['interactions_milestone_idx', 'interactions_event_idx', 'interactions_logged_by_idx', 'interactions_kind_occurred_idx'];
  const definitions = z
    .array(z.object({ name: z.string(), sql: z.string() }))
    .parse(
      db.sqlite.prepare(`select name, sql from sqlite_master where type = 'index' and name in (select value from json_each(?))`).all(JSON.stringify(aside)),
    );
  for (const index of definitions) db.sqlite.exec(`drop index "${index.name}"`);
  return () => {
    for (const index of definitions) db.sqlite.exec(index.sql);
  };
}

/**
 * Runs a bulk load (the demo office) in one transaction with a large page cache and the interaction indexes set
 * aside until `rebuildIndexes`. Goals written with their story are then brought in line with the records the way
 * every real write does, in one statement over the office, on the loader's own day and clock (a seed gives the
 * same office); the planner gets fresh statistics at the end.
 */
export function bulkLoad<T>(db: Db, clock: { today: string; changedAt: string }, load: (rebuildIndexes: () => void) => T): T {
  // A bulk load touches every index at once: a larger page cache (128 MB) keeps it off the disk.
  const previousCacheSize = db.sqlite.pragma('cache_size', { simple: true });
  db.sqlite.pragma('cache_size = -131072');
  let result: T;
  try {
    result = transaction(db, () => {
      const loaded = load(setIndexesAside(db));
      refreshGoals(db, 'all', clock.today, clock.changedAt);
      return loaded;
    });
  } finally {
    db.sqlite.pragma(`cache_size = ${Number(previousCacheSize)}`);
  }
  // Fresh statistics for the query planner, as a long-lived office file would have; sampled, so it stays quick.
  db.sqlite.pragma('analysis_limit = 1000');
  db.sqlite.pragma('optimize=0x10002');
  return result;
}

/** A contact's details verified on a day (the later day wins). */
export function contactVerifier(db: Db): (on: string, contactId: number) => void {
  const statement = db.sqlite.prepare('update contacts set verified_on = max(coalesce(verified_on, :on), :on) where id = :id');
  return (on, id) => {
    statement.run({ on, id });
  };
}

/** A connection's reference answer and resume, written after its interactions (the readiness triggers read them). */
export function referenceAnswerer(db: Db): (row: { id: number; status: ReferenceStatus; on: string | null; resume: string | null }) => void {
  const statement = db.sqlite.prepare(
    'update connections set reference_status = :status, reference_status_on = :on, resume_shared_on = :resume where id = :id',
  );
  return (row) => {
    statement.run(row);
  };
}
