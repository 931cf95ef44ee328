import { z } from 'zod';
import { eventKinds } from '../../../shared/domain';
import type { Db } from './client';
import { ftsPrefixQuery } from './fts';
import { parseRows } from './rows';

// The command palette's finds beyond students: the shared directory (contacts, employers) and the events calendar.
// Each matches the way its own list's search box does, so the palette never finds what the list would not:
// contacts through their full-text index (every word a prefix), employers and events by the typed text anywhere in
// the name or title (literal: instr(), no LIKE wildcards). The directory and the calendar are shared by the whole
// office, so no student scope applies here; students are searched (and scoped) by quickSearchStudents.

const contactHit = z.object({ id: z.number(), displayName: z.string(), title: z.string().nullable(), employerName: z.string().nullable() });
const employerHit = z.object({ id: z.number(), name: z.string(), industry: z.string().nullable(), location: z.string().nullable() });
const eventHit = z.object({ id: z.number(), title: z.string(), kind: z.enum(eventKinds), startsAt: z.string() });

export function quickSearchContacts(db: Db, text: string, limit: number) {
  const match = ftsPrefixQuery(text);
  if (!match) return [];
  return parseRows(
    contactHit,
    db.sqlite
      .prepare(
        `select ct.id, ct.first_name || ' ' || ct.last_name as displayName, ct.title, e.name as employerName
         from contacts_fts f join contacts ct on ct.id = f.rowid left join employers e on e.id = ct.employer_id
         where contacts_fts match ? order by f.rank, ct.id limit ?`,
      )
      .all(match, limit),
  );
}

export function quickSearchEmployers(db: Db, text: string, limit: number) {
  return parseRows(
    employerHit,
    db.sqlite
      .prepare(
        `select id, name, industry, location from employers
         where instr(lower(name), lower(:text)) > 0
         order by instr(lower(name), lower(:text)) > 1, name, id limit :limit`,
      )
      .all({ text, limit }),
  );
}

/** Upcoming events first (soonest first), then past ones (most recent first): the one being planned or just held. */
export function quickSearchEvents(db: Db, text: string, limit: number, nowIso: string) {
  return parseRows(
    eventHit,
    db.sqlite
      .prepare(
        `select id, title, kind, starts_at as startsAt from events
         where instr(lower(title), lower(:text)) > 0
         order by ends_at < :now, case when ends_at >= :now then starts_at end, starts_at desc, id limit :limit`,
      )
      .all({ text, limit, now: nowIso }),
  );
}
