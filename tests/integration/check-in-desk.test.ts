import { expect, it } from 'vitest';
import { freshDbForEachTest, present } from './helpers';

// Issue 17 item 8: the desk's expected list, walk-ins recorded as walk-ins under the one capacity rule, the
// kiosk's private search, "held", and dropping the goals of registered students who did not come.

const t = freshDbForEachTest();

const anHourAgo = () => new Date(Date.now() - 3600_000).toISOString();

function eventToday(capacity: number | null = null) {
  const startsAt = anHourAgo();
  return t.call('events.create', {
    title: 'Meet the employers',
    kind: 'career_fair',
    format: 'in_person',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3 * 3600_000).toISOString(),
    capacity,
    status: 'scheduled',
  });
}

function student(firstName: string, lastName: string, extra: { confidential?: boolean } = {}) {
  return t.call('students.create', { firstName, lastName, schoolEmail: `${firstName}.${lastName}@example.edu`.toLowerCase(), ...extra }).id;
}

function attendanceOf(eventId: number, studentId: number) {
  return present(
    t.call('events.attendees', { eventId, pageSize: 1000 }).rows.find((a) => a.studentId === studentId),
    'attendee',
  ).attendanceId;
}

it('lists who is expected by name — registered and invited, not declined or waitlisted — with the arrivals counted', () => {
  const event = eventToday(1);
  const [zed, ada, ben, cy, dee] = [student('Zed', 'Young'), student('Ada', 'Lovelace'), student('Ben', 'Adams'), student('Cy', 'Moss'), student('Dee', 'Ng')];
  t.call('events.invite', { eventId: event.id, studentIds: [zed, ada, ben, cy, dee] });
  t.call('attendance.setRsvp', { attendanceId: attendanceOf(event.id, ada), rsvp: 'registered' });
  t.call('attendance.setRsvp', { attendanceId: attendanceOf(event.id, cy), rsvp: 'declined' });
  // One place, Ada's: Dee registering goes on the waitlist.
  t.call('attendance.setRsvp', { attendanceId: attendanceOf(event.id, dee), rsvp: 'registered' });
  t.call('attendance.checkIn', { attendanceId: attendanceOf(event.id, ada), checkedIn: true });

  const list = t.call('events.checkInList', { eventId: event.id });
  expect(list.rows.map((a) => a.studentName)).toEqual(['Ben Adams', 'Ada Lovelace', 'Zed Young']);
  expect(list.rows.map((a) => a.checkedInAt !== null)).toEqual([false, true, false]);
  expect({ expected: list.expected, arrived: list.arrived, walkIns: list.walkIns }).toEqual({ expected: 3, arrived: 1, walkIns: 0 });
});

it('adds a walk-in (an existing student or a new one) recorded as a walk-in and checked in; the list and the export say so', async () => {
  const event = eventToday();
  const invited = student('Ina', 'Vited');
  const existing = student('Wal', 'Kin');
  t.call('events.invite', { eventId: event.id, studentIds: [invited] });

  const walkIn = t.call('events.walkIn', { eventId: event.id, studentId: existing });
  expect(walkIn).toMatchObject({ studentName: 'Wal Kin', walkIn: true, rsvp: 'registered' });
  expect(walkIn.checkedInAt).not.toBeNull();

  const created = t.call('events.walkIn', { eventId: event.id, newStudent: { firstName: 'New', lastName: 'Comer', schoolEmail: 'New.Comer@Example.edu' } });
  expect(created).toMatchObject({ studentName: 'New Comer', walkIn: true });
  expect(t.call('students.get', { id: created.studentId })).toMatchObject({ schoolEmail: 'new.comer@example.edu', status: 'active' });

  // Someone on the list who turns up is checked in, not a walk-in; a second walk-in of the same student changes nothing.
  expect(t.call('events.walkIn', { eventId: event.id, studentId: invited })).toMatchObject({ walkIn: false, rsvp: 'registered' });
  expect(t.call('events.walkIn', { eventId: event.id, studentId: existing }).attendanceId).toBe(walkIn.attendanceId);

  const list = t.call('events.checkInList', { eventId: event.id });
  expect({ expected: list.expected, arrived: list.arrived, walkIns: list.walkIns }).toEqual({ expected: 3, arrived: 3, walkIns: 2 });
  const file = await t.callAsync('events.exportAttendees', { eventId: event.id, format: 'csv' });
  const csv = Buffer.from(file.base64, 'base64').toString('utf8');
  expect(csv).toMatch(/Wal Kin,.*,Walk-in,/);
  expect(csv).toMatch(/Ina Vited,.*,Registered,/);

  // A new student whose email is already on file is refused, naming who has it.
  const duplicate = t.fails('events.walkIn', { eventId: event.id, newStudent: { firstName: 'Wally', lastName: 'K', schoolEmail: 'wal.kin@example.edu' } });
  expect(duplicate.message).toMatch(/Another student \(Wal Kin\) already has the school email/);
});

it('refuses a walk-in when the event is full (the one capacity rule), and creates no student', () => {
  const event = eventToday(1);
  const first = student('Fir', 'St');
  t.call('events.walkIn', { eventId: event.id, studentId: first });
  const refusal = t.fails('events.walkIn', { eventId: event.id, newStudent: { firstName: 'Late', lastName: 'Comer', schoolEmail: 'late@example.edu' } });
  expect(refusal.code).toBe('conflict');
  expect(refusal.message).toMatch(/Meet the employers is full \(1 of 1 places taken\) and Late Comer has no registered place/);
  expect(t.call('students.list', { search: 'Late' }).total).toBe(0);
  expect(t.call('events.get', { id: event.id }).counts.registered).toBe(1);
});

it('the kiosk shows one student only for their exact name, email or ID, and nobody for a prefix or a shared name', () => {
  const event = eventToday();
  const ids = [student('Ada', 'Lovelace'), student('Sam', 'Lee'), t.call('students.create', { firstName: 'Sam', lastName: 'Lee' }).id];
  t.call('events.invite', { eventId: event.id, studentIds: ids });
  const find = (query: string) => t.call('events.kioskFind', { eventId: event.id, query });
  expect(find('Ada')).toEqual({ match: null, reason: 'too_short' });
  expect(find('ada love')).toEqual({ match: null, reason: 'none' });
  expect(find('  ada   LOVELACE ')).toMatchObject({ reason: 'found', match: { studentName: 'Ada Lovelace', checkedInAt: null } });
  expect(find('ada.lovelace@example.edu')).toMatchObject({ reason: 'found' });
  // A name two students share answers like a name on nobody: the kiosk does not say someone else of that name is coming.
  expect(find('Sam Lee')).toEqual(find('Nobody Here'));
  expect(find('Sam Lee')).toEqual({ match: null, reason: 'none' });
  expect(find('sam.lee@example.edu')).toMatchObject({ reason: 'found', match: { studentName: 'Sam Lee' } });
});

it('marks the event held (and back), and drops the goals of registered no-shows with an undo', () => {
  const event = eventToday();
  const template = present(t.call('goalTemplates.save', { templates: [{ title: 'Meet 3 employers', kind: 'people_met', targetCount: 3 }] })[0], 'template');
  const [came, noShow, neverAnswered] = [student('Cam', 'E'), student('Nos', 'How'), student('Nev', 'Er')];
  t.call('events.invite', { eventId: event.id, studentIds: [came, noShow, neverAnswered], goalTemplateId: template.id });
  for (const s of [came, noShow]) t.call('attendance.setRsvp', { attendanceId: attendanceOf(event.id, s), rsvp: 'registered' });
  t.call('attendance.checkIn', { attendanceId: attendanceOf(event.id, came), checkedIn: true });

  expect(t.call('events.setHeld', { id: event.id, held: true }).status).toBe('done');
  expect(t.call('events.setHeld', { id: event.id, held: false }).status).toBe('scheduled');

  const goals = t.call('events.noShowGoals', { eventId: event.id });
  expect(goals.map((g) => g.studentName)).toEqual(['Nos How']);
  const goalId = present(goals[0]).goalId;
  expect(t.call('events.dropNoShowGoals', { eventId: event.id, goalIds: [goalId], dropped: true })).toEqual({ changed: 1 });
  expect(t.call('goals.forStudent', { studentId: noShow }).find((g) => g.id === goalId)?.status).toBe('dropped');
  expect(t.call('events.noShowGoals', { eventId: event.id })).toEqual([]);
  // The student who came keeps their goal: it is no no-show's goal.
  const cameGoal = present(t.call('goals.forStudent', { studentId: came })[0]).id;
  expect(t.fails('events.dropNoShowGoals', { eventId: event.id, goalIds: [cameGoal], dropped: true }).code).toBe('invalid_input');
  // Undo takes it up again.
  t.call('events.dropNoShowGoals', { eventId: event.id, goalIds: [goalId], dropped: false });
  expect(t.call('goals.forStudent', { studentId: noShow }).find((g) => g.id === goalId)?.status).toBe('active');
});

it('a walk-in and the kiosk are refused before the event day, like the desk', () => {
  const startsAt = new Date(Date.now() + 12 * 86400_000).toISOString();
  const event = t.call('events.create', {
    title: 'Later',
    kind: 'workshop',
    format: 'in_person',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3600_000).toISOString(),
    status: 'scheduled',
  });
  expect(t.fails('events.walkIn', { eventId: event.id, studentId: student('Ear', 'Ly') }).message).toMatch(/opens on/);
  expect(t.fails('events.setHeld', { id: event.id, held: true }).message).toMatch(/has not started yet/);
});
