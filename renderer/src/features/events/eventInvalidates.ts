/**
 * What an event or attendance change can move: the event's own queries, attendance, goals linked to the
 * event (check-ins count towards them), the students table's goal columns, the dashboard's event funnel,
 * and — for meetings and follow-ups logged from the event page — connections and keep-in-touch clocks.
 */
export const eventInvalidates = ['events.', 'attendance.', 'goals.', 'students.', 'dashboard.', 'connections.', 'keepInTouch.'] as const;
