/**
 * Everything a relationship change can move: the student's lists and timeline, keep-in-touch states,
 * the wrap-up checklist, reference readiness, milestone suggestions, dashboard counts and the contact/employer pages that
 * show the same connections and placements from the other side.
 */
export const relationshipInvalidates = [
  'connections.',
  'placements.',
  'students.',
  'wrapUp.',
  'keepInTouch.',
  'milestones.',
  'dashboard.',
  'contacts.',
  'employers.',
  'readiness.',
] as const;

/** An export changes no figures, only adds a line to the history (the audit log). */
export const exportInvalidates = ['audit.'] as const;
