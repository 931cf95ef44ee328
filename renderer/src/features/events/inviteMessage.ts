import { plural } from '@renderer/components/format';

/** The toast's title: Rapport records who is invited; it sends no email, so it never says "sent". */
export const invitationsRecorded = 'Invitations recorded';
/** One student invited from the event page. */
export const invitationRecorded = 'Invitation recorded. Nothing was emailed.';

/**
 * "Invited 37 students; 5 were already invited; 2 inactive students skipped. Nothing was emailed." — what
 * happened, not just "done", and that telling the students is still the advisor's to do.
 */
export function inviteMessage(result: { invited: number; alreadyInvited: number; skippedInactive: number }): string {
  const parts = [`Invited ${plural(result.invited, 'student')}`];
  // "1 was" / "5 were": the count reads as the subject of the sentence.
  if (result.alreadyInvited > 0) parts.push(`${plural(result.alreadyInvited, 'was', 'were')} already invited`);
  if (result.skippedInactive > 0) parts.push(`${plural(result.skippedInactive, 'inactive student')} skipped`);
  return `${parts.join('; ')}.${result.invited > 0 ? ' Nothing was emailed.' : ''}`;
}
