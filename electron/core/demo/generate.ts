import type { EventKind, GoalKind, InteractionKind, ReferenceStatus, RelationshipKind, RsvpStatus } from '../../../shared/domain';
import { addDays, minDate, toIsoDate } from '../dates';
import { domainTableCounts, prepareInsert, type SqlValue } from '../db/bulk';
import type { Db } from '../db/client';
import { bulkLoad, contactVerifier, referenceAnswerer } from '../db/demo-load';
import { ensureGoalTemplates } from '../db/goal-templates';
import { listTemplates } from '../db/goals';
import { writeSetting } from '../db/settings';
import { writeAudit } from '../db/audit';
import { officeTimeZone } from '../db/office-day';
import { officeInstant } from '../office-time';
import { defaultGoalLadder } from '../office/goal-ladder';
import { settingKeys } from '../office/settings';
import * as words from './names';
import { Random } from './random';

export interface DemoOptions {
  students: number;
  seed: number;
  /** The office's "today"; fixed in tests so the same seed gives the same rows. */
  today: Date;
  actor: string;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));

/** How carefully a student builds references: asks, thanks, shares the resume and keeps in touch. */
type Diligence = 'high' | 'medium' | 'low';
const referenceOdds = {
  high: [
    ['not_asked', 10],
    ['asked', 12],
    ['agreed', 75],
    ['declined', 3],
  ],
  medium: [
    ['not_asked', 45],
    ['asked', 15],
    ['agreed', 35],
    ['declined', 5],
  ],
  low: [
    ['not_asked', 70],
    ['asked', 15],
    ['agreed', 10],
    ['declined', 5],
  ],
} as const satisfies Record<Diligence, readonly (readonly [ReferenceStatus, number])[]>;
const resumeOdds: Record<Diligence, number> = { high: 0.95, medium: 0.6, low: 0.3 };

const seasons: Record<string, readonly number[]> = { Spring: [3, 4, 5], Summer: [6, 7, 8], Fall: [9, 10, 11], Autumn: [9, 10, 11], Winter: [12, 1, 2] };

/** The day itself, or for a title that names a season ("Spring Career Fair") the day of that season nearest it, within [from, to]. */
export function inSeason(title: string, date: string, from: string, to: string): string {
  const months = seasons[/^\w+/.exec(title)?.[0] ?? ''];
  const [year = 0, month = 0, day = 1] = date.split('-').map(Number);
  if (!months || months.includes(month)) return date;
  const pad = (value: number) => String(value).padStart(2, '0');
  const candidates = [year - 1, year, year + 1]
    .flatMap((y) => months.map((m) => `${y}-${pad(m)}-${pad(Math.min(day, 28))}`))
    .filter((candidate) => candidate >= from && candidate <= to);
  const distance = (candidate: string) => Math.abs(Date.parse(candidate) - Date.parse(date));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? date;
}

/** `count` different advisors: the named ones first, then first and last names paired without repeating a pair. */
export function advisorNames(count: number): [string, string][] {
  const names: [string, string][] = words.advisorNames.slice(0, count).map((full) => {
    const [first = '', ...rest] = full.split(' ');
    return [first, rest.join(' ')];
  });
  const taken = new Set(names.map(([first, last]) => `${first} ${last}`));
  // Strides prime to the lists' lengths walk every pair before any repeats.
  for (let i = 0; names.length < count && i < words.firstNames.length * words.lastNames.length; i++) {
    const first = words.firstNames[(i * 7) % words.firstNames.length] ?? 'Alex';
    const last = words.lastNames[(i * 11 + 3) % words.lastNames.length] ?? 'Lee';
    if (taken.has(`${first} ${last}`)) continue;
    taken.add(`${first} ${last}`);
    names.push([first, last]);
  }
  return names;
}

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const stamp = (isoDate: string, time = '09:00:00.000') => `${isoDate}T${time}Z`;

/**
 * Fills an empty database with a realistic career office, deterministic for (students, seed, today):
 * advisors, students, employers, contacts and mentors, placements, connections of every kind with
 * varied keep-in-touch histories, 18 months of interactions, events with attendance, and goals.
 */
export function generateDemoOffice(db: Db, options: DemoOptions): Record<string, number> {
  const random = new Random(options.seed);
  // How carefully each student builds references, from its own stream so names and counts stay put.
  const diligenceRandom = new Random(options.seed ^ 0x5eed);
  const today = toIsoDate(options.today);
  const year = options.today.getUTCFullYear();
  const n = options.students;
  const created = stamp(addDays(today, -400));
  const zone = officeTimeZone(db);

  // Goals are written with the student's story and then brought in line with the records the way every real
  // write does (met once the logged progress reaches the target), on the demo's own day and clock.
  bulkLoad(db, { today, changedAt: stamp(today) }, (rebuildIndexes) => {
    ensureGoalTemplates(db, defaultGoalLadder);
    const ladder = listTemplates(db);

    // Advisors
    const insertAdvisor = prepareInsert(db, 'advisors', ['name', 'email', 'created_at', 'updated_at']);
    const advisorCount = clamp(n / 60, 3, 60);
    const advisorIds: number[] = [];
    for (const [first, last] of advisorNames(advisorCount)) {
      advisorIds.push(insertAdvisor([`${first} ${last}`, `${asciiSlug(first)}.${asciiSlug(last)}@careers.northfield.edu`, created, created]));
    }

    // Employers
    const insertEmployer = prepareInsert(db, 'employers', ['name', 'industry', 'website', 'location', 'created_at', 'updated_at']);
    const employerCount = clamp(n / 17, 40, 3000);
    const employerIds: number[] = [];
    const employerNames = new Map<number, string>();
    const stems = words.employerStems.length;
    const suffixes = words.employerSuffixes.length;
    for (let i = 0; i < employerCount; i++) {
      const stem = words.employerStems[i % stems] ?? 'Acme';
      const suffix = words.employerSuffixes[Math.floor(i / stems) % suffixes] ?? 'Group';
      const round = Math.floor(i / (stems * suffixes));
      const city = random.pick(words.cities);
      const name = round === 0 ? `${stem} ${suffix}` : `${stem} ${suffix} (${words.cities[(round - 1) % words.cities.length]})`;
      const website = `https://www.${asciiSlug(`${stem}${suffix}`)}${round || ''}.example.com`;
      const employerId = insertEmployer([name, random.pick(words.industries), website, city, created, created]);
      employerIds.push(employerId);
      employerNames.set(employerId, name);
    }

    // Contacts (a tenth volunteer as mentors)
    const insertContact = prepareInsert(db, 'contacts', [
      'first_name',
      'last_name',
      'title',
      'department',
      'employer_id',
      'email',
      'phone',
      'preferred_method',
      'linkedin_url',
      'verified_on',
      'is_mentor',
      'mentor_capacity',
      'created_at',
      'updated_at',
    ]);
    // Faculty work at the office's own university, an employer of no placement; their department is printed with it.
    const universityId = insertEmployer(['Northfield University', 'Higher education', 'https://www.northfield.edu', 'Northfield', created, created]);
    const contactCount = clamp(n * 0.4, 120, 20000);
    const contacts: { id: number; employerId: number | null; isMentor: boolean; faculty: boolean }[] = [];
    for (let i = 0; i < contactCount; i++) {
      const first = random.pick(words.firstNames);
      const last = random.pick(words.lastNames);
      const faculty = random.chance(0.08);
      const employerId = faculty ? null : random.chance(0.92) ? random.pick(employerIds) : null;
      const isMentor = !faculty && random.chance(0.1);
      const method = random.weighted([
        ['email', 6],
        ['phone', 2],
        ['linkedin', 2],
      ] as const);
      const slug = `${asciiSlug(first)}.${asciiSlug(last)}${i}`;
      const email = random.chance(0.93) ? `${slug}@${faculty ? 'northfield.edu' : 'mail.example.com'}` : null;
      const phone = random.chance(0.7) ? `(${random.int(200, 989)}) 555-${String(random.int(0, 9999)).padStart(4, '0')}` : null;
      const verified = random.chance(0.8) ? addDays(today, -random.int(5, 480)) : null;
      contacts.push({
        id: insertContact([
          first,
          last,
          faculty ? 'Associate Professor' : random.pick(words.contactTitles),
          // Cycled, not drawn, so the rest of the seeded office stays as it was.
          faculty ? (words.departments[i % words.departments.length] ?? null) : null,
          faculty ? universityId : employerId,
          email,
          phone,
          method,
          random.chance(0.6) ? `https://www.linkedin.com/in/${slug.replace('.', '-')}` : null,
          verified,
          isMentor ? 1 : 0,
          isMentor ? random.int(1, 5) : 0,
          created,
          created,
        ]),
        employerId,
        isMentor,
        faculty,
      });
    }
    const mentors = contacts.filter((c) => c.isMentor);
    const faculty = contacts.filter((c) => c.faculty);
    const industryContacts = contacts.filter((c) => c.employerId !== null);

    // Events (last 12 months and next 3), with attending employers
    const insertEvent = prepareInsert(db, 'events', [
      'title',
      'kind',
      'format',
      'starts_at',
      'ends_at',
      'location',
      'link',
      'capacity',
      'description',
      'prep_notes',
      'status',
      'created_at',
      'updated_at',
    ]);
    const insertEventEmployer = prepareInsert(db, 'event_employers', ['event_id', 'employer_id']);
    const eventCount = clamp(n / 10, 20, 5000);
    const events: {
      id: number;
      date: string;
      past: boolean;
      capacity: number | null;
      status: string;
      startsAt: string;
    }[] = [];
    for (let i = 0; i < eventCount; i++) {
      const [kind, title] = random.pick(words.eventTitles) as readonly [EventKind, string];
      // A "Spring Career Fair" in spring: a seasonal title moves to its season nearest the drawn day.
      const date = inSeason(title, addDays(today, random.int(-365, 90)), addDays(today, -365), addDays(today, 90));
      const evening = kind === 'alumni_mixer' || random.chance(0.3);
      // Office hours on the office's own clock: 10:00–13:00, or 18:00–20:00 for an evening event.
      const startsAt = officeInstant(zone, date, evening ? 18 : 10);
      const endsAt = officeInstant(zone, date, evening ? 20 : 13);
      const format =
        kind === 'virtual'
          ? 'virtual'
          : random.weighted([
              ['in_person', 8],
              ['hybrid', 2],
            ] as const);
      const capacity = kind === 'career_fair' ? 400 : kind === 'workshop' ? 30 : random.chance(0.8) ? random.int(40, 120) : null;
      const past = date < today;
      const status = past ? (random.chance(0.05) ? 'cancelled' : 'done') : random.chance(0.15) ? 'draft' : 'scheduled';
      const employer = random.pick(employerIds);
      const id = insertEvent([
        kind === 'info_session' ? `${employerNames.get(employer) ?? 'Employer'} ${title}` : title,
        kind,
        format,
        startsAt,
        endsAt,
        format === 'virtual' ? null : random.pick(['Student Union Ballroom', 'Career Center, Room 120', 'Engineering Atrium', 'Library Forum']),
        format === 'in_person' ? null : 'https://meet.example.com/rapport-demo',
        capacity,
        'Meet employers and alumni; come with questions.',
        'Suggested questions: What does a typical day look like? What skills matter most in your first year?',
        status,
        created,
        created,
      ]);
      const employersAttending = kind === 'career_fair' ? random.int(5, 12) : random.int(1, 3);
      const chosen = new Set<number>();
      for (let k = 0; k < employersAttending; k++) chosen.add(random.pick(employerIds));
      for (const employerId of chosen) insertEventEmployer([id, employerId]);
      events.push({ id, date, past, capacity, status, startsAt });
    }
    const pastEvents = events.filter((e) => e.status === 'done');
    // Invitations, check-ins and linked goals belong to scheduled and held events only (not drafts or cancellations).
    const openEvents = events.filter((e) => e.status === 'scheduled' || e.status === 'done');
    /** Students who met someone at each past event (their met-at-event connections). */
    const metAt = new Map<number, Set<number>>();

    // Students, with labels, placements, connections, interactions and goals
    const insertStudent = prepareInsert(db, 'students', [
      'external_id',
      'first_name',
      'last_name',
      'preferred_name',
      'school_email',
      'personal_email',
      'phone',
      'program',
      'class_year',
      'cohort',
      'advisor_id',
      'status',
      'confidential',
      'notes',
      'created_at',
      'updated_at',
    ]);
    const insertLabel = prepareInsert(db, 'student_labels', ['student_id', 'label']);
    const insertPlacement = prepareInsert(db, 'placements', [
      'student_id',
      'employer_id',
      'kind',
      'role',
      'supervisor_contact_id',
      'start_on',
      'end_on',
      'created_at',
      'updated_at',
    ]);
    const answers: { id: number; status: ReferenceStatus; on: string | null; resume: string | null }[] = [];
    const verifyContact = contactVerifier(db);
    const insertConnection = prepareInsert(db, 'connections', [
      'student_id',
      'contact_id',
      'relationship',
      'context',
      'since_on',
      'placement_id',
      'reference_status',
      'reference_status_on',
      'resume_shared_on',
      'recorded_on',
      'created_at',
      'updated_at',
    ]);
    const insertInteraction = prepareInsert(db, 'interactions', [
      'connection_id',
      'kind',
      'occurred_on',
      'summary',
      'shared_contact_details',
      'event_id',
      'source',
      'logged_by_advisor_id',
      'created_at',
      'updated_at',
    ]);
    const insertMilestone = prepareInsert(db, 'milestones', [
      'student_id',
      'kind',
      'occurred_on',
      'description',
      'recommended_by_contact_id',
      'created_at',
      'updated_at',
    ]);
    const insertMilestoneUpdate = prepareInsert(db, 'interactions', [
      'connection_id',
      'kind',
      'occurred_on',
      'summary',
      'shared_contact_details',
      'source',
      'logged_by_advisor_id',
      'milestone_id',
      'created_at',
      'updated_at',
    ]);
    const insertGoal = prepareInsert(db, 'goals', [
      'student_id',
      'kind',
      'description',
      'target_count',
      'window_start_on',
      'window_end_on',
      'event_id',
      'template_id',
      'manual_adjustment',
      'status',
      'met_on',
      'reflection',
      'created_at',
      'updated_at',
    ]);

    const studentIds: number[] = [];
    const earliest = addDays(today, -548); // 18 months of history

    const logInteractions = (
      connectionId: number,
      advisorId: number,
      from: string,
      relationship: RelationshipKind,
      reference: { status: ReferenceStatus; on: string | null },
      eventId: number | null,
      diligence: Diligence,
    ) => {
      // Freshness profile: in touch, cooling off, or gone stale; diligent students keep in touch.
      const profile = random.weighted(
        diligence === 'high'
          ? ([
              ['fresh', 8],
              ['cooling', 2],
              ['stale', 1],
            ] as const)
          : ([
              ['fresh', 4],
              ['cooling', 3],
              ['stale', 3],
            ] as const),
      );
      const lastGap = profile === 'fresh' ? random.int(0, 40) : profile === 'cooling' ? random.int(60, 150) : random.int(200, 400);
      const last = addDays(today, -lastGap) < from ? from : addDays(today, -lastGap);
      const count = random.int(3, 10);
      const span = Math.max(1, Math.round((Date.parse(last) - Date.parse(from)) / 86_400_000));
      const dates: string[] = [];
      for (let k = 0; k < count; k++) dates.push(addDays(from, Math.floor((span * k) / Math.max(1, count - 1))));
      const rows: SqlValue[][] = [];
      dates.forEach((date, k) => {
        let kind: InteractionKind;
        if (k === 0) kind = relationship === 'informational_interview' ? 'informational_interview' : 'conversation';
        else if (k === 1)
          kind = random.weighted(
            diligence === 'high'
              ? ([
                  ['thank_you_email', 9],
                  ['thank_you_note', 1],
                  ['linkedin_connection', 1],
                ] as const)
              : ([
                  ['thank_you_email', 5],
                  ['thank_you_note', 2],
                  ['linkedin_connection', 3],
                ] as const),
          );
        else
          kind = random.weighted([
            ['milestone_update', 5],
            ['linkedin_connection', 1],
            ['contact_details_shared', 1],
            ['thank_you_email', 1],
            ['conversation', 2],
            ['other', 1],
          ] as const);
        const sharedDetails = kind === 'thank_you_email' && random.chance(diligence === 'high' ? 0.95 : 0.6) ? 1 : 0;
        rows.push([
          connectionId,
          kind,
          date,
          random.pick(words.summaries[kind]),
          sharedDetails,
          k === 0 ? eventId : null,
          'advisor',
          advisorId,
          stamp(date, '12:00:00.000'),
          stamp(date, '12:00:00.000'),
        ]);
      });
      // Newest first: the keep-in-touch clock then moves once per connection rather than once per row.
      for (const row of rows.reverse()) insertInteraction(row);
      if (reference.status === 'agreed' || reference.status === 'asked' || reference.status === 'declined') {
        const on = reference.on ?? today;
        insertInteraction([connectionId, 'reference_request', on, words.summaries.reference_request[0], 0, null, 'advisor', advisorId, stamp(on), stamp(on)]);
        if (reference.status === 'agreed') {
          insertInteraction([connectionId, 'reference_agreed', on, words.summaries.reference_agreed[0], 0, null, 'advisor', advisorId, stamp(on), stamp(on)]);
        }
      }
    };

    const referenceFor = (relationship: RelationshipKind, since: string, diligence: Diligence) => {
      const eligible = ['supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee'].includes(relationship);
      const status: ReferenceStatus = eligible ? random.weighted(referenceOdds[diligence]) : 'not_asked';
      const on = status === 'not_asked' ? null : minDate(today, addDays(since, random.int(60, 300)));
      const resume = status === 'agreed' && random.chance(resumeOdds[diligence]) && on ? minDate(today, addDays(on, random.int(1, 30))) : null;
      return { status, on, resume };
    };

    for (let i = 0; i < n; i++) {
      const first = random.pick(words.firstNames);
      const last = random.pick(words.lastNames);
      const preferred = random.chance(0.08) ? random.pick(words.firstNames) : null;
      const classYear = random.weighted([
        [year, 3],
        [year + 1, 3],
        [year + 2, 2],
        [year + 3, 2],
        [year - 1, 1],
      ] as const);
      const status = classYear < year ? 'alumnus' : random.chance(0.04) ? 'archived' : 'active';
      const advisorId = advisorIds[i % advisorIds.length] ?? null;
      const slug = `${asciiSlug(first)}.${asciiSlug(last)}${i + 1}`;
      const studentId = insertStudent([
        `S${String(100001 + i)}`,
        first,
        last,
        preferred,
        `${slug}@northfield.edu`,
        random.chance(0.7) ? `${asciiSlug(first)}${asciiSlug(last)}${i}@mail.example.com` : null,
        random.chance(0.8) ? `(${random.int(200, 989)}) 555-${String(random.int(0, 9999)).padStart(4, '0')}` : null,
        random.pick(words.programs),
        classYear,
        random.chance(0.45) ? `${random.pick(words.cohorts)} ${year}` : null,
        advisorId,
        status,
        random.chance(0.02) ? 1 : 0,
        null,
        created,
        created,
      ]);
      studentIds.push(studentId);
      const labelCount = random.weighted([
        [0, 5],
        [1, 3],
        [2, 1],
      ] as const);
      const labelSet = new Set<string>();
      for (let k = 0; k < labelCount; k++) labelSet.add(random.pick(words.labels));
      for (const label of labelSet) insertLabel([studentId, label]);

      const diligence = diligenceRandom.weighted([
        ['high', 3],
        ['medium', 4],
        ['low', 3],
      ] as const);
      const seen = new Set<string>();
      const studentConnections: { id: number; contactId: number; relationship: RelationshipKind; since: string }[] = [];
      const connect = (
        contactId: number,
        relationship: RelationshipKind,
        context: string,
        since: string,
        placementId: number | null,
        eventId: number | null,
      ) => {
        const key = `${contactId}:${relationship}`;
        if (seen.has(key)) return null;
        seen.add(key);
        const reference = referenceFor(relationship, since, diligence);
        // Recorded as "not asked" first and answered once the whole history is in (below): the readiness
        // triggers then work out each reference once, rather than again after every logged interaction.
        const connectionId = insertConnection([
          studentId,
          contactId,
          relationship,
          context,
          since,
          placementId,
          'not_asked',
          null,
          null,
          since,
          stamp(since),
          stamp(since),
        ]);
        logInteractions(connectionId, advisorId ?? 1, since, relationship, reference, eventId, diligence);
        if (reference.status !== 'not_asked') answers.push({ id: connectionId, status: reference.status, on: reference.on, resume: reference.resume });
        // Diligent students' advisors confirm a reference's details when they agree.
        if (diligence === 'high' && reference.status === 'agreed' && reference.on) verifyContact(reference.on, contactId);
        studentConnections.push({ id: connectionId, contactId, relationship, since });
        return connectionId;
      };
      // An ended internship's wrap-up, partly done: each item for each supporter with its own odds.
      const wrapUp = (connectionId: number | null, end: string) => {
        if (connectionId === null || end >= today) return;
        const on = () => minDate(today, addDays(end, random.int(0, 20)));
        const log = (kind: InteractionKind, summary: string, shared: number) =>
          insertInteraction([connectionId, kind, on(), summary, shared, null, 'advisor', advisorId ?? 1, stamp(end), stamp(end)]);
        if (random.chance(0.55)) log('thank_you_note', 'Handwritten thank-you card', 0);
        if (random.chance(diligence === 'high' ? 0.95 : 0.5)) log('thank_you_email', 'Thank-you email with personal email and phone', 1);
        if (random.chance(0.6)) log('linkedin_connection', 'Connected on LinkedIn', 0);
        if (random.chance(0.3)) log('milestone_update', 'First update after the internship', 0);
      };

      // Internships: most end in August of this year or last.
      if (random.chance(0.6) && industryContacts.length > 0) {
        const supervisor = random.pick(industryContacts);
        // Internships of the last summer that has ended (or the one before), never in the future.
        const lastSummer = today > `${year}-08-31` ? year : year - 1;
        const summer = random.chance(0.7) ? lastSummer : lastSummer - 1;
        const wrapUpSoon = random.chance(0.06);
        const start = wrapUpSoon ? addDays(today, -random.int(90, 150)) : `${summer}-06-0${random.int(1, 9)}`;
        const end = wrapUpSoon ? addDays(today, random.int(1, 14)) : `${summer}-08-${String(random.int(10, 28)).padStart(2, '0')}`;
        const kind = random.weighted([
          ['internship', 8],
          ['co_op', 2],
        ] as const);
        const role = random.pick(words.internshipRoles);
        const employerId = supervisor.employerId ?? random.pick(employerIds);
        const placementId = insertPlacement([studentId, employerId, kind, role, supervisor.id, start, end, stamp(start), stamp(start)]);
        const context = `${kind === 'co_op' ? 'Co-op' : 'Internship'} ${summer}`;
        wrapUp(connect(supervisor.id, 'supervisor', context, start, placementId, null), end);
        if (random.chance(0.5)) wrapUp(connect(random.pick(industryContacts).id, 'coworker', context, start, placementId, null), end);
        if (random.chance(0.3)) wrapUp(connect(random.pick(industryContacts).id, 'hiring_committee', context, addDays(start, -30), placementId, null), end);
      }
      if (mentors.length > 0 && random.chance(0.35))
        connect(random.pick(mentors).id, 'mentor', 'Alumni mentoring program', addDays(today, -random.int(diligence === 'high' ? 240 : 60, 540)), null, null);
      if (random.chance(0.5))
        connect(random.pick(industryContacts).id, 'informational_interview', 'Informational interview', addDays(today, -random.int(14, 500)), null, null);
      if (pastEvents.length > 0 && random.chance(0.6)) {
        const event = random.pick(pastEvents);
        // They met this person there, so they were there: the attendance below checks them in.
        const met = metAt.get(event.id) ?? new Set<number>();
        met.add(studentId);
        metAt.set(event.id, met);
        connect(random.pick(industryContacts).id, 'met_at_event', 'Met at a career event', event.date < earliest ? earliest : event.date, null, event.id);
      }
      if (faculty.length > 0 && random.chance(0.35))
        connect(
          random.pick(faculty).id,
          'faculty',
          `${random.pick(words.programs)} course`,
          addDays(today, -random.int(diligence === 'high' ? 240 : 90, 540)),
          null,
          null,
        );
      // Diligent students widen their circle: a second professor and a mentor they keep close.
      if (diligence === 'high' && faculty.length > 0 && random.chance(0.6)) {
        connect(random.pick(faculty).id, 'faculty', 'Research assistant', addDays(today, -random.int(240, 540)), null, null);
      }
      if (diligence === 'high' && mentors.length > 0 && random.chance(0.5)) {
        connect(random.pick(mentors).id, 'mentor', 'Alumni mentoring program', addDays(today, -random.int(240, 540)), null, null);
      }
      if (random.chance(0.05)) connect(random.pick(contacts).id, 'personal', 'Family friend', addDays(today, -random.int(300, 540)), null, null);
      if (random.chance(0.1)) connect(random.pick(contacts).id, 'other', 'Volunteer project', addDays(today, -random.int(30, 400)), null, null);

      // Milestones: applications, interviews, offers; some were shared with the people who helped.
      if (studentConnections.length > 0 && random.chance(0.3)) {
        const kind =
          status === 'alumnus'
            ? 'graduated'
            : random.weighted([
                ['applied', 5],
                ['interview', 3],
                ['offer_accepted', 1],
              ] as const);
        const on = addDays(today, -random.int(0, 150));
        const recommender = random.chance(0.4) ? random.pick(studentConnections) : null;
        const milestoneId = insertMilestone([
          studentId,
          kind,
          on,
          kind === 'graduated' ? `Graduated in ${classYear}` : `${random.pick(words.contactTitles)} role`,
          recommender?.contactId ?? null,
          stamp(on),
          stamp(on),
        ]);
        for (const told of studentConnections.filter((c) => c.relationship !== 'personal' && c.since <= on).slice(0, random.int(0, 2))) {
          insertMilestoneUpdate([told.id, 'milestone_update', on, 'Shared my news', 0, 'advisor', advisorId ?? 1, milestoneId, stamp(on), stamp(on)]);
        }
      }

      // Goals: a few per student, in every state.
      const goalCount = random.int(1, 5);
      // Half the students climb the ladder: their goals are its rungs, oldest first.
      const climbing = random.chance(0.5);
      const goalStarts = Array.from({ length: goalCount }, () => addDays(today, -random.int(0, 360))).sort();
      for (let g = 0; g < goalCount; g++) {
        const rung = climbing ? ladder[g] : undefined;
        const kind: GoalKind =
          rung?.kind ??
          random.weighted([
            ['people_met', 4],
            ['questions_asked', 2],
            ['informational_interviews', 2],
            ['follow_ups_sent', 2],
            ['events_attended', 2],
            ['custom', 1],
          ] as const);
        const start = goalStarts[g] ?? today;
        const end = addDays(start, random.int(14, 60));
        const ended = end < today;
        // A missed goal is stored active like any other (the app says "not met yet" from its window).
        const status = ended
          ? random.weighted([
              ['met', 55],
              ['active', 30],
              ['dropped', 15],
            ] as const)
          : random.weighted([
              ['active', 7],
              ['met', 3],
            ] as const);
        const metOn =
          status === 'met'
            ? minDate(today, addDays(start, random.int(1, Math.max(1, Math.min(60, Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000))))))
            : null;
        const target = rung?.targetCount ?? random.int(1, 3);
        const linked = kind === 'events_attended' && openEvents.length > 0 ? random.pick(openEvents).id : null;
        // A met goal's progress is what the student reported: the adjustment makes it add up.
        const manual = status === 'met' ? target : kind === 'questions_asked' ? random.int(0, target - 1) : 0;
        insertGoal([
          studentId,
          kind,
          rung?.title ?? goalDescription(kind, target),
          target,
          start,
          end,
          linked,
          rung?.id ?? null,
          manual,
          status,
          metOn,
          status === 'met' && random.chance(0.5)
            ? 'It was easier than I expected once I started.'
            : status === 'active' && ended && random.chance(0.5)
              ? 'I got nervous; next time I will go with a friend.'
              : null,
          stamp(start),
          stamp(start),
        ]);
      }
    }

    // The interaction indexes are back before attendance: its follow-up trigger looks up each event's meetings.
    rebuildIndexes();

    // Attendance: about six RSVPs per student across events, capacity respected.
    const insertAttendance = prepareInsert(db, 'attendance', [
      'event_id',
      'student_id',
      'rsvp',
      'invited_at',
      'responded_at',
      'checked_in_at',
      'buddy_student_id',
      'goal_id',
      'created_at',
      'updated_at',
    ]);
    const perEvent = Math.max(3, Math.round((n * 6) / Math.max(1, openEvents.length)));
    for (const event of openEvents) {
      const attendees = metAt.get(event.id) ?? new Set<number>();
      const invitees = new Set<number>(attendees);
      const size = random.int(Math.round(perEvent * 0.5), Math.round(perEvent * 1.5));
      for (let k = 0; k < size && invitees.size < studentIds.length; k++) invitees.add(random.pick(studentIds));
      let registered = 0;
      let previousRegistered: number | null = null;
      const invitedAt = stamp(addDays(event.date, -random.int(7, 30)));
      for (const studentId of invitees) {
        let rsvp: RsvpStatus = event.past
          ? random.weighted([
              ['registered', 8],
              ['declined', 1],
              ['invited', 1],
            ] as const)
          : random.weighted([
              ['registered', 45],
              ['invited', 40],
              ['declined', 10],
              ['waitlisted', 5],
            ] as const);
        const cameAndMet = attendees.has(studentId);
        if (cameAndMet) rsvp = 'registered';
        else if (rsvp === 'registered' && event.capacity !== null && registered >= event.capacity) rsvp = 'waitlisted';
        if (rsvp === 'registered') registered++;
        const responded = rsvp === 'invited' ? null : stamp(addDays(event.date, -random.int(1, 6)));
        const checkedIn =
          event.past && rsvp === 'registered' && (cameAndMet || random.chance(0.75)) ? new Date(Date.parse(event.startsAt) + 10 * 60_000).toISOString() : null;
        const buddy = rsvp === 'registered' && previousRegistered !== null && random.chance(0.06) ? previousRegistered : null;
        // A third of those who register set a small goal for the event itself.
        let goalId: number | null = null;
        if (rsvp === 'registered' && random.chance(0.33)) {
          const met = event.past && checkedIn !== null && random.chance(0.6);
          const status = met ? 'met' : 'active';
          goalId = insertGoal([
            studentId,
            'people_met',
            'Introduce myself to two new people at this event',
            2,
            null,
            null,
            event.id,
            ladder[2]?.id ?? null,
            met ? 2 : 0,
            status,
            met ? event.date : null,
            null,
            invitedAt,
            invitedAt,
          ]);
        }
        insertAttendance([event.id, studentId, rsvp, invitedAt, responded, checkedIn, buddy, goalId, invitedAt, invitedAt]);
        if (rsvp === 'registered') previousRegistered = studentId;
      }
    }

    const answer = referenceAnswerer(db);
    for (const row of answers) answer(row);
    writeSetting(db, settingKeys.officeName, 'Northfield University Career Center');
    writeSetting(db, settingKeys.currentAdvisorId, advisorIds[0] ?? null);
    writeSetting(db, settingKeys.firstRunDone, true);
    writeAudit(db, {
      actor: options.actor,
      action: 'demo',
      entity: 'office',
      count: n,
      details: { students: n, seed: options.seed },
    });
  });
  return domainTableCounts(db);
}

function goalDescription(kind: GoalKind, target: number): string {
  const people = target === 1 ? 'one person' : `${target} people`;
  switch (kind) {
    case 'people_met':
      return `Introduce myself to ${people} at an event`;
    case 'new_people':
      return `Meet ${people} I have not met before`;
    case 'questions_asked':
      return `Ask ${target === 1 ? 'one question' : `${target} questions`} about career paths`;
    case 'informational_interviews':
      return target === 1 ? 'Do one informational interview' : `Do ${target} informational interviews`;
    case 'follow_ups_sent':
      return `Send a follow-up to ${people} I met within 48 hours`;
    case 'events_attended':
      return target === 1 ? 'Attend one networking event' : `Attend ${target} networking events`;
    case 'custom':
      return 'Update my LinkedIn profile and share it with my mentor';
  }
}
