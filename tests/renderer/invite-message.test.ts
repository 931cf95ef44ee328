import { describe, expect, it } from 'vitest';
import { invitationRecorded, invitationsRecorded, inviteMessage } from '@renderer/features/events/inviteMessage';

// Issue 17 item 9: Rapport records invitations, it emails nobody, so its toasts never say "sent".
describe('invitation toasts', () => {
  it('say the invitations were recorded and that nothing was emailed', () => {
    expect(invitationsRecorded).toBe('Invitations recorded');
    expect(invitationRecorded).toBe('Invitation recorded. Nothing was emailed.');
    expect(inviteMessage({ invited: 37, alreadyInvited: 5, skippedInactive: 2 })).toBe(
      'Invited 37 students; 5 were already invited; 2 inactive students skipped. Nothing was emailed.',
    );
    for (const text of [invitationsRecorded, invitationRecorded, inviteMessage({ invited: 1, alreadyInvited: 0, skippedInactive: 0 })]) {
      expect(text).not.toMatch(/\bsent\b/i);
    }
  });

  it('does not mention email when nobody new was invited', () => {
    expect(inviteMessage({ invited: 0, alreadyInvited: 3, skippedInactive: 0 })).toBe('Invited 0 students; 3 were already invited.');
  });
});
