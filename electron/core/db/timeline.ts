import { z } from 'zod';
import { timelineKinds, type TimelineKind } from '../../../shared/api/students';
import { interactionKinds } from '../../../shared/domain';
import type { Db } from './client';
import { parseRows, sqliteBoolean } from './rows';

// One row per thing that happened to a student, from every table that records something dated.
const union = `
  select 'i:' || i.id as key, 'interaction' as kind, i.occurred_on as "on", i.kind as a, ct.first_name || ' ' || ct.last_name as b,
    c.relationship as c3, i.id as interactionId, i.kind as interactionKind, i.connection_id as connectionId, i.summary,
    i.shared_contact_details as shared, i.version as interactionVersion, i.id as n
  from interactions i join connections c on c.id = i.connection_id join contacts ct on ct.id = c.contact_id
  where c.student_id = :studentId
  union all
  select 'ps:' || p.id, 'placement', p.start_on, 'started', p.role, e.name, null, null, null, null, 0, null, p.id
  from placements p join employers e on e.id = p.employer_id where p.student_id = :studentId
  union all
  select 'pe:' || p.id, 'placement', p.end_on, 'ended', p.role, e.name, null, null, null, null, 0, null, p.id
  from placements p join employers e on e.id = p.employer_id where p.student_id = :studentId and p.end_on <= :today
  union all
  select 'gs:' || g.id, 'goal', coalesce(g.window_start_on, substr(g.created_at, 1, 10)), 'set', g.description, g.status, null, null, null, null, 0, null, g.id
  from goals g where g.student_id = :studentId
  union all
  select 'gm:' || g.id, 'goal', g.met_on, 'met', g.description, null, null, null, null, null, 0, null, g.id
  from goals g where g.student_id = :studentId and g.met_on is not null
  union all
  select 'e:' || a.id, 'event', substr(a.checked_in_at, 1, 10), 'attended', ev.title, ev.kind, null, null, null, null, 0, null, a.id
  from attendance a join events ev on ev.id = a.event_id where a.student_id = :studentId and a.checked_in_at is not null
  union all
  select 'm:' || m.id, 'milestone', m.occurred_on, m.kind, m.description, null, null, null, null, null, 0, null, m.id
  from milestones m where m.student_id = :studentId
  union all
  select 'n:' || n.id, 'note', n.occurred_on, n.kind, n.body, adv.name, null, null, null, null, 0, null, n.id
  from advising_notes n left join advisors adv on adv.id = n.advisor_id where n.student_id = :studentId`;

const timelineRow = z.object({
  key: z.string(),
  kind: z.enum(timelineKinds),
  on: z.string(),
  a: z.string().nullable(),
  b: z.string().nullable(),
  c3: z.string().nullable(),
  interactionId: z.number().nullable(),
  interactionKind: z.enum(interactionKinds).nullable(),
  connectionId: z.number().nullable(),
  summary: z.string().nullable(),
  shared: sqliteBoolean,
  interactionVersion: z.number().nullable(),
  n: z.number(),
});
export type TimelineRow = z.infer<typeof timelineRow>;

export function timelinePage(db: Db, q: { studentId: number; today: string; kinds: readonly TimelineKind[]; page: number; pageSize: number }) {
  const params = { studentId: q.studentId, today: q.today, kinds: JSON.stringify(q.kinds) };
  const filtered = `select * from (${union}) where kind in (select value from json_each(:kinds))`;
  const rows = db.sqlite
    .prepare(`${filtered} order by "on" desc, n desc, key limit :limit offset :offset`)
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const total = z.number().parse(db.sqlite.prepare(`select count(*) from (${filtered})`).pluck().get(params));
  return { rows: parseRows(timelineRow, rows), total };
}
