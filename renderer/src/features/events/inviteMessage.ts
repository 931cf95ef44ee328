import { plural } from '@renderer/components/format';

/** "Invited 37 students; 5 were already invited; 2 archived students skipped." — what happened, not just "done". */
export function inviteMessage(result: { invited: number; alreadyInvited: number; skippedInactive: number }): string {
  const parts = [`Invited ${plural(result.invited, 'student')}`];
  // "1 was" / "5 were": the count reads as the subject of the sentence.
  if (result.alreadyInvited > 0) parts.push(`${plural(result.alreadyInvited, 'was', 'were')} already invited`);
  if (result.skippedInactive > 0) parts.push(`${plural(result.skippedInactive, 'inactive student')} skipped`);
  return `${parts.join('; ')}.`;
}
