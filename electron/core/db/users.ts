import { asc, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/api/access';
import type { User } from '../../../shared/api/users';
import type { Db } from './client';
import { advisors, users } from './schema';

const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** An account as the admin screen and the CLI list it (never the password hash). */
function selectUsers(db: Db) {
  return db.orm
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      advisorId: users.advisorId,
      advisorName: advisors.name,
      disabled: users.disabled,
      createdAt: users.createdAt,
      changedAt: users.updatedAt,
      lastSeenAt: sql<string | null>`(select max(last_seen_at) from sessions where sessions.user_id = ${users.id})`,
      twoStep: sql<boolean>`${users.totpConfirmedAt} is not null`.mapWith(Boolean),
    })
    .from(users)
    .leftJoin(advisors, eq(advisors.id, users.advisorId));
}

export function listUsers(db: Db): User[] {
  return selectUsers(db).orderBy(asc(users.name), asc(users.id)).all();
}

export function findUser(db: Db, id: number): User | undefined {
  return selectUsers(db).where(eq(users.id, id)).get();
}

/** Email is matched whatever its case (the unique index is on lower(email)). */
const withEmail = (email: string) => sql`lower(${users.email}) = ${email.toLowerCase()}`;

export function findUserIdByEmail(db: Db, email: string): number | undefined {
  return db.orm.select({ id: users.id }).from(users).where(withEmail(email)).get()?.id;
}

/** What signing in needs: the account, its password hash and whether it may sign in. */
export function findCredentials(db: Db, email: string) {
  return db.orm
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      advisorId: users.advisorId,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
      twoStep: sql<boolean>`${users.totpConfirmedAt} is not null`.mapWith(Boolean),
    })
    .from(users)
    .where(withEmail(email))
    .get();
}

export function insertUser(db: Db, values: { email: string; name: string; role: Role; advisorId: number | null; passwordHash: string }): number {
  return db.orm.insert(users).values(values).returning({ id: users.id }).get().id;
}

export function updateUser(db: Db, id: number, patch: { role?: Role; advisorId?: number | null; passwordHash?: string; disabled?: boolean }): void {
  db.orm
    .update(users)
    .set({ ...patch, updatedAt: nowIso })
    .where(eq(users.id, id))
    .run();
}

/** Enabled admins other than `exceptId`: the office must keep at least one. */
export function otherActiveAdmins(db: Db, exceptId: number): number {
  return (
    db.orm
      .select({ count: sql<number>`count(*)` })
      .from(users)
      .where(sql`${users.role} = 'admin' and ${users.disabled} = 0 and ${users.id} <> ${exceptId}`)
      .get()?.count ?? 0
  );
}
