import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../electron/core/dates';
import { studentSchema } from '../../shared/api/students';
import { freshDbForEachTest, present } from './helpers';

// Issue 15 item 6: two advisors, one record. Every record edited in a form carries a version; a save made on an
// older version is refused as a conflict carrying the current record, a save on the current one passes and moves
// it on, and appends (touchpoints, check-ins, milestones) never make an open form stale.

const t = freshDbForEachTest();
const { call, fails } = t;
const today = localToday();

function student(first = 'Ada') {
  return call('students.create', { firstName: first, lastName: 'Lovelace', labels: ['STEM'] });
}

/** Everything a student's page lets an advisor edit, made once. */
function office() {
  const s = student();
  const employer = call('employers.create', { name: 'Acme Labs' });
  const contact = call('contacts.create', { firstName: 'Dana', lastName: 'Lee', employerId: employer.id });
  const connection = call('connections.create', { studentId: s.id, contactId: contact.id, relationship: 'mentor', sinceOn: today });
  const interaction = call('interactions.create', { connectionId: connection.id, kind: 'conversation', occurredOn: today });
  // Someone the student has not talked to yet: a conversation with them moves "meet three people" (people, not talks).
  const eli = call('contacts.create', { firstName: 'Eli', lastName: 'Park' });
  const newcomer = call('connections.create', { studentId: s.id, contactId: eli.id, relationship: 'met_at_event', sinceOn: today });
  const placement = call('placements.create', { studentId: s.id, employerId: employer.id, kind: 'internship', role: 'Intern', startOn: addDays(today, -30) });
  const goal = call('goals.create', {
    studentId: s.id,
    kind: 'people_met',
    description: 'Meet three people',
    targetCount: 3,
    windowStartOn: addDays(today, -7),
    windowEndOn: addDays(today, 30),
  });
  const event = call('events.create', {
    title: 'Spring mixer',
    kind: 'alumni_mixer',
    format: 'in_person',
    startsAt: `${today}T17:00:00.000Z`,
    endsAt: `${today}T19:00:00.000Z`,
    capacity: 10,
    status: 'scheduled',
  });
  return { s, employer, contact, connection, newcomer, interaction, placement, goal, event };
}

/** Each update procedure with the form's values of a loaded record and a change to make. */
function editors(o: ReturnType<typeof office>) {
  return {
    student: (version: number | undefined, lastName: string) =>
      call('students.update', { id: o.s.id, version, firstName: 'Ada', lastName, labels: o.s.labels }).version,
    employer: (version: number | undefined, notes: string) => call('employers.update', { id: o.employer.id, version, name: 'Acme Labs', notes }).version,
    contact: (version: number | undefined, title: string) =>
      call('contacts.update', { id: o.contact.id, version, firstName: 'Dana', lastName: 'Lee', employerId: o.employer.id, title }).version,
    connection: (version: number | undefined, context: string) =>
      call('connections.update', { id: o.connection.id, version, relationship: 'mentor', sinceOn: today, context }).version,
    interaction: (version: number | undefined, summary: string) =>
      call('interactions.update', { id: o.interaction.id, version, kind: 'conversation', occurredOn: today, summary }).version,
    placement: (version: number | undefined, role: string) =>
      call('placements.update', {
        id: o.placement.id,
        version,
        studentId: o.s.id,
        employerId: o.employer.id,
        kind: 'internship',
        role,
        startOn: o.placement.startOn,
      }).version,
    goal: (version: number | undefined, description: string) =>
      call('goals.update', {
        id: o.goal.id,
        version,
        studentId: o.s.id,
        kind: 'people_met',
        description,
        targetCount: 3,
        windowStartOn: o.goal.windowStartOn,
        windowEndOn: o.goal.windowEndOn,
      }).version,
    event: (version: number | undefined, title: string) =>
      call('events.update', {
        id: o.event.id,
        version,
        title,
        kind: 'alumni_mixer',
        format: 'in_person',
        startsAt: o.event.startsAt,
        endsAt: o.event.endsAt,
        capacity: 10,
        status: 'scheduled',
      }).version,
  };
}

describe('record versions', () => {
  it('refuses a save made on an older version with the current record, and passes one made on the current version', () => {
    const loaded = student();
    expect(loaded.version).toBe(1);
    // B saves first, on the version both loaded.
    const theirs = call('students.update', { id: loaded.id, version: 1, firstName: 'Ada', lastName: 'Byron', labels: ['STEM'], notes: 'Met at the fair' });
    expect(theirs.version).toBe(2);
    // A's save on version 1 is refused: nothing written, B's record in the answer.
    const refused = fails('students.update', { id: loaded.id, version: 1, firstName: 'Augusta', lastName: 'Lovelace', labels: [] });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(
      'Ada Byron was changed by office while you were editing; nothing was saved. Compare the changes, then apply yours again or keep theirs.',
    );
    expect(refused.details).toMatchObject({ reason: 'stale', entity: 'student', id: loaded.id, version: 2, updatedBy: 'office' });
    const current = studentSchema.parse(present(refused.details).current);
    expect(current).toMatchObject({ firstName: 'Ada', lastName: 'Byron', notes: 'Met at the fair', labels: ['STEM'], version: 2 });
    expect(call('students.get', { id: loaded.id })).toMatchObject({ firstName: 'Ada', lastName: 'Byron', version: 2 });
    // "Use my changes": the same values on the current version pass and move it on by one.
    const mine = call('students.update', { id: loaded.id, version: 2, firstName: 'Augusta', lastName: 'Lovelace', labels: [] });
    expect(mine).toMatchObject({ firstName: 'Augusta', labels: [], version: 3 });
  });

  it('names the advisor who saved last, and counts a labels-only edit as a change', () => {
    const advisor = call('advisors.create', { name: 'Grace Hopper', email: 'grace@example.edu' });
    call('settings.update', { currentAdvisorId: advisor.id });
    const loaded = student();
    expect(call('students.update', { id: loaded.id, version: 1, firstName: 'Ada', lastName: 'Lovelace', labels: ['STEM', 'Honors'] }).version).toBe(2);
    const refused = fails('students.update', { id: loaded.id, version: 1, firstName: 'Ada', lastName: 'Lovelace', labels: [] });
    expect(refused.message).toContain('was changed by Grace Hopper <grace@example.edu> while you were editing');
  });

  it('every record edited in a form refuses a stale save with its current version, and a save without a version (CLI) passes', () => {
    const o = office();
    for (const [name, save] of Object.entries(editors(o))) {
      // Someone saves without a version (as the CLI does): it passes and moves the record on.
      expect(save(undefined, `${name} by the CLI`), name).toBe(2);
      const answer = (() => {
        try {
          save(1, `${name} by a stale form`);
          return null;
        } catch (error) {
          return error;
        }
      })();
      expect(String(answer), name).toMatch(/: conflict: .* was changed by office while you were editing; nothing was saved/);
      expect(save(2, `${name} on the current version`), name).toBe(3);
    }
  });

  it('appends (touchpoints, check-ins, milestones, goal progress) never make an open form stale', () => {
    const o = office();
    // Every form is open on what was loaded; meanwhile the office logs and checks in.
    call('interactions.create', { connectionId: o.newcomer.id, kind: 'conversation', occurredOn: today, summary: 'Coffee' });
    call('interactions.bulkCreate', { connectionIds: [o.connection.id], kind: 'thank_you_email', occurredOn: today });
    call('milestones.create', { studentId: o.s.id, kind: 'offer_accepted', occurredOn: today, description: 'Offer from Acme' });
    call('events.invite', { eventId: o.event.id, studentIds: [o.s.id] });
    const attendee = present(call('events.attendees', { eventId: o.event.id }).rows[0]);
    call('attendance.setRsvp', { attendanceId: attendee.attendanceId, rsvp: 'registered' });
    call('attendance.checkIn', { attendanceId: attendee.attendanceId, checkedIn: true });
    expect(call('goals.forStudent', { studentId: o.s.id })[0]?.progress).toBeGreaterThan(o.goal.progress);
    for (const [name, save] of Object.entries(editors(o))) {
      const loaded = name === 'interaction' ? o.interaction.version : 1;
      expect(save(loaded, `${name} saved after the appends`), name).toBe(loaded + 1);
    }
  });

  it('another writer changing an edited column (a status button, an import) makes the open form stale; derived facts do not', () => {
    const loaded = student();
    call('students.setStatus', { id: loaded.id, status: 'archived' });
    const refused = fails('students.update', { id: loaded.id, version: 1, firstName: 'Ada', lastName: 'Lovelace', labels: [] });
    expect(refused.message).toBe(
      'Ada Lovelace was changed by someone else while you were editing; nothing was saved. Compare the changes, then apply yours again or keep theirs.',
    );
    expect(refused.details).toMatchObject({ reason: 'stale', version: 2, updatedBy: null });
    // Setting a column to the value it has is no change.
    call('students.setStatus', { id: loaded.id, status: 'archived' });
    t.db.sqlite.prepare('update students set first_name = first_name where id = ?').run(loaded.id);
    expect(call('students.get', { id: loaded.id }).version).toBe(2);
  });

  it('a refused save of a record that was deleted says so', () => {
    const o = office();
    call('interactions.delete', { id: o.interaction.id });
    const refused = fails('interactions.update', { id: o.interaction.id, version: 1, kind: 'conversation', occurredOn: today });
    expect(refused).toMatchObject({ code: 'not_found' });
  });

  it('the timeline carries the version an interaction is edited on', () => {
    const o = office();
    const item = present(call('students.timeline', { studentId: o.s.id, kinds: ['interaction'] }).rows[0]);
    expect(item).toMatchObject({ interactionId: o.interaction.id, interactionVersion: 1 });
    call('interactions.update', { id: o.interaction.id, version: 1, kind: 'conversation', occurredOn: today, summary: 'Edited' });
    expect(call('students.timeline', { studentId: o.s.id, kinds: ['interaction'] }).rows[0]?.interactionVersion).toBe(2);
  });
});
