import { z } from 'zod';
import { relationshipKinds, wrapUpRelationships } from '../../../shared/domain';
import type { Db } from './client';
import { parseRows } from './rows';

const relationshipList = wrapUpRelationships.map((r) => `'${r}'`).join(', ');

// Thank-yous and the milestone update count from two weeks before the end; a LinkedIn connection counts whenever made.
const since = `date(p.end_on, '-14 days')`;

const supporterRow = z.object({
  placementId: z.number(),
  employerName: z.string(),
  role: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  connectionId: z.number().nullable(),
  contactId: z.number().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  relationship: z.enum(relationshipKinds).nullable(),
  thankYouNoteOn: z.string().nullable(),
  thankYouEmailOn: z.string().nullable(),
  linkedinOn: z.string().nullable(),
  milestoneOn: z.string().nullable(),
});
export type SupporterRow = z.infer<typeof supporterRow>;

/** Placements of a student that ended or end within 14 days, each supporter with the date each wrap-up item was done. */
export function wrapUpRows(db: Db, studentId: number, today: string): SupporterRow[] {
  return parseRows(
    supporterRow,
    db.sqlite
      .prepare(
        `select p.id as placementId, e.name as employerName, p.role, p.start_on as startOn, p.end_on as endOn,
           c.id as connectionId, c.contact_id as contactId, ct.first_name || ' ' || ct.last_name as contactName, ct.email as contactEmail,
           c.relationship,
           (select min(i.occurred_on) from interactions i where i.connection_id = c.id and i.kind = 'thank_you_note' and i.occurred_on >= ${since}) as thankYouNoteOn,
           (select min(i.occurred_on) from interactions i where i.connection_id = c.id and i.kind = 'thank_you_email' and i.shared_contact_details = 1 and i.occurred_on >= ${since}) as thankYouEmailOn,
           (select min(i.occurred_on) from interactions i where i.connection_id = c.id and i.kind = 'linkedin_connection') as linkedinOn,
           (select min(i.occurred_on) from interactions i where i.connection_id = c.id and i.kind = 'milestone_update' and i.occurred_on >= ${since}) as milestoneOn
         from placements p
         join employers e on e.id = p.employer_id
         left join connections c on c.placement_id = p.id and c.student_id = p.student_id and c.relationship in (${relationshipList})
         left join contacts ct on ct.id = c.contact_id
         where p.student_id = :studentId and p.end_on is not null and p.end_on <= date(:today, '+14 days')
         order by p.end_on desc, p.id, case c.relationship when 'supervisor' then 0 when 'hiring_committee' then 1 when 'coworker' then 2 else 3 end, c.id`,
      )
      .all({ studentId, today }),
  );
}
