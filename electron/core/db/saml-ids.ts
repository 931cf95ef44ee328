import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from './client';
import { samlMessageIds } from './schema';

/** An AuthnRequest this server issued, or an assertion it accepted (schema.ts `saml_message_ids`). */
export type SamlIdKind = 'request' | 'assertion';

/** Remembers an id until `expiresAt`; false when it is already remembered and live (a replayed assertion). */
export function rememberSamlId(db: Db, kind: SamlIdKind, id: string, now: Date, expiresAt: Date): boolean {
  const nowIso = now.toISOString();
  db.orm.delete(samlMessageIds).where(lte(samlMessageIds.expiresAt, nowIso)).run();
  const inserted = db.orm.insert(samlMessageIds).values({ kind, id, createdAt: nowIso, expiresAt: expiresAt.toISOString() }).onConflictDoNothing().run();
  return inserted.changes === 1;
}

/** When a live id was remembered (ISO), or null when unknown or expired. */
export function liveSamlId(db: Db, kind: SamlIdKind, id: string, now: Date): string | null {
  const row = db.orm
    .select({ createdAt: samlMessageIds.createdAt })
    .from(samlMessageIds)
    .where(and(eq(samlMessageIds.kind, kind), eq(samlMessageIds.id, id), gt(samlMessageIds.expiresAt, now.toISOString())))
    .get();
  return row?.createdAt ?? null;
}

/** Forgets an id (a request answered once cannot be answered again). */
export function forgetSamlId(db: Db, kind: SamlIdKind, id: string): boolean {
  return (
    db.orm
      .delete(samlMessageIds)
      .where(and(eq(samlMessageIds.kind, kind), eq(samlMessageIds.id, id)))
      .run().changes === 1
  );
}
