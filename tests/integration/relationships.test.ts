import { describe, expect, it } from 'vitest';
import { interactionKinds, type InteractionKind, type RelationshipKind } from '../../shared/domain';
import { addDays } from '../../electron/core/dates';
import { localToday } from '../../electron/core/dates';
import { domainTableCounts } from '../../electron/core/db/bulk';
import type { ProcedureInput } from '../../shared/api/contract';
import { freshDbForEachTest } from './helpers';

const t = freshDbForEachTest();
const today = localToday();
const { call, fails } = t;

const count = (q: string, ...p: unknown[]) =>
  t.db.sqlite
    .prepare(q)
    .pluck()
    .get(...p);

function student(first = 'Ada', extra: object = {}) {
  return call('students.create', {
    firstName: first,
    lastName: 'Lovelace',
    personalEmail: 'ada@example.com',
    phone: '555-0100',
    ...extra,
  }).id;
}
function employer(name = 'Acme Labs') {
  return call('employers.create', { name, industry: 'Technology' }).id;
}
function contact(first = 'Dana', extra: object = {}) {
  return call('contacts.create', {
    firstName: first,
    lastName: 'Lee',
    email: `${first.toLowerCase()}@acme.example`,
    ...extra,
  }).id;
}
function connect(studentId: number, contactId: number, relationship: RelationshipKind = 'supervisor', sinceOn: string | null = today, extra: object = {}) {
  return call('connections.create', { studentId, contactId, relationship, sinceOn, ...extra }).id;
}
/** A placement from `startDaysAgo` to `endDaysAgo` days ago (negative: days ahead); an internship at a new employer unless `extra` says otherwise. */
function placementFor(studentId: number, startDaysAgo: number, endDaysAgo: number, extra: Partial<ProcedureInput<'placements.create'>> = {}) {
  const [startOn, endOn] = [addDays(today, -startDaysAgo), addDays(today, -endDaysAgo)];
  return call('placements.create', { studentId, kind: 'internship', role: 'Intern', startOn, endOn, ...extra, employerId: extra.employerId ?? employer() }).id;
}
function cadenceOf(connectionId: number, studentId: number) {
  const list = call('connections.forStudent', { studentId });
  const found = list.find((c) => c.id === connectionId);
  if (!found) throw new Error('connection not listed');
  return found;
}

describe('keep-in-touch cadence', () => {
  it('is fresh up to the ideal window, cooling past it, stale past the maximum (supervisor 90/180)', () => {
    const s = student();
    const cases: [number, string][] = [
      [0, 'fresh'],
      [90, 'fresh'],
      [91, 'cooling'],
      [180, 'cooling'],
      [181, 'stale'],
    ];
    for (const [days, expected] of cases) {
      const c = connect(s, contact(`C${days}`), 'supervisor', addDays(today, -days));
      expect(cadenceOf(c, s), `${days} days`).toMatchObject({ cadence: expected, daysSinceTouch: days });
    }
  });

  it('never shows family and friends as cooling or stale', () => {
    const s = student();
    const c = connect(s, contact(), 'personal', addDays(today, -900));
    expect(cadenceOf(c, s).cadence).toBe('fresh');
  });

  it('follows edited windows', () => {
    const s = student();
    const c = connect(s, contact(), 'mentor', addDays(today, -50));
    expect(cadenceOf(c, s).cadence).toBe('fresh');
    const windows = call('keepInTouch.windows', {});
    call('keepInTouch.updateWindows', {
      windows: windows.map((w) => (w.relationship === 'mentor' ? { ...w, idealDays: 30, maxDays: 45 } : w)),
    });
    expect(cadenceOf(c, s).cadence).toBe('stale');
    expect(fails('keepInTouch.updateWindows', { windows: [{ relationship: 'mentor', idealDays: 60, maxDays: 30 }] })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'windows.0.maxDays' },
    });
  });

  it.each(interactionKinds)('resets the clock when a %s is logged, and falls back when it is removed', (kind) => {
    const s = student();
    const c = connect(s, contact(), 'supervisor', addDays(today, -300));
    expect(cadenceOf(c, s).cadence).toBe('stale');
    const interaction = call('interactions.create', { connectionId: c, kind, occurredOn: addDays(today, -3) });
    expect(cadenceOf(c, s)).toMatchObject({ cadence: 'fresh', daysSinceTouch: 3 });
    call('interactions.update', { id: interaction.id, kind, occurredOn: addDays(today, -120) });
    expect(cadenceOf(c, s)).toMatchObject({ cadence: 'cooling', daysSinceTouch: 120 });
    call('interactions.delete', { id: interaction.id });
    expect(cadenceOf(c, s).cadence).toBe('stale');
  });
});

describe('losing touch', () => {
  it('lists cooling and stale connections of active students, most overdue first, with the next touch', () => {
    const advisor = call('advisors.create', { name: 'Jordan Ellis', email: 'jordan@example.edu' }).id;
    const mine = student('Ada', { advisorId: advisor });
    const other = student('Grace');
    const archived = student('Alan', { advisorId: advisor });
    const dana = contact('Dana');
    const stale = connect(mine, dana, 'supervisor', addDays(today, -400));
    const cooling = connect(mine, contact('Eve'), 'mentor', addDays(today, -70));
    connect(mine, contact('Fay'), 'personal', addDays(today, -900));
    connect(mine, contact('Gus'), 'faculty', addDays(today, -5));
    connect(other, contact('Hal'), 'supervisor', addDays(today, -500));
    connect(archived, contact('Ivy'), 'supervisor', addDays(today, -500));
    call('students.setStatus', { id: archived, status: 'archived' });

    const list = call('keepInTouch.losingTouch', { advisorId: advisor });
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => r.connectionId)).toEqual([stale, cooling]);
    // Overdue counts days past the keep-in-touch maximum (a supervisor's 180 days), as on the dashboard and My day.
    expect(list.rows[0]).toMatchObject({ cadence: 'stale', overdueDays: 220, suggestedKind: 'thank_you_email' });
    expect(list.rows[0]?.suggestion).toBe('Send Dana Lee a thank-you email: no contact logged since connecting 13 months ago');
    expect(list.rows[1]).toMatchObject({ cadence: 'cooling', suggestedKind: 'linkedin_connection' });
    expect(call('keepInTouch.losingTouch', { advisorId: advisor, state: 'stale' }).total).toBe(1);
    expect(call('keepInTouch.losingTouch', { advisorId: null }).total).toBe(3);

    call('interactions.create', { connectionId: cooling, kind: 'conversation', occurredOn: addDays(today, -65) });
    expect(call('keepInTouch.losingTouch', { advisorId: advisor, state: 'cooling' }).rows[0]?.suggestion).toBe(
      'Connect with Eve Lee on LinkedIn: last contact 2 months ago',
    );
    // One click: log the suggested touch today, and the connection leaves the list.
    call('interactions.create', { connectionId: stale, kind: 'thank_you_email', occurredOn: today });
    expect(call('keepInTouch.losingTouch', { advisorId: advisor }).rows.map((r) => r.connectionId)).toEqual([cooling]);
  });

  it('adds last activity and stale connections to the students table', () => {
    const s = student();
    connect(s, contact('Dana'), 'supervisor', addDays(today, -400));
    const c = connect(s, contact('Eve'), 'mentor', addDays(today, -400));
    call('interactions.create', { connectionId: c, kind: 'conversation', occurredOn: addDays(today, -2) });
    const row = call('students.list', {}).rows[0];
    expect(row).toMatchObject({ lastActivityOn: addDays(today, -2), staleConnections: 1 });
  });
});

describe('internship wrap-up', () => {
  it('ticks each supporter item from the matching logged interaction', () => {
    const s = student();
    const placement = placementFor(s, 100, 10, { role: 'Data Intern' });
    const supervisor = connect(s, contact('Dana'), 'supervisor', addDays(today, -100), { placementId: placement });
    connect(s, contact('Mo'), 'mentor', addDays(today, -100)); // not a placement supporter
    const items = () => {
      const [wrapUp] = call('wrapUp.forStudent', { studentId: s });
      if (!wrapUp) throw new Error('no wrap-up');
      expect(wrapUp.supporters.map((x) => x.connectionId)).toEqual([supervisor]);
      return { complete: wrapUp.complete, done: wrapUp.supporters[0]?.items.filter((i) => i.done).map((i) => i.item) };
    };
    expect(items()).toEqual({ complete: false, done: [] });
    // Before the wrap-up window (during the placement) a thank-you does not count.
    call('interactions.create', { connectionId: supervisor, kind: 'thank_you_note', occurredOn: addDays(today, -60) });
    expect(items().done).toEqual([]);
    call('interactions.create', { connectionId: supervisor, kind: 'thank_you_note', occurredOn: addDays(today, -5) });
    call('interactions.create', { connectionId: supervisor, kind: 'thank_you_email', occurredOn: today });
    expect(items().done).toEqual(['thank_you_note']);
    call('interactions.create', {
      connectionId: supervisor,
      kind: 'thank_you_email',
      occurredOn: today,
      sharedContactDetails: true,
    });
    call('interactions.create', {
      connectionId: supervisor,
      kind: 'linkedin_connection',
      occurredOn: addDays(today, -80),
    });
    expect(items().done).toEqual(['thank_you_note', 'thank_you_email', 'linkedin_connection']);
    call('interactions.create', { connectionId: supervisor, kind: 'milestone_update', occurredOn: today });
    expect(items()).toEqual({
      complete: true,
      done: ['thank_you_note', 'thank_you_email', 'linkedin_connection', 'milestone_update'],
    });
  });

  it('makes the placement supervisor a supporter, or links their existing connection', () => {
    const s = student();
    const acme = employer();
    const dana = contact('Dana');
    const placement = placementFor(s, 90, 5, { employerId: acme, supervisorContactId: dana });
    const [wrapUp] = call('wrapUp.forStudent', { studentId: s });
    expect(wrapUp?.supporters).toEqual([expect.objectContaining({ contactName: 'Dana Lee', relationship: 'supervisor' })]);
    expect(count('select placement_id from connections where contact_id = ?', dana)).toBe(placement);

    const eve = contact('Eve');
    const existing = connect(s, eve, 'supervisor', addDays(today, -300));
    call('placements.update', {
      id: placement,
      studentId: s,
      employerId: acme,
      kind: 'internship',
      role: 'Intern',
      supervisorContactId: eve,
      startOn: addDays(today, -90),
      endOn: addDays(today, -5),
    });
    expect(count('select placement_id from connections where id = ?', existing)).toBe(placement);
    expect(count(`select count(*) from connections where student_id = ? and relationship = 'supervisor'`, s)).toBe(2);
  });

  it('keeps a finished wrap-up in view for a month only', () => {
    const s = student();
    const e = employer();
    const done = (endDaysAgo: number) => {
      const p = placementFor(s, 400, endDaysAgo, { employerId: e, kind: 'job', role: `Ended ${endDaysAgo}` });
      const c = connect(s, contact(`Sup${endDaysAgo}`), 'supervisor', addDays(today, -400), { placementId: p });
      for (const kind of ['thank_you_note', 'linkedin_connection', 'milestone_update'] satisfies InteractionKind[])
        call('interactions.create', { connectionId: c, kind, occurredOn: addDays(today, -endDaysAgo) });
      call('interactions.create', {
        connectionId: c,
        kind: 'thank_you_email',
        occurredOn: addDays(today, -endDaysAgo),
        sharedContactDetails: true,
      });
    };
    done(20);
    done(45);
    expect(call('wrapUp.forStudent', { studentId: s })).toEqual([expect.objectContaining({ role: 'Ended 20', complete: true })]);
  });

  it('covers placements ending within 14 days but not later ones', () => {
    const s = student();
    const e = employer();
    placementFor(s, 60, -14, { employerId: e, kind: 'co_op', role: 'A' });
    placementFor(s, 60, -15, { employerId: e, kind: 'co_op', role: 'B' });
    expect(call('wrapUp.forStudent', { studentId: s }).map((w) => w.role)).toEqual(['A']);
  });
});

describe('contacts', () => {
  it('merges a duplicate, keeping every connection and interaction', () => {
    const acme = employer();
    const ada = student('Ada');
    const bob = student('Bob');
    const keep = contact('Dana', { employerId: acme, email: 'dana@acme.example' });
    const dup = contact('Dana', { employerId: acme, email: 'DANA@acme.example', phone: '555-0199', title: 'Manager' });
    expect(call('contacts.duplicates', { id: keep }).map((c) => c.id)).toEqual([dup]);
    const kept = connect(ada, keep, 'supervisor', addDays(today, -30));
    const combined = connect(ada, dup, 'supervisor', addDays(today, -200), {
      referenceStatus: 'agreed',
      referenceStatusOn: addDays(today, -20),
    });
    const moved = connect(bob, dup, 'mentor', addDays(today, -50));
    for (const c of [kept, combined, combined, moved]) call('interactions.create', { connectionId: c, kind: 'conversation', occurredOn: addDays(today, -1) });
    const before = domainTableCounts(t.db).interactions;

    const result = call('contacts.merge', {
      keepId: keep,
      mergeId: dup,
    });
    expect(result).toMatchObject({
      movedConnections: 1,
      combinedConnections: 1,
      movedInteractions: 3,
      contact: { phone: '555-0199', title: 'Manager' },
    });
    expect(domainTableCounts(t.db).interactions).toBe(before);
    expect(count('select count(*) from interactions i join connections c on c.id = i.connection_id where c.contact_id = ?', keep)).toBe(before);
    expect(count('select count(*) from contacts where id = ?', dup)).toBe(0);
    const connections = call('contacts.connections', { contactId: keep });
    expect(connections).toHaveLength(2);
    expect(connections.find((c) => c.id === kept)).toMatchObject({
      referenceStatus: 'agreed',
      sinceOn: addDays(today, -200),
    });
    expect(count(`select count(*) from audit_log where action = 'delete' and entity = 'contact' and entity_id = ?`, dup)).toBe(1);
  });

  it('previews a merge, naming the connections it combines', () => {
    const ada = student('Ada');
    const keep = contact('Dana');
    const dup = contact('Dina');
    connect(ada, keep, 'supervisor');
    const c = connect(ada, dup, 'supervisor');
    connect(ada, dup, 'mentor');
    call('interactions.create', { connectionId: c, kind: 'conversation', occurredOn: today });
    expect(call('contacts.mergePreview', { keepId: keep, mergeId: dup })).toEqual({
      connectionsToMove: 1,
      interactions: 1,
      connectionsToCombine: [{ studentName: 'Ada Lovelace', relationship: 'supervisor' }],
    });
    expect(fails('contacts.mergePreview', { keepId: keep, mergeId: keep }).details).toMatchObject({ field: 'mergeId' });
  });

  it('says what goes with a deleted contact, and records the deletion', () => {
    const s = student();
    const c = contact();
    const conn = connect(s, c);
    call('interactions.create', { connectionId: conn, kind: 'conversation', occurredOn: today });
    call('placements.create', {
      studentId: s,
      employerId: employer(),
      kind: 'job',
      role: 'Analyst',
      startOn: today,
      supervisorContactId: c,
    });
    call('tasks.create', { title: 'Check back with them', dueOn: today, studentId: null, contactId: c });
    call('tasks.create', { title: 'Introduce them to Ada', dueOn: today, studentId: s, contactId: c });
    expect(call('contacts.deletePreview', { id: c })).toEqual({
      connections: 1,
      interactions: 1,
      students: 1,
      placementsSupervised: 1,
      tasks: 2,
    });
    call('contacts.delete', { id: c });
    expect(count('select count(*) from tasks')).toBe(0);
    expect(count('select count(*) from interactions')).toBe(0);
    expect(count('select count(*) from placements where supervisor_contact_id is null')).toBe(1);
    expect(count(`select count(*) from audit_log where action = 'delete' and entity = 'contact'`)).toBe(1);
  });

  it('filters the contact list by industry, relationship and mentors, and counts mentor capacity used', () => {
    const tech = employer('Acme Labs');
    const health = call('employers.create', { name: 'Harbor Health', industry: 'Healthcare' }).id;
    const mentor = contact('Mia', { employerId: tech, isMentor: true, mentorCapacity: 2 });
    contact('Nat', { employerId: health });
    connect(student('Ada'), mentor, 'mentor');
    const byIndustry = call('contacts.list', { industry: 'Healthcare' });
    expect(byIndustry.total).toBe(1);
    const mentors = call('contacts.list', { relationship: 'mentor', mentorsOnly: true });
    expect(mentors.rows).toEqual([expect.objectContaining({ mentorshipsActive: 1, mentorCapacity: 2 })]);
  });
});

describe('bad input', () => {
  it('refuses future dates for things that happened, naming the field', () => {
    const s = student();
    const c = connect(s, contact());
    const tomorrow = addDays(today, 1);
    expect(fails('interactions.create', { connectionId: c, kind: 'conversation', occurredOn: tomorrow })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'occurredOn' },
    });
    expect(fails('connections.create', { studentId: s, contactId: contact('X'), relationship: 'mentor', sinceOn: tomorrow }).details).toMatchObject({
      field: 'sinceOn',
    });
    expect(count('select count(*) from interactions')).toBe(0);
  });

  it('refuses an end date before the start date', () => {
    const error = fails('placements.create', {
      studentId: student(),
      employerId: employer(),
      kind: 'internship',
      role: 'Intern',
      startOn: '2026-06-01',
      endOn: '2026-05-01',
    });
    expect(error.message).toBe('Invalid input for placements.create: endOn must be on or after the start date');
  });

  it('refuses a second connection in the same relationship, and says who', () => {
    const s = student();
    const c = contact();
    connect(s, c, 'supervisor');
    expect(fails('connections.create', { studentId: s, contactId: c, relationship: 'supervisor' }).message).toBe(
      'Ada Lovelace is already connected to Dana Lee as supervisor.',
    );
    connect(s, c, 'mentor');
  });

  it('bulk-logs all or nothing', () => {
    const s = student();
    const a = connect(s, contact('A'));
    const b = connect(s, contact('B'));
    expect(fails('interactions.bulkCreate', { connectionIds: [a, b, 9999], kind: 'thank_you_email', occurredOn: today }).details).toMatchObject({
      field: 'connectionIds',
    });
    expect(count('select count(*) from interactions')).toBe(0);
    expect(
      call('interactions.bulkCreate', {
        connectionIds: [a, b],
        kind: 'thank_you_email',
        occurredOn: today,
        summary: 'Thank-you emails',
      }),
    ).toEqual({ created: 2 });
    expect(count(`select count from audit_log where action = 'bulk_change'`)).toBe(2);
  });
});

describe('timeline and milestones', () => {
  it('shows everything newest first and filters by kind', () => {
    const s = student();
    const c = connect(s, contact(), 'supervisor', addDays(today, -100));
    placementFor(s, 100, 20);
    call('interactions.create', {
      connectionId: c,
      kind: 'thank_you_note',
      occurredOn: addDays(today, -10),
      summary: 'Card',
    });
    call('milestones.create', {
      studentId: s,
      kind: 'applied',
      occurredOn: addDays(today, -1),
      description: 'Analyst role at Acme',
    });
    const all = call('students.timeline', { studentId: s });
    expect(all.rows.map((r) => r.title)).toEqual([
      'Milestone: Applied for a job',
      'Thank-you note · Dana Lee',
      'Finished Intern at Acme Labs',
      'Started Intern at Acme Labs',
    ]);
    const onlyInteractions = call('students.timeline', { studentId: s, kinds: ['interaction'] });
    expect(onlyInteractions.total).toBe(1);
  });

  it('orders same-day entries by the order they were logged', () => {
    const s = student();
    const c = connect(s, contact(), 'supervisor', addDays(today, -10));
    for (let i = 0; i < 12; i++) call('interactions.create', { connectionId: c, kind: 'other', occurredOn: today, summary: `note ${i}` });
    const rows = call('students.timeline', { studentId: s, kinds: ['interaction'] }).rows;
    expect(rows.map((r) => r.detail).slice(0, 3)).toEqual(['note 11', 'note 10', 'note 9']);
  });

  it('unlinks milestone updates when a milestone goes (the foreign key sets null)', () => {
    const fk = t.db.sqlite.prepare(`select on_delete from pragma_foreign_key_list('interactions') where "from" = 'milestone_id'`).pluck().get();
    expect(fk).toBe('SET NULL');
  });

  it('suggests the recommender first, then supervisors and mentors, and logs each update sent', () => {
    const s = student();
    const faculty = connect(s, contact('Fay'), 'faculty');
    const mentor = connect(s, contact('Mo'), 'mentor');
    const supervisor = connect(s, contact('Sam'), 'supervisor', addDays(today, -300));
    const recommenderContact = contact('Rex');
    const recommender = connect(s, recommenderContact, 'informational_interview');
    connect(s, contact('Pat'), 'personal');
    const milestone = call('milestones.create', {
      studentId: s,
      kind: 'applied',
      occurredOn: today,
      recommendedByContactId: recommenderContact,
    });
    expect(milestone.suggestions.map((x) => x.connectionId)).toEqual([recommender, supervisor, mentor, faculty]);
    expect(milestone.suggestions[0]?.reason).toBe('Recommended this opportunity');
    const sent = call('milestones.markSent', {
      milestoneId: milestone.id,
      connectionIds: [recommender, supervisor],
      occurredOn: today,
    });
    expect(sent.suggestions.filter((x) => x.sentOn !== null).map((x) => x.connectionId)).toEqual([recommender, supervisor]);
    expect(cadenceOf(supervisor, s).cadence).toBe('fresh');
    // Marking again does not log twice.
    call('milestones.markSent', { milestoneId: milestone.id, connectionIds: [recommender], occurredOn: today });
    expect(count(`select count(*) from interactions where kind = 'milestone_update'`)).toBe(2);
  });
});
