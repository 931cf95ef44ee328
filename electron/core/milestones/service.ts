import type { ParsedInput } from '../../../shared/api/contract';
import type { Milestone } from '../../../shared/api/milestones';
import { milestoneKindLabels, relationshipKindLabels } from '../../../shared/domain';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { findContact } from '../db/contacts';
import { interactionInserter } from '../db/interactions';
import { findMilestone, insertMilestone, milestoneSuggestions, milestonesOfStudent } from '../db/milestones';
import { findStudent } from '../db/students';
import { AppError, notFound } from '../errors';
import { currentActor, getSettings } from '../office/settings';
import { assertNotFuture, invalidReference } from '../validate';

function withSuggestions(db: Db, milestone: Omit<Milestone, 'suggestions'>): Milestone {
  return {
    ...milestone,
    suggestions: milestoneSuggestions(db, milestone.id).map((s) => ({
      connectionId: s.connectionId,
      contactName: s.contactName,
      relationship: s.relationship,
      reason: s.recommender ? 'Recommended this opportunity' : relationshipKindLabels[s.relationship],
      sentOn: s.sentOn,
    })),
  };
}

function readMilestone(db: Db, id: number): Milestone {
  const milestone = findMilestone(db, id);
  if (!milestone) throw notFound('milestone', id);
  return withSuggestions(db, milestone);
}

export function milestonesForStudent(db: Db, input: ParsedInput<'milestones.forStudent'>): Milestone[] {
  if (!findStudent(db, input.studentId)) throw notFound('student', input.studentId);
  return milestonesOfStudent(db, input.studentId).map((m) => withSuggestions(db, m));
}

export function milestonesCreate(db: Db, input: ParsedInput<'milestones.create'>): Milestone {
  if (!findStudent(db, input.studentId)) throw invalidReference('studentId', 'student', input.studentId);
  if (input.recommendedByContactId !== null && !findContact(db, input.recommendedByContactId)) {
    throw invalidReference('recommendedByContactId', 'contact', input.recommendedByContactId);
  }
  assertNotFuture(db, 'occurredOn', input.occurredOn, 'log a milestone once it has happened');
  return readMilestone(db, insertMilestone(db, input));
}

/** Each contact told about the milestone becomes a milestone-update interaction (which also resets their clock). */
export function milestonesMarkSent(db: Db, input: ParsedInput<'milestones.markSent'>): Milestone {
  const milestone = readMilestone(db, input.milestoneId);
  assertNotFuture(db, 'occurredOn', input.occurredOn, 'mark it sent once it has been sent');
  const allowed = new Map(milestone.suggestions.map((s) => [s.connectionId, s]));
  const foreign = input.connectionIds.filter((id) => !allowed.has(id));
  if (foreign.length > 0) {
    throw new AppError('invalid_input', `Connections ${foreign.join(', ')} are not this student's.`, {
      field: 'connectionIds',
    });
  }
  const toSend = [...new Set(input.connectionIds)].filter((id) => allowed.get(id)?.sentOn === null);
  const summary = `Milestone: ${milestoneKindLabels[milestone.kind]}${milestone.description ? ` — ${milestone.description}` : ''}`.slice(0, 2000);
  transaction(db, () => {
    const insert = interactionInserter(db);
    const loggedByAdvisorId = getSettings(db).currentAdvisorId;
    for (const connectionId of toSend) {
      insert({
        connectionId,
        kind: 'milestone_update',
        occurredOn: input.occurredOn,
        summary,
        sharedContactDetails: false,
        loggedByAdvisorId,
        milestoneId: milestone.id,
      });
    }
    if (toSend.length > 1)
      writeAudit(db, {
        actor: currentActor(db),
        action: 'bulk_change',
        entity: 'interaction',
        count: toSend.length,
        details: { milestoneId: milestone.id },
      });
  });
  return readMilestone(db, input.milestoneId);
}
