import { z } from 'zod';
import { wrapUpSchema } from '../../../shared/api/wrap-up';
import { relationshipKinds, wrapUpItems, wrapUpRelationships, type WrapUpItem } from '../../../shared/domain';
import type { Db } from './client';
import { parseRows } from './rows';

const relationshipList = wrapUpRelationships.map((r) => `'${r}'`).join(', ');

/**
 * When a wrap-up item counts as done for connection `c` of the placement aliased `p`: thank-yous and
 * the milestone update from two weeks before the end; a LinkedIn connection whenever made.
 */
function itemDoneSql(item: WrapUpItem, p: string): string {
  const since = `i.occurred_on >= date(${p}.end_on, '-14 days')`;
  switch (item) {
    case 'thank_you_note':
      return `i.kind = 'thank_you_note' and ${since}`;
    case 'thank_you_email':
      return `i.kind = 'thank_you_email' and i.shared_contact_details = 1 and ${since}`;
    case 'linkedin_connection':
      return `i.kind = 'linkedin_connection'`;
    case 'milestone_update':
      return `i.kind = 'milestone_update' and ${since}`;
  }
}

const firstDoneSql = (item: WrapUpItem) => `(select min(i.occurred_on) from interactions i where i.connection_id = c.id and ${itemDoneSql(item, 'p')})`;

/** The supporters (as `connections c where …`) of the placement aliased `p`: those whose wrap-up is tracked. */
export function supporterSql(p: string): string {
  return `connections c where c.placement_id = ${p}.id and c.student_id = ${p}.student_id and c.relationship in (${relationshipList})`;
}

/** Supporter `c` of placement `p` has every item done. */
export function supporterDoneSql(p: string): string {
  return wrapUpItems.map((item) => `exists (select 1 from interactions i where i.connection_id = c.id and ${itemDoneSql(item, p)})`).join(' and ');
}

/** The wrap-up of placement `p` is complete: it has supporters and every one has done every item (as wrapUpForStudent decides). */
export function wrapUpCompleteSql(p: string): string {
  return `exists (select 1 from ${supporterSql(p)}) and not exists (select 1 from ${supporterSql(p)} and not (${supporterDoneSql(p)}))`;
}

// A placement's fields as the contract has them, then its supporter (null when it has none) with each item's first day.
const supporterRow = wrapUpSchema.pick({ placementId: true, employerName: true, role: true, startOn: true, endOn: true }).extend({
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
           ${firstDoneSql('thank_you_note')} as thankYouNoteOn,
           ${firstDoneSql('thank_you_email')} as thankYouEmailOn,
           ${firstDoneSql('linkedin_connection')} as linkedinOn,
           ${firstDoneSql('milestone_update')} as milestoneOn
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
