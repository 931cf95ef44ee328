import type { GoalKind } from '../../../shared/domain';

/** The default goal ladder, easiest rung first (career-services practice; editable later in Settings). */
export const defaultGoalLadder: readonly { title: string; kind: GoalKind; targetCount: number; description: string }[] = [
  {
    title: 'Prepare three questions for an event',
    kind: 'questions_asked',
    targetCount: 3,
    description: 'Write down three questions or talking points before the event.',
  },
  {
    title: 'Have one one-on-one conversation',
    kind: 'people_met',
    targetCount: 1,
    description: 'Start small: one real conversation with one person.',
  },
  {
    title: 'Introduce yourself to two new people',
    kind: 'people_met',
    targetCount: 2,
    description: 'Two introductions at one event.',
  },
  {
    title: 'Ask two people about their career path',
    kind: 'questions_asked',
    targetCount: 2,
    description: 'Listen more than you talk.',
  },
  {
    title: 'Go with a friend; each talk to one new person alone',
    kind: 'people_met',
    targetCount: 1,
    description: 'Bring a buddy, then split up for one conversation each.',
  },
  {
    title: 'Request an informational interview',
    kind: 'informational_interviews',
    targetCount: 1,
    description: 'Ask someone in a field you like for 20 minutes of their time.',
  },
  {
    title: 'Follow up with everyone you met within 48 hours',
    kind: 'follow_ups_sent',
    targetCount: 3,
    description: 'A thank-you email or LinkedIn note to each person.',
  },
  {
    title: 'Attend three networking events this term',
    kind: 'events_attended',
    targetCount: 3,
    description: 'Fairs, info sessions or mixers all count.',
  },
];
