import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { SavedViewPage } from '../../../shared/domain';
import { AppError } from '../errors';
import type { Db } from './client';
import { savedViews } from './schema';

export interface StoredView {
  id: number;
  name: string;
  /** The JSON text as stored; the service reads it back through the contract. */
  params: string;
}

const columns = { id: savedViews.id, name: savedViews.name, params: savedViews.params };

/**
 * Whose views a call works on: the signed-in user's on the office server (access rule `personal`), the one
 * implicit user's (a null owner) in single-user mode. A request without a caller is refused by the access rules
 * before it gets here; should one slip through, it owns nothing.
 */
function viewOwner(db: Db): number | null {
  const request = db.request;
  if (!request) return null;
  if (!request.caller) throw new AppError('unauthenticated', 'Sign in to use saved views.');
  return request.caller.userId;
}

/** Every query names the owner, so another user's view is simply not there (not found, never revealed). */
function owned(db: Db) {
  const owner = viewOwner(db);
  return owner === null ? isNull(savedViews.userId) : eq(savedViews.userId, owner);
}

export function listViews(db: Db, page: SavedViewPage): StoredView[] {
  return db.orm
    .select(columns)
    .from(savedViews)
    .where(and(owned(db), eq(savedViews.page, page)))
    .orderBy(sql`${savedViews.name} collate nocase`, asc(savedViews.id))
    .all();
}

export function findView(db: Db, id: number): StoredView | undefined {
  return db.orm
    .select(columns)
    .from(savedViews)
    .where(and(eq(savedViews.id, id), owned(db)))
    .get();
}

export function insertView(db: Db, values: { page: SavedViewPage; name: string; params: string }): number {
  return db.orm
    .insert(savedViews)
    .values({ ...values, userId: viewOwner(db) })
    .returning({ id: savedViews.id })
    .get().id;
}

export function updateView(db: Db, id: number, values: { name: string; params: string }): void {
  db.orm
    .update(savedViews)
    .set({ ...values, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(and(eq(savedViews.id, id), owned(db)))
    .run();
}

export function deleteView(db: Db, id: number): boolean {
  return (
    db.orm
      .delete(savedViews)
      .where(and(eq(savedViews.id, id), owned(db)))
      .run().changes > 0
  );
}
