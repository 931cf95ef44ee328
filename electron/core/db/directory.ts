import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Db } from './client';
import { ftsPrefixQuery } from './fts';
import { contacts, employers, events } from './schema';
import { andStudentVisible, andVisible } from './visible-students';

// Correlated subqueries name the outer table explicitly: drizzle leaves columns unqualified in
// single-table queries, where "id" would silently bind to the inner table.

/**
 * One page of a list and how many rows its filter matches in all. `query` is the list's select — its columns,
 * tables, joins and `where` — as a dynamic query (`$dynamic()`); the total counts that same query before paging
 * (SQLite flattens the count, so the per-row figures are not computed for it).
 */
function pageOf<T extends SQLiteSelect>(db: Db, query: T, order: SQL[], input: { page: number; pageSize: number }): { rows: T; total: number } {
  const total = db.orm.select({ n: count() }).from(query.as('matching')).get()?.n ?? 0;
  return {
    rows: query
      .orderBy(...order)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    total,
  };
}

export function listContacts(db: Db, input: ParsedInput<'contacts.list'>) {
  const conditions: SQL[] = [];
  const match = input.search ? ftsPrefixQuery(input.search) : null;
  if (match) conditions.push(sql`${contacts.id} in (select rowid from contacts_fts where contacts_fts match ${match})`);
  if (input.employerId !== undefined) conditions.push(eq(contacts.employerId, input.employerId));
  if (input.mentorsOnly) conditions.push(eq(contacts.isMentor, true));
  if (input.industry !== undefined) conditions.push(eq(employers.industry, input.industry));
  if (input.relationship !== undefined) {
    conditions.push(
      sql`exists (select 1 from connections c where c.contact_id = "contacts"."id" and c.relationship = ${input.relationship}${sql.raw(andStudentVisible(db, 'c.student_id'))})`,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  // Figures count the students the caller may see, like the contact's page beside them.
  const connectionCount = sql<number>`(select count(*) from connections c where c.contact_id = "contacts"."id"${sql.raw(andStudentVisible(db, 'c.student_id'))})`;
  const dir = input.direction === 'asc' ? asc : desc;
  const order = {
    name: [dir(contacts.nameKey), dir(contacts.id)],
    employer: [dir(employers.name), dir(contacts.nameKey), dir(contacts.id)],
    title: [dir(contacts.title), dir(contacts.nameKey), dir(contacts.id)],
    verifiedOn: [dir(contacts.verifiedOn), dir(contacts.id)],
    connections: [dir(connectionCount), dir(contacts.nameKey), dir(contacts.id)],
  }[input.sort];
  const query = db.orm
    .select({
      id: contacts.id,
      displayName: sql<string>`${contacts.firstName} || ' ' || ${contacts.lastName}`,
      title: contacts.title,
      employerName: employers.name,
      email: contacts.email,
      phone: contacts.phone,
      isMentor: contacts.isMentor,
      mentorCapacity: contacts.mentorCapacity,
      mentorshipsActive: mentorshipsActiveSql(db),
      connectionCount,
      verifiedOn: contacts.verifiedOn,
    })
    .from(contacts)
    .leftJoin(employers, eq(employers.id, contacts.employerId))
    .where(where)
    .$dynamic();
  const { rows, total } = pageOf(db, query, order, input);
  return { rows: rows.all(), total };
}

/** Mentor connections with active students: how much of a mentor's capacity is used. */
function mentorshipsActiveSql(db: Db) {
  return sql<number>`(select count(*) from connections c join students s on s.id = c.student_id
    where c.contact_id = "contacts"."id" and c.relationship = 'mentor' and s.status = 'active'${sql.raw(andVisible(db))})`;
}

export function listEmployers(db: Db, input: ParsedInput<'employers.list'>) {
  const conditions: SQL[] = [];
  // instr() rather than LIKE: what the person types is matched literally (no % or _ wildcards).
  if (input.search) conditions.push(sql`instr(lower(${employers.name}), lower(${input.search})) > 0`);
  if (input.industry !== undefined) conditions.push(eq(employers.industry, input.industry));
  const where = conditions.length ? and(...conditions) : undefined;
  const contactCount = sql<number>`(select count(*) from contacts c where c.employer_id = "employers"."id")`;
  const placementCount = sql<number>`(select count(*) from placements p where p.employer_id = "employers"."id"${sql.raw(andStudentVisible(db, 'p.student_id'))})`;
  const dir = input.direction === 'asc' ? asc : desc;
  const order = {
    name: [dir(employers.name), dir(employers.id)],
    industry: [dir(employers.industry), dir(employers.name)],
    location: [dir(employers.location), dir(employers.name)],
    contacts: [dir(contactCount), dir(employers.name)],
    placements: [dir(placementCount), dir(employers.name)],
  }[input.sort];
  const query = db.orm
    .select({
      id: employers.id,
      name: employers.name,
      industry: employers.industry,
      location: employers.location,
      website: employers.website,
      contactCount,
      placementCount,
    })
    .from(employers)
    .where(where)
    .$dynamic();
  const { rows, total } = pageOf(db, query, order, input);
  return { rows: rows.all(), total };
}

export function listIndustries(db: Db): string[] {
  return db.orm
    .selectDistinct({ industry: employers.industry })
    .from(employers)
    .where(sql`${employers.industry} is not null`)
    .orderBy(asc(employers.industry))
    .all()
    .flatMap((r) => (r.industry === null ? [] : [r.industry]));
}

export function listEvents(db: Db, input: ParsedInput<'events.list'>, nowIso: string) {
  const conditions: SQL[] = [];
  if (input.when === 'upcoming') conditions.push(gte(events.endsAt, nowIso));
  if (input.when === 'past') conditions.push(lt(events.endsAt, nowIso));
  if (input.kind !== undefined) conditions.push(eq(events.kind, input.kind));
  if (input.status !== undefined) conditions.push(eq(events.status, input.status));
  const where = conditions.length ? and(...conditions) : undefined;
  const count = (condition: string) => sql<number>`(select count(*) from attendance a where a.event_id = "events"."id" and ${sql.raw(condition)})`;
  const query = db.orm
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      format: events.format,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      location: events.location,
      capacity: events.capacity,
      status: events.status,
      invited: count('1 = 1'),
      registered: count("a.rsvp = 'registered'"),
      checkedIn: count('a.checked_in_at is not null'),
    })
    .from(events)
    .where(where)
    .$dynamic();
  // Upcoming soonest first; past most recent first.
  const order = [input.when === 'upcoming' ? asc(events.startsAt) : desc(events.startsAt), asc(events.id)];
  const { rows, total } = pageOf(db, query, order, input);
  return { rows: rows.all(), total };
}
