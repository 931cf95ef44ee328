import { expect, it } from 'vitest';
import { freshDbForEachTest } from './helpers';

// Issue 17 item 8: one capacity rule for the desk, the RSVP list and the edit form, and check-in opens on the
// event's day in the office's time zone.

const t = freshDbForEachTest();

function eventWith(startsAt: string, capacity: number, registered: number, invited: number) {
  const studentIds = Array.from({ length: registered + invited }, (_, n) => t.call('students.create', { firstName: 'Door', lastName: `Guest${n}` }).id);
  const event = t.call('events.create', {
    title: 'Resume clinic',
    kind: 'workshop',
    format: 'in_person',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(),
    capacity,
    status: 'scheduled',
  });
  t.call('events.invite', { eventId: event.id, studentIds });
  const rows = t.call('events.attendees', { eventId: event.id, pageSize: 200 }).rows;
  for (const a of rows.slice(0, registered)) t.call('attendance.setRsvp', { attendanceId: a.attendanceId, rsvp: 'registered' });
  return { event, invitees: rows.slice(registered) };
}

const anHourAgo = () => new Date(Date.now() - 3600_000).toISOString();

it('a full event refuses an invitee at the door, naming the capacity, and stays at 5 of 5', () => {
  const { event, invitees } = eventWith(anHourAgo(), 5, 5, 1);
  const refusal = t.fails('attendance.checkIn', { attendanceId: invitees[0]?.attendanceId, checkedIn: true });
  expect(refusal.code).toBe('conflict');
  expect(refusal.message).toMatch(/Resume clinic is full \(5 of 5 places taken\)/);
  expect(t.call('events.get', { id: event.id }).counts.registered).toBe(5);
});

it('an event over its capacity (a meeting logged afterwards) still takes edits that leave the capacity alone', () => {
  const { event, invitees } = eventWith(anHourAgo(), 5, 5, 1);
  // Logging who a student met records that they came, even when every place was taken: 6 of 5.
  const employer = t.call('employers.create', { name: 'Acme' });
  t.call('events.logMeeting', {
    eventId: event.id,
    studentId: invitees[0]?.studentId ?? 0,
    newContact: { firstName: 'Ada', lastName: 'Host', employerId: employer.id },
  });
  const over = t.call('events.get', { id: event.id });
  expect(over.counts.registered).toBe(6);
  const { id, version, title: _title, employers, counts: _counts, conflicts: _conflicts, ...rest } = over;
  const saved = t.call('events.update', { id, version, ...rest, title: 'Resume clinic (room 2)', employerIds: employers.map((e) => e.id) });
  expect(saved.title).toBe('Resume clinic (room 2)');
  // Lowering the capacity further is refused, saying how many are registered.
  const lowered = t.fails('events.update', { id, version: saved.version, ...rest, title: saved.title, capacity: 4, employerIds: [] });
  expect(lowered.message).toMatch(/6 students are registered/);
});

it('check-in opens on the event day in the office time zone, not before', () => {
  t.call('settings.update', { timeZone: 'America/Chicago' });
  const { invitees } = eventWith(new Date(Date.now() + 12 * 86400_000).toISOString(), 5, 1, 1);
  const refusal = t.fails('attendance.checkIn', { attendanceId: invitees[0]?.attendanceId, checkedIn: true });
  expect(refusal.code).toBe('invalid_input');
  expect(refusal.message).toMatch(/Check-in for Resume clinic opens on .+ \(the event's day\)/);
});
