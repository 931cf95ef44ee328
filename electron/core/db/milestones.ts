import { z } from 'zod';
import { relationshipKinds, type MilestoneKind } from '../../../shared/domain';
import { milestoneSchema } from '../../../shared/api/milestones';
import type { Db } from './client';
import { parseRows } from './rows';

// A milestone as the contract has it; the suggestions are read separately (milestoneSuggestions).
const milestoneRow = milestoneSchema.omit({ suggestions: true });

const selectMilestones = `
  select m.id, m.student_id as studentId, m.kind, m.occurred_on as occurredOn, m.description,
    m.recommended_by_contact_id as recommendedByContactId, ct.first_name || ' ' || ct.last_name as recommendedByName
  from milestones m left join contacts ct on ct.id = m.recommended_by_contact_id`;

export function milestonesOfStudent(db: Db, studentId: number) {
  return parseRows(milestoneRow, db.sqlite.prepare(`${selectMilestones} where m.student_id = ? order by m.occurred_on desc, m.id desc`).all(studentId));
}

export function findMilestone(db: Db, id: number) {
  return parseRows(milestoneRow, db.sqlite.prepare(`${selectMilestones} where m.id = ?`).all(id))[0];
}

export function insertMilestone(
  db: Db,
  v: {
    studentId: number;
    kind: MilestoneKind;
    occurredOn: string;
    description: string | null;
    recommendedByContactId: number | null;
  },
): number {
  return Number(
    db.sqlite
      .prepare(
        `insert into milestones (student_id, kind, occurred_on, description, recommended_by_contact_id)
         values (:studentId, :kind, :occurredOn, :description, :recommendedByContactId)`,
      )
      .run(v).lastInsertRowid,
  );
}

const suggestionRow = z.object({
  connectionId: z.number(),
  contactId: z.number(),
  contactName: z.string(),
  relationship: z.enum(relationshipKinds),
  recommender: z.number(),
  sentOn: z.string().nullable(),
});

/** Who to tell about a milestone: the recommender first, then supervisors and mentors, then the rest (never family/friends). */
export function milestoneSuggestions(db: Db, milestoneId: number) {
  return parseRows(
    suggestionRow,
    db.sqlite
      .prepare(
        `select c.id as connectionId, c.contact_id as contactId, ct.first_name || ' ' || ct.last_name as contactName, c.relationship,
           (c.contact_id is m.recommended_by_contact_id) as recommender,
           (select min(i.occurred_on) from interactions i where i.connection_id = c.id and i.milestone_id = m.id) as sentOn
         from milestones m
         join connections c on c.student_id = m.student_id and c.relationship <> 'personal'
         join contacts ct on ct.id = c.contact_id
         where m.id = ?
         order by recommender desc,
           case c.relationship when 'supervisor' then 0 when 'mentor' then 1 when 'faculty' then 2 when 'coworker' then 3
             when 'hiring_committee' then 4 when 'informational_interview' then 5 else 6 end,
           coalesce(c.last_interaction_on, '') desc, c.id`,
      )
      .all(milestoneId),
  );
}
