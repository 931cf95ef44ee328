import type { procedures } from '../helpers';

type Call = ReturnType<typeof procedures>['call'];

/** Names the door must print exactly, one per script the office meets (first, last). */
export const worldNames = [
  ['小龙', '李'],
  ['秀英', '王'],
  ['فاطمة', 'الزهراء'],
  ['يوسف', 'العلي'],
  ['Małgorzata', 'Żółkiewska'],
  ['Łukasz', 'Wąsowski'],
  ['Çağrı', 'Öztürk'],
  ['İbrahim', 'Şahin'],
  ['अनन्या', 'शर्मा'],
  ['Jiří', 'Dvořák'],
] as const;

const givenNames = ['Ada', 'Grace', 'Alan', 'Katherine', 'Edsger', 'Barbara', 'Donald', 'Frances', 'John', 'Radia', 'Tim', 'Margaret', 'Dorothy'];
const familyNames = [
  'Abbott',
  'Baker',
  'Carter',
  'Diaz',
  'Evans',
  'Foster',
  'Garcia',
  'Hughes',
  'Ibsen',
  'Jones',
  'Khan',
  'Lopez',
  'Moore',
  'Nolan',
  'Owens',
  'Patel',
  'Quinn',
  'Reyes',
  'Singh',
  'Turner',
  'Underwood',
  'Vargas',
  'Walsh',
  'Young',
  'Zimmerman',
  'Bennett',
  'Coleman',
  'Dixon',
  'Ellis',
  'Fletcher',
  'Gibson',
  'Harper',
  'Irving',
  'Jensen',
  'Keller',
  'Lambert',
  'Mason',
  'Norris',
  'Ortiz',
  'Porter',
];

export interface CareerFair {
  eventId: number;
  /** Everyone the sheet must list, as [first, last]. */
  listed: (readonly [string, string])[];
  checkedIn: number;
  hidden: string;
  declined: string;
}

/**
 * A career fair today in New York with `total` invitees: the world's names above, Latin fillers, one student
 * under a confidentiality hold, one who declined, and every seventh listed student checked in.
 */
export function careerFair(call: Call, total = 90): CareerFair {
  call('settings.update', { timeZone: 'America/New_York' });
  const now = Date.now();
  const event = call('events.create', {
    title: 'Spring Career Fair — Engineering & Computing',
    kind: 'career_fair',
    format: 'in_person',
    location: 'Memorial Union, Great Hall',
    startsAt: new Date(now - 3_600_000).toISOString(),
    endsAt: new Date(now + 3_600_000).toISOString(),
    status: 'scheduled',
  });
  const names: [string, string][] = worldNames.map(([first, last]) => [first, last]);
  for (let i = 0; names.length < total - 2; i++) names.push([givenNames[i % givenNames.length] ?? 'Ada', familyNames[i % familyNames.length] ?? 'Lee']);
  let number = 1000;
  const create = (first: string, last: string, extra: object = {}) =>
    call('students.create', {
      firstName: first,
      lastName: last,
      externalId: `S${++number}`,
      program: 'Computer Science',
      classYear: 2027,
      ...extra,
    }).id;
  const ids = names.map(([first, last]) => create(first, last));
  const hidden = create('Hidden', 'Confidential', { confidential: true });
  const declinedId = create('Dee', 'Clined');
  call('events.invite', { eventId: event.id, studentIds: [...ids, hidden, declinedId] });
  const attendees = call('events.attendees', { eventId: event.id, page: 1, pageSize: 200 }).rows;
  const attendanceOf = (studentId: number) => attendees.find((a) => a.studentId === studentId)?.attendanceId ?? 0;
  let checkedIn = 0;
  ids.forEach((studentId, index) => {
    call('attendance.setRsvp', { attendanceId: attendanceOf(studentId), rsvp: index % 3 === 0 ? 'invited' : 'registered' });
    if (index % 7 === 0) {
      call('attendance.checkIn', { attendanceId: attendanceOf(studentId), checkedIn: true });
      checkedIn++;
    }
  });
  call('attendance.setRsvp', { attendanceId: attendanceOf(declinedId), rsvp: 'declined' });
  return { eventId: event.id, listed: names, checkedIn, hidden: 'Hidden Confidential', declined: 'Dee Clined' };
}
