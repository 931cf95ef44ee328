import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { advisors } from './schema';
import { andVisible } from './visible-students';

export function listAdvisors(db: Db) {
  return db.orm
    .select({
      id: advisors.id,
      name: advisors.name,
      email: advisors.email,
      active: advisors.active,
      // Outer table named explicitly: drizzle leaves single-table columns unqualified.
      // Counted over the students the caller may see (office server); every student in single-user mode.
      studentCount: sql<number>`(select count(*) from students s where s.advisor_id = "advisors"."id"${sql.raw(andVisible(db))})`,
    })
    .from(advisors)
    .orderBy(asc(advisors.name))
    .all();
}

export function findAdvisor(db: Db, id: number) {
  return db.orm.select().from(advisors).where(eq(advisors.id, id)).get();
}

export function findAdvisorByEmail(db: Db, email: string) {
  return db.orm.select().from(advisors).where(eq(advisors.email, email)).get();
}

export function insertAdvisor(db: Db, values: { name: string; email: string }): number {
  return db.orm.insert(advisors).values(values).returning({ id: advisors.id }).get().id;
}
