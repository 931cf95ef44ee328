import { asc, eq, sql } from 'drizzle-orm';
import type { SavedViewPage } from '../../../shared/domain';
import type { Db } from './client';
import { savedViews } from './schema';

export interface StoredView {
  id: number;
  name: string;
  /** The JSON text as stored; the service reads it back through the contract. */
  params: string;
}

const columns = { id: savedViews.id, name: savedViews.name, params: savedViews.params };

export function listViews(db: Db, page: SavedViewPage): StoredView[] {
  return db.orm
    .select(columns)
    .from(savedViews)
    .where(eq(savedViews.page, page))
    .orderBy(sql`${savedViews.name} collate nocase`, asc(savedViews.id))
    .all();
}

export function findView(db: Db, id: number): StoredView | undefined {
  return db.orm.select(columns).from(savedViews).where(eq(savedViews.id, id)).get();
}

export function insertView(db: Db, values: { page: SavedViewPage; name: string; params: string }): number {
  return db.orm.insert(savedViews).values(values).returning({ id: savedViews.id }).get().id;
}

export function updateView(db: Db, id: number, values: { name: string; params: string }): void {
  db.orm
    .update(savedViews)
    .set({ ...values, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(eq(savedViews.id, id))
    .run();
}

export function deleteView(db: Db, id: number): boolean {
  return db.orm.delete(savedViews).where(eq(savedViews.id, id)).run().changes > 0;
}
