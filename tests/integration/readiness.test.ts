import { describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/api/contract';
import type { InteractionKind } from '../../shared/domain';
import type { ReferenceCandidate, StudentReadiness } from '../../shared/api/readiness';
import { addDays, localToday } from '../../electron/core/dates';
import { studentReadiness } from '../../electron/core/readiness/service';
import { dashboardReadiness } from '../../electron/core/dashboard/readiness';
import { freshDbForEachTest, present, studentOnFile, type StudentFields } from './helpers';

const t = freshDbForEachTest();
const today = localToday();
const { call, fails } = t;

const monthsAgo = (months: number, from = today): string => String(t.db.sqlite.prepare(`select date(?, ?)`).pluck().get(from, `-${months} months`));

const student = (first = 'Sam', extra: StudentFields = {}) => studentOnFile(call, first, 'Rivera', extra);
function contact(first = 'Dana', extra: object = {}) {
  const employerId = call('employers.create', { name: `Acme ${first}` }).id;
  return call('contacts.create', {
    firstName: first,
    lastName: 'Lee',
    title: 'Engineering Manager',
    employerId,
    email: `${first.toLowerCase()}@acme.example`,
    phone: '555-0199',
    preferredMethod: 'email',
    verifiedOn: addDays(today, -30),
    ...extra,
  }).id;
}

type ConnectionInput = ProcedureInput<'connections.create'>;
type ConnectionSetup = Partial<Pick<ConnectionInput, 'relationship' | 'sinceOn' | 'referenceStatus' | 'referenceStatusOn' | 'resumeSharedOn'>>;
const connectionInputs = new Map<number, ConnectionInput>();
function connect(studentId: number, contactId: number, setup: ConnectionSetup = {}) {
  const input: ConnectionInput = {
    studentId,
    contactId,
    relationship: 'supervisor',
    sinceOn: monthsAgo(12),
    referenceStatus: 'agreed',
    referenceStatusOn: addDays(today, -20),
    resumeSharedOn: addDays(today, -10),
    ...setup,
  };
  const id = call('connections.create', input).id;
  connectionInputs.set(id, input);
  return id;
}
function update(connectionId: number, patch: ConnectionSetup) {
  const merged: ConnectionInput = { ...present(connectionInputs.get(connectionId), 'connection'), ...patch };
  const { studentId: _s, contactId: _c, ...fields } = merged;
  connectionInputs.set(connectionId, merged);
  call('connections.update', { id: connectionId, ...fields });
}
function log(connectionId: number, kind: InteractionKind, occurredOn: string, sharedContactDetails = false) {
  return call('interactions.create', { connectionId, kind, occurredOn, sharedContactDetails }).id;
}
/** A reference with every checklist item met. */
function readyReference(studentId: number, first = 'Dana', setup: ConnectionSetup = {}) {
  const c = connect(studentId, contact(first), setup);
  log(c, 'thank_you_email', addDays(today, -15), true);
  return c;
}
function candidate(studentId: number, connectionId: number, on = today): ReferenceCandidate {
  const found = studentReadiness(t.db, studentId, on).candidates.find((c) => c.connectionId === connectionId);
  if (!found) throw new Error('not a candidate');
  return found;
}
const item = (c: ReferenceCandidate, name: string) => c.checks.find((k) => k.item === name);

describe('reference readiness checklist', () => {
  it('writes its dates in the office’s date format (Settings → Office → Date format)', () => {
    const s = student();
    const c = connect(s, contact(), { sinceOn: '2025-03-03' });
    expect(item(candidate(s, c), 'knownLongEnough')?.detail).toContain('Known since 3 Mar 2025');
    expect(call('settings.update', { dateFormat: 'mmm-d-yyyy' }).dateFormat).toBe('mmm-d-yyyy');
    expect(item(candidate(s, c), 'knownLongEnough')?.detail).toContain('Known since Mar 3, 2025');
    call('settings.update', { dateFormat: 'iso' });
    expect(item(candidate(s, c), 'knownLongEnough')?.detail).toContain('Known since 2025-03-03');
    expect(fails('settings.update', { dateFormat: 'dd/mm/yy' })).toMatchObject({ code: 'invalid_input', details: { field: 'dateFormat' } });
  });

  it('a reference with every item met is ready, with no next action', () => {
    const s = student();
    const c = readyReference(s);
    const found = candidate(s, c);
    expect(found.status).toBe('ready');
    expect(found.points).toBe(100);
    expect(found.checks.every((k) => k.met)).toBe(true);
    expect(found.nextAction).toBeNull();
  });

  it('eligible: supervisors are strong, informational interviews weak, personal and met-at-event never candidates', () => {
    const s = student();
    const strong = readyReference(s, 'Strong');
    const weak = readyReference(s, 'Weak', { relationship: 'informational_interview' });
    connect(s, contact('Family'), { relationship: 'personal' });
    connect(s, contact('Fair'), { relationship: 'met_at_event' });
    const r = studentReadiness(t.db, s, today);
    expect(r.candidates.map((c) => c.connectionId)).toEqual([strong, weak]);
    expect(r.candidates.map((c) => c.strength)).toEqual(['strong', 'weak']);
    expect(r.notEligible).toBe(2);
    expect(candidate(s, weak).points).toBe(95); // half the eligibility weight
  });

  it('known long enough: exactly the set number of months counts, a day less does not; no date means record it', () => {
    const s = student();
    const c = readyReference(s, 'Dana', { sinceOn: monthsAgo(6) });
    expect(item(candidate(s, c), 'knownLongEnough')?.met).toBe(true);
    update(c, { sinceOn: addDays(monthsAgo(6), 1) });
    const notYet = candidate(s, c);
    expect(item(notYet, 'knownLongEnough')?.met).toBe(false);
    expect(item(notYet, 'knownLongEnough')?.action).toMatch(/^Wait until \d+ \w{3} \d{4}, when Sam will have known Dana Lee for 6 months$/);
    update(c, { sinceOn: null });
    expect(item(candidate(s, c), 'knownLongEnough')?.action).toBe('Record when Sam met Dana Lee');
  });

  it('known long enough follows the placement start when the connection has no since-date, and the months setting', () => {
    const s = student();
    const dana = contact('Dana');
    const employerId = call('employers.create', { name: 'Placement Co' }).id;
    const placement = call('placements.create', {
      studentId: s,
      employerId,
      kind: 'internship',
      role: 'Analyst intern',
      startOn: monthsAgo(4),
      endOn: addDays(today, -20),
    }).id;
    const c = connect(s, dana, { sinceOn: null });
    call('connections.update', {
      id: c,
      relationship: 'supervisor',
      sinceOn: null,
      placementId: placement,
      referenceStatus: 'agreed',
      referenceStatusOn: addDays(today, -20),
      resumeSharedOn: addDays(today, -10),
    });
    expect(item(candidate(s, c), 'knownLongEnough')?.met).toBe(false);
    const rules = call('readiness.rules', {});
    call('readiness.updateRules', { ...rules, knownMonths: 4 });
    expect(item(candidate(s, c), 'knownLongEnough')?.met).toBe(true);
  });

  it('thanked: a thank-you counts from two weeks before the placement ended, not earlier', () => {
    const s = student();
    const dana = contact('Dana');
    const employerId = call('employers.create', { name: 'Placement Co' }).id;
    const endOn = addDays(today, -30);
    const placement = call('placements.create', {
      studentId: s,
      employerId,
      kind: 'internship',
      role: 'Analyst intern',
      startOn: monthsAgo(12),
      endOn,
    }).id;
    const c = connect(s, dana);
    call('connections.update', {
      id: c,
      relationship: 'supervisor',
      sinceOn: monthsAgo(12),
      placementId: placement,
      referenceStatus: 'agreed',
      referenceStatusOn: addDays(today, -20),
      resumeSharedOn: addDays(today, -10),
    });
    log(c, 'contact_details_shared', addDays(today, -5));
    log(c, 'thank_you_note', addDays(endOn, -15));
    const early = candidate(s, c);
    expect(item(early, 'thanked')?.met).toBe(false);
    expect(early.nextAction).toBe('Sam sends Dana Lee a thank-you for the Analyst intern at Placement Co');
    log(c, 'thank_you_note', addDays(endOn, -14));
    expect(item(candidate(s, c), 'thanked')?.met).toBe(true);
  });

  it('thanked after an informational interview means on or after the interview', () => {
    const s = student();
    const c = connect(s, contact('Ivy'), { relationship: 'informational_interview' });
    log(c, 'contact_details_shared', addDays(today, -5));
    log(c, 'thank_you_email', addDays(today, -41));
    log(c, 'informational_interview', addDays(today, -40));
    expect(item(candidate(s, c), 'thanked')?.met).toBe(false);
    log(c, 'thank_you_email', addDays(today, -40));
    expect(item(candidate(s, c), 'thanked')?.met).toBe(true);
  });

  it('personal details shared: a thank-you email with details or an explicit interaction; a plain email is not enough', () => {
    const s = student();
    const c = connect(s, contact('Dana'));
    log(c, 'thank_you_email', addDays(today, -15), false);
    expect(item(candidate(s, c), 'detailsShared')?.met).toBe(false);
    log(c, 'contact_details_shared', addDays(today, -3));
    expect(item(candidate(s, c), 'detailsShared')?.met).toBe(true);
  });

  it('in touch: up to the maximum window inclusive (supervisor 180 days), then stale', () => {
    const s = student();
    const c = connect(s, contact('Dana'), {
      sinceOn: monthsAgo(24),
      referenceStatusOn: addDays(today, -400),
      resumeSharedOn: addDays(today, -390),
    });
    log(c, 'thank_you_email', addDays(today, -180), true);
    expect(candidate(s, c).status).toBe('ready');
    expect(candidate(s, c, addDays(today, 1)).status).toBe('stale');
    const stale = candidate(s, c, addDays(today, 1));
    expect(stale.nextAction).toMatch(/^Sam gets back in touch with Dana Lee \(last contact/);
  });

  it('contact details: the preferred method must be on file and verified within 12 months', () => {
    const s = student();
    const dana = contact('Dana', { preferredMethod: 'phone', phone: null, verifiedOn: monthsAgo(12) });
    const c = connect(s, dana);
    log(c, 'thank_you_email', addDays(today, -15), true);
    const noPhone = candidate(s, c);
    expect(item(noPhone, 'contactCurrent')?.action).toBe("Add Dana Lee's phone (their preferred method)");
    // The button offers the phone field from this answer, without reading the contact.
    expect(noPhone.missingDetail).toBe('phone');
    // No preferred method and nothing on file: either detail would do, and the button asks for an email.
    const eve = connect(s, contact('Eve', { preferredMethod: null, email: null, phone: null }));
    log(eve, 'thank_you_email', addDays(today, -15), true);
    expect(item(candidate(s, eve), 'contactCurrent')).toMatchObject({ detail: 'No email or phone on file', action: 'Add an email or phone for Eve Lee' });
    expect(candidate(s, eve).missingDetail).toBe('email');
    // Dana's details with the phone on file, last verified on the day given.
    const verified = (verifiedOn: string) =>
      call('contacts.update', {
        id: dana,
        firstName: 'Dana',
        lastName: 'Lee',
        phone: '555-0199',
        preferredMethod: 'phone',
        email: 'dana@acme.example',
        verifiedOn,
      });
    verified(monthsAgo(12));
    expect(item(candidate(s, c), 'contactCurrent')?.met).toBe(true);
    expect(candidate(s, c).missingDetail).toBeNull();
    verified(addDays(monthsAgo(12), -1));
    const old = candidate(s, c);
    expect(item(old, 'contactCurrent')?.met).toBe(false);
    expect(item(old, 'contactCurrent')?.action).toMatch(/^Confirm Dana Lee's contact details \(verified /);
  });

  it('permission: not asked → ask with name and role; asked → follow up with the date; agreed needs its date', () => {
    const s = student();
    const c = readyReference(s, 'Dana', {
      referenceStatus: 'not_asked',
      referenceStatusOn: null,
      resumeSharedOn: null,
    });
    const notAsked = candidate(s, c);
    expect(notAsked.status).toBe('almost');
    expect(notAsked.nextAction).toBe('Ask Dana Lee (supervisor, Acme Dana) whether they will be a reference');
    update(c, { referenceStatus: 'asked', referenceStatusOn: addDays(today, -3) });
    expect(candidate(s, c).nextAction).toMatch(/^Follow up with Dana Lee: asked on \d+ \w{3} \d{4}, no answer recorded$/);
    update(c, { referenceStatus: 'declined', referenceStatusOn: addDays(today, -1) });
    expect(studentReadiness(t.db, s, today).candidates).toHaveLength(0);
  });

  it('resume: shared on or after the agreement counts; shared before it does not', () => {
    const s = student();
    const c = readyReference(s, 'Dana', {
      referenceStatusOn: addDays(today, -20),
      resumeSharedOn: addDays(today, -20),
    });
    expect(item(candidate(s, c), 'resumeShared')?.met).toBe(true);
    update(c, { resumeSharedOn: addDays(today, -21) });
    const before = candidate(s, c);
    expect(item(before, 'resumeShared')?.met).toBe(false);
    expect(before.nextAction).toBe("Send Dana Lee Sam's current resume and the job description");
  });

  it('moves almost → ready → stale as the records and the days change', () => {
    const s = student();
    const c = connect(s, contact('Dana'), { resumeSharedOn: null });
    log(c, 'thank_you_email', addDays(today, -100), true);
    expect(candidate(s, c).status).toBe('almost');
    update(c, { resumeSharedOn: addDays(today, -10) });
    expect(candidate(s, c).status).toBe('ready');
    expect(candidate(s, c, addDays(today, 81)).status).toBe('stale');
    log(c, 'conversation', today);
    expect(candidate(s, c, addDays(today, 81)).status).toBe('ready');
  });
});

describe('student readiness', () => {
  it('orders candidates by readiness, then relationship strength, then recency', () => {
    const s = student();
    const coworkerReady = readyReference(s, 'Cora', { relationship: 'coworker' });
    const supervisorAlmost = connect(s, contact('Sid'), { resumeSharedOn: null });
    log(supervisorAlmost, 'thank_you_email', addDays(today, -15), true);
    const notAskedMentor: ConnectionSetup = { relationship: 'mentor', referenceStatus: 'not_asked', referenceStatusOn: null, resumeSharedOn: null };
    const mentorOld = connect(s, contact('Mona'), notAskedMentor);
    log(mentorOld, 'conversation', addDays(today, -50));
    const mentorRecent = connect(s, contact('Milo'), notAskedMentor);
    log(mentorRecent, 'conversation', addDays(today, -5));
    const supervisorReady = readyReference(s, 'Sue');
    const ids = studentReadiness(t.db, s, today).candidates.map((c) => c.connectionId);
    expect(ids).toEqual([supervisorReady, coworkerReady, supervisorAlmost, mentorRecent, mentorOld]);
  });

  it('levels: not started without candidates, building below the target, ready at it', () => {
    const s = student();
    expect(studentReadiness(t.db, s, today)).toMatchObject({ level: 'not_started', readyReferences: 0, score: 0 });
    readyReference(s, 'One');
    readyReference(s, 'Two');
    expect(studentReadiness(t.db, s, today)).toMatchObject({ level: 'building', readyReferences: 2, target: 3 });
    readyReference(s, 'Three');
    expect(studentReadiness(t.db, s, today)).toMatchObject({ level: 'ready', readyReferences: 3, score: 100 });
  });

  it('the score is the average of the best candidates named in the reasons', () => {
    const s = student();
    readyReference(s, 'One');
    const almost = connect(s, contact('Two'), { resumeSharedOn: null });
    log(almost, 'thank_you_email', addDays(today, -15), true);
    connect(s, contact('Three'), {
      relationship: 'informational_interview',
      referenceStatus: 'not_asked',
      referenceStatusOn: null,
      resumeSharedOn: null,
    });
    connect(s, contact('Four'), {
      referenceStatus: 'not_asked',
      referenceStatusOn: null,
      resumeSharedOn: null,
      sinceOn: null,
    });
    const r: StudentReadiness = studentReadiness(t.db, s, today);
    const best = [...r.candidates].sort((a, b) => b.points - a.points).slice(0, r.target);
    expect(r.score).toBe(Math.round(best.reduce((sum, c) => sum + c.points, 0) / r.target));
    const scoreReason = r.reasons.find((reason) => reason.startsWith(`Score ${r.score}:`));
    expect(scoreReason).toBeDefined();
    const listed = [...(scoreReason ?? '').matchAll(/ (\d+)(?=[,)])/g)].map((m) => Number(m[1]));
    expect(Math.round(listed.reduce((a, b) => a + b, 0) / r.target)).toBe(r.score);
    expect(r.reasons).toContain(`Two Lee is one step away: Send Two Lee Sam's current resume and the job description.`);
  });

  it('a missing candidate counts 0 in the score', () => {
    const s = student();
    readyReference(s, 'Only');
    const r = studentReadiness(t.db, s, today);
    expect(r.score).toBe(33);
    expect(r.reasons.some((reason) => reason.includes('2 missing candidates 0'))).toBe(true);
  });

  it('the caseload columns agree with the panel, sort by readiness, and filter not ready', () => {
    const ready = student('Ready');
    for (const name of ['A', 'B', 'C']) readyReference(ready, `${name}ready`);
    const building = student('Building');
    readyReference(building, 'Bx');
    const none = student('None');
    const list = (input: object) => call('students.list', input);
    const byName = new Map(list({}).rows.map((r) => [r.displayName, r]));
    for (const [name, id] of [
      ['Ready Rivera', ready],
      ['Building Rivera', building],
      ['None Rivera', none],
    ] as const) {
      const panel = studentReadiness(t.db, id, today);
      expect(byName.get(name)).toMatchObject({ readyReferences: panel.readyReferences, readinessLevel: panel.level });
    }
    expect(list({ sort: 'readiness', direction: 'desc' }).rows.map((r) => r.displayName)).toEqual(['Ready Rivera', 'Building Rivera', 'None Rivera']);
    expect(list({ sort: 'readyCount', direction: 'asc' }).rows.map((r) => r.readyReferences)).toEqual([0, 1, 3]);
    expect(list({ readiness: 'not_ready' })).toMatchObject({ total: 2 });
    expect(list({ readiness: 'not_started' }).rows.map((r) => r.displayName)).toEqual(['None Rivera']);
    expect(list({ readiness: 'ready' }).rows.map((r) => r.displayName)).toEqual(['Ready Rivera']);
  });

  it('the dashboard counts levels and names students one action away with that action', () => {
    const ready = student('Ready', { cohort: 'Fall 2026', program: 'Biology', classYear: 2027 });
    for (const name of ['A', 'B', 'C']) readyReference(ready, `${name}ready`);
    const close = student('Close', { cohort: 'Fall 2026', program: 'History', classYear: 2027 });
    readyReference(close, 'One');
    readyReference(close, 'Two');
    const third = connect(close, contact('Third'), { resumeSharedOn: null });
    log(third, 'thank_you_email', addDays(today, -15), true);
    student('None', { cohort: 'Spring 2027', program: 'History', classYear: 2028 });
    const d = dashboardReadiness(t.db, {}, today);
    expect(d.distribution).toEqual([
      { level: 'ready', students: 1 },
      { level: 'building', students: 1 },
      { level: 'not_started', students: 1 },
    ]);
    expect(d.byCohort).toEqual([
      { value: 'Fall 2026', students: 2, ready: 1 },
      { value: 'Spring 2027', students: 1, ready: 0 },
    ]);
    expect(d.closestToReady).toEqual([
      {
        studentId: close,
        studentName: 'Close Rivera',
        readyReferences: 2,
        connectionId: expect.any(Number),
        contactId: expect.any(Number),
        contactName: 'Third Lee',
        referenceStatus: 'agreed',
        action: "Send Third Lee Close's current resume and the job description",
        // The item the action is about: the dashboard row's button records the resume as sent.
        nextItem: 'resumeShared',
        missingDetail: null,
      },
    ]);
    expect(dashboardReadiness(t.db, { program: 'History' }, today).distribution.map((l) => l.students)).toEqual([0, 1, 1]);
  });

  it('refuses readiness rules with every weight at zero, naming the field', () => {
    const rules = call('readiness.rules', {});
    const zero = Object.fromEntries(Object.keys(rules.weights).map((k) => [k, 0]));
    expect(fails('readiness.updateRules', { ...rules, weights: zero }).message).toMatch(/weights at least one weight must be above 0/);
  });
});

describe('readiness on the demo office', () => {
  it('has students at every level, some one action away, and the stored ready windows agree with the live checklist', async () => {
    const { createDemoOffice } = await import('../../electron/core/office/service');
    const { candidatesOf, summariesOf } = await import('../../electron/core/db/readiness');
    const { readinessRules } = await import('../../electron/core/office/readiness-rules');
    createDemoOffice(t.db, { students: 600, seed: 3, today: new Date(`${today}T12:00:00Z`) });
    const rules = readinessRules(t.db);
    const ids = t.db.sqlite.prepare('select id from students order by id').pluck().all().map(Number);
    // The live checklist (reference_facts compared with today) against the trigger-kept windows, for every day in a year.
    for (const day of [today, addDays(today, 45), addDays(today, 200)]) {
      const live = candidatesOf(t.db, ids, day, rules)
        .filter((c) => c.status === 'ready')
        .map((c) => c.connectionId);
      const stored = t.db.sqlite.prepare('select id from connections where ready_from <= ? and ready_until >= ? order by id').pluck().all(day, day).map(Number);
      expect(stored, day).toEqual([...live].sort((a, b) => a - b));
    }
    const levels = new Set(summariesOf(t.db, ids, today, rules).map((s) => s.level));
    expect([...levels].sort()).toEqual(['building', 'not_started', 'ready']);
    const d = dashboardReadiness(t.db, {}, today);
    expect(d.closestToReady.length).toBeGreaterThan(0);
    // Paging by readiness reads segments; the pages must add up to one full sort of the office.
    const readySql = `(select count(*) from connections c where c.student_id = s.id and c.ready_from <= :today and c.ready_until >= :today)`;
    const level = `case when ${readySql} >= 3 then 2 when s.reference_candidates > 0 then 1 else 0 end`;
    for (const [sort, direction] of [
      ['readiness', 'desc'],
      ['readiness', 'asc'],
      ['readyCount', 'desc'],
      ['readyCount', 'asc'],
    ] as const) {
      const keys = sort === 'readiness' ? `${level} ${direction}, ${readySql} ${direction}` : `${readySql} ${direction}`;
      const expected = t.db.sqlite.prepare(`select s.id from students s order by ${keys}, s.name_key, s.id`).pluck().all({ today }).map(Number);
      const paged: number[] = [];
      for (let page = 1; paged.length < expected.length && page < 100; page += 1) {
        paged.push(...call('students.list', { sort, direction, page, pageSize: 37 }).rows.map((r) => r.id));
      }
      expect(paged, `${sort} ${direction}`).toEqual(expected);
    }
    const byList = call('students.list', { readiness: 'ready', status: 'active' }).total;
    expect(d.distribution.find((l) => l.level === 'ready')?.students).toBe(byList);
  });
});

describe('one definition of a candidate', () => {
  it('the reference_facts view and the domain agree on which relationships can be references', async () => {
    const { strongReferenceRelationships, weakReferenceRelationships, relationshipKinds } = await import('../../shared/domain');
    const s = student();
    const expected: Record<string, number> = {};
    for (const relationship of relationshipKinds) {
      const c = connect(s, contact(relationship.replace(/_/g, '')), {
        relationship,
        referenceStatus: 'not_asked',
        referenceStatusOn: null,
        resumeSharedOn: null,
      });
      expected[c] = [...strongReferenceRelationships, ...weakReferenceRelationships].some((r) => r === relationship) ? 1 : 0;
    }
    const rows = t.db.sqlite.prepare('select connection_id as id, candidate from reference_facts').all();
    const actual = Object.fromEntries(
      rows.map((r) => (typeof r === 'object' && r !== null && 'id' in r && 'candidate' in r ? [String(r.id), Number(r.candidate)] : ['?', -1])),
    );
    expect(actual).toEqual(expected);
  });
});
