import { sql, type SQL } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  advisingNoteKinds,
  auditActions,
  contactMethods,
  eventFormats,
  eventKinds,
  eventStatuses,
  goalKinds,
  goalStatuses,
  interactionKinds,
  milestoneKinds,
  interactionSources,
  placementKinds,
  referenceStatuses,
  relationshipKinds,
  rsvpStatuses,
  savedViewPages,
  studentStatuses,
  uninvitedPolicies,
} from '../../../shared/domain';
import { roles } from '../../../shared/api/access';

// ISO-8601 UTC with milliseconds, so text order is time order.
const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** The row id of every table (rowid alias, never reused). */
function rowId() {
  return integer('id').primaryKey({ autoIncrement: true });
}

/** The student a record belongs to: required, and the record goes when the student is deleted. */
function ownerStudent() {
  return integer('student_id')
    .notNull()
    .references(() => students.id, { onDelete: 'cascade' });
}

function timestamps() {
  return {
    createdAt: text('created_at').notNull().default(nowIso),
    updatedAt: text('updated_at').notNull().default(nowIso),
  };
}

/**
 * A record an advisor edits in a form: its version (1 when made; triggers move it on every change to an edited
 * column, see the record_versions migration) and who saved the last edit through a form (null when another
 * writer changed it since). A save made on an older version is refused (core/record-edit.ts).
 */
function versioned() {
  return {
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by'),
  };
}

/** CHECK (column IN (...)) from a domain enum, so the database refuses values the contract does not know. */
function inList(column: AnySQLiteColumn, values: readonly string[]): SQL {
  const list = values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
  return sql`${column} in (${sql.raw(list)})`;
}

/** A calendar date stored as YYYY-MM-DD (nullable). */
function isDate(column: AnySQLiteColumn): SQL {
  // `is`, not `=`: date() of a bad value is NULL, and a NULL comparison would let CHECK pass.
  return sql`${column} is null or (length(${column}) = 10 and date(${column}) is ${column})`;
}

/** A timestamp that SQLite can read back (nullable). */
function isTimestamp(column: AnySQLiteColumn): SQL {
  return sql`${column} is null or julianday(${column}) is not null`;
}

function isBoolean(column: AnySQLiteColumn): SQL {
  return sql`${column} in (0, 1)`;
}

export const advisors = sqliteTable(
  'advisors',
  {
    id: rowId(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('advisors_email_unique').on(t.email),
    index('advisors_name_idx').on(t.name),
    check('advisors_active_check', isBoolean(t.active)),
    check('advisors_name_check', sql`length(trim(${t.name})) > 0`),
  ],
);

export const students = sqliteTable(
  'students',
  {
    id: rowId(),
    externalId: text('external_id'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    preferredName: text('preferred_name'),
    // The name every screen, list and export shows: the preferred first name when there is one. One definition,
    // computed by SQLite on read (lists sort by name_key on students_name_key_idx, so nothing indexes it).
    displayName: text('display_name')
      .notNull()
      .generatedAlwaysAs(sql`coalesce(nullif(trim(preferred_name), ''), first_name) || ' ' || last_name`, {
        mode: 'virtual',
      }),
    schoolEmail: text('school_email'),
    personalEmail: text('personal_email'),
    phone: text('phone'),
    program: text('program'),
    classYear: integer('class_year'),
    cohort: text('cohort'),
    advisorId: integer('advisor_id').references(() => advisors.id, { onDelete: 'set null' }),
    status: text('status', { enum: studentStatuses }).notNull().default('active'),
    confidential: integer('confidential', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes'),
    // Goal summary kept by refreshGoals in the same transaction as the goal writes, for the dashboards:
    // the latest day a goal was met, and the last day any active goal still runs.
    goalLastMetOn: text('goal_last_met_on'),
    goalActiveUntil: text('goal_active_until'),
    // Connections that could become references (eligible relationship, not declined), kept by triggers.
    referenceCandidates: integer('reference_candidates').notNull().default(0),
    // Newest interaction on any of the student's connections, kept by triggers on connections (same transaction).
    lastActivityOn: text('last_activity_on'),
    // The name's sort key (shared/name-order.ts: last name, first name, diacritics folded), kept by triggers
    // calling name_sort_key() on every insert and name change (migration 0023): every name-sorted list orders by it.
    nameKey: text('name_key').notNull().default(''),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('students_external_id_unique').on(t.externalId),
    uniqueIndex('students_school_email_unique').on(t.schoolEmail),
    index('students_name_idx').on(t.lastName, t.firstName),
    index('students_first_name_idx').on(t.firstName),
    index('students_name_key_idx').on(t.nameKey),
    index('students_program_idx').on(t.program),
    index('students_class_year_idx').on(t.classYear),
    index('students_cohort_idx').on(t.cohort),
    index('students_advisor_idx').on(t.advisorId),
    index('students_status_idx').on(t.status),
    index('students_updated_at_idx').on(t.updatedAt),
    index('students_last_activity_idx').on(t.lastActivityOn),
    index('students_goal_last_met_idx').on(t.goalLastMetOn),
    // Covers the dashboard's one pass over active students, grouped in this order: no table rows, no sort.
    index('students_dashboard_idx').on(t.status, t.cohort, t.program, t.classYear, t.referenceCandidates, t.goalLastMetOn, t.goalActiveUntil, t.advisorId),
    check('students_status_check', inList(t.status, studentStatuses)),
    check('students_confidential_check', isBoolean(t.confidential)),
    check('students_class_year_check', sql`${t.classYear} is null or ${t.classYear} between 1950 and 2100`),
    check('students_names_check', sql`length(trim(${t.firstName})) > 0 and length(trim(${t.lastName})) > 0`),
  ],
);

export const studentLabels = sqliteTable(
  'student_labels',
  {
    studentId: ownerStudent(),
    label: text('label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.studentId, t.label] }),
    index('student_labels_label_idx').on(t.label),
    check('student_labels_label_check', sql`length(trim(${t.label})) > 0`),
  ],
);

export const employers = sqliteTable(
  'employers',
  {
    id: rowId(),
    name: text('name').notNull(),
    industry: text('industry'),
    website: text('website'),
    location: text('location'),
    notes: text('notes'),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('employers_name_unique').on(sql`${t.name} collate nocase`),
    index('employers_industry_idx').on(t.industry),
    check('employers_name_check', sql`length(trim(${t.name})) > 0`),
  ],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: rowId(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    title: text('title'),
    // The department or team within the employer ("Department of Physics" at a university): printed with it.
    department: text('department'),
    employerId: integer('employer_id').references(() => employers.id, { onDelete: 'set null' }),
    email: text('email'),
    phone: text('phone'),
    preferredMethod: text('preferred_method', { enum: contactMethods }),
    linkedinUrl: text('linkedin_url'),
    verifiedOn: text('verified_on'),
    isMentor: integer('is_mentor', { mode: 'boolean' }).notNull().default(false),
    mentorCapacity: integer('mentor_capacity').notNull().default(0),
    notes: text('notes'),
    // The name's sort key, as students.name_key.
    nameKey: text('name_key').notNull().default(''),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    index('contacts_name_idx').on(t.lastName, t.firstName),
    index('contacts_name_key_idx').on(t.nameKey),
    index('contacts_employer_idx').on(t.employerId),
    index('contacts_email_idx').on(t.email),
    index('contacts_mentor_idx').on(t.isMentor),
    index('contacts_verified_on_idx').on(t.verifiedOn),
    check('contacts_preferred_method_check', sql`${t.preferredMethod} is null or ${inList(t.preferredMethod, contactMethods)}`),
    check('contacts_verified_on_check', isDate(t.verifiedOn)),
    check('contacts_is_mentor_check', isBoolean(t.isMentor)),
    check('contacts_mentor_capacity_check', sql`${t.mentorCapacity} between 0 and 100`),
    check('contacts_names_check', sql`length(trim(${t.firstName})) > 0 and length(trim(${t.lastName})) > 0`),
  ],
);

export const placements = sqliteTable(
  'placements',
  {
    id: rowId(),
    studentId: ownerStudent(),
    // An employer with placement history cannot vanish silently: delete is refused.
    employerId: integer('employer_id')
      .notNull()
      .references(() => employers.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: placementKinds }).notNull(),
    role: text('role').notNull(),
    supervisorContactId: integer('supervisor_contact_id').references(() => contacts.id, {
      onDelete: 'set null',
    }),
    startOn: text('start_on').notNull(),
    endOn: text('end_on'),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    index('placements_student_idx').on(t.studentId, t.startOn),
    index('placements_employer_idx').on(t.employerId),
    index('placements_supervisor_idx').on(t.supervisorContactId),
    index('placements_end_on_idx').on(t.endOn),
    check('placements_kind_check', inList(t.kind, placementKinds)),
    check('placements_start_on_check', sql`${t.startOn} is not null and ${isDate(t.startOn)}`),
    check('placements_end_on_check', isDate(t.endOn)),
    check('placements_dates_order_check', sql`${t.endOn} is null or ${t.endOn} >= ${t.startOn}`),
  ],
);

export const connections = sqliteTable(
  'connections',
  {
    id: rowId(),
    studentId: ownerStudent(),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    relationship: text('relationship', { enum: relationshipKinds }).notNull(),
    context: text('context'),
    sinceOn: text('since_on'),
    placementId: integer('placement_id').references(() => placements.id, { onDelete: 'set null' }),
    referenceStatus: text('reference_status', { enum: referenceStatuses }).notNull().default('not_asked'),
    referenceStatusOn: text('reference_status_on'),
    resumeSharedOn: text('resume_shared_on'),
    // Kept by triggers on interactions (same transaction as the write): the keep-in-touch clock.
    lastInteractionOn: text('last_interaction_on'),
    // Kept by triggers from the reference_facts view (same transaction as any write it depends on):
    // the days between which this reference is ready. Dates, not a status, so nothing drifts as days pass.
    readyFrom: text('ready_from'),
    readyUntil: text('ready_until'),
    ...timestamps(),
    ...versioned(),
    // The day it was recorded on the office's calendar (created_at is an instant; its UTC date is tomorrow
    // for an evening entry west of Greenwich). Written by every insert, never changed; the migration that
    // added it filled older rows from created_at in the machine's zone (the office's zone by default).
    recordedOn: text('recorded_on'),
    // The keep-in-touch clock's start (see cadence.ts), computed by SQLite so it can be indexed: a connection
    // is stale once this is more than its window's max_days ago, an index range per relationship.
    lastTouchOn: text('last_touch_on').generatedAlwaysAs(sql`coalesce(last_interaction_on, since_on, recorded_on)`, {
      mode: 'virtual',
    }),
  },
  (t) => [
    uniqueIndex('connections_student_contact_relationship_unique').on(t.studentId, t.contactId, t.relationship),
    index('connections_contact_idx').on(t.contactId),
    index('connections_placement_idx').on(t.placementId),
    index('connections_relationship_idx').on(t.relationship),
    index('connections_reference_status_idx').on(t.referenceStatus),
    index('connections_ready_window_idx').on(t.readyFrom, t.readyUntil, t.studentId),
    index('connections_relationship_touch_idx').on(t.relationship, t.lastTouchOn, t.studentId),
    check('connections_relationship_check', inList(t.relationship, relationshipKinds)),
    check('connections_reference_status_check', inList(t.referenceStatus, referenceStatuses)),
    check('connections_since_on_check', isDate(t.sinceOn)),
    check('connections_recorded_on_check', isDate(t.recordedOn)),
    check('connections_reference_status_on_check', isDate(t.referenceStatusOn)),
    check('connections_resume_shared_on_check', isDate(t.resumeSharedOn)),
  ],
);

export const events = sqliteTable(
  'events',
  {
    id: rowId(),
    title: text('title').notNull(),
    kind: text('kind', { enum: eventKinds }).notNull(),
    format: text('format', { enum: eventFormats }).notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    location: text('location'),
    link: text('link'),
    capacity: integer('capacity'),
    description: text('description'),
    prepNotes: text('prep_notes'),
    status: text('status', { enum: eventStatuses }).notNull().default('draft'),
    // The iCalendar SEQUENCE: a trigger moves it on when the time, the place or the cancellation changes, so
    // calendars that imported the event take the new copy over the old one (core/export/ics.ts).
    sequence: integer('sequence').notNull().default(0),
    // Students checking themselves in on a phone (issue 18): whether someone not on the list is recorded as a walk-in
    // or refused, and whether the phone page asks for the student ID beside the school email.
    selfCheckInUninvited: text('self_check_in_uninvited', { enum: uninvitedPolicies }).notNull().default('record'),
    selfCheckInAsksId: integer('self_check_in_asks_id', { mode: 'boolean' }).notNull().default(false),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    index('events_starts_at_idx').on(t.startsAt),
    index('events_status_idx').on(t.status, t.startsAt),
    index('events_kind_idx').on(t.kind),
    check('events_kind_check', inList(t.kind, eventKinds)),
    check('events_format_check', inList(t.format, eventFormats)),
    check('events_status_check', inList(t.status, eventStatuses)),
    check('events_starts_at_check', sql`julianday(${t.startsAt}) is not null`),
    check('events_ends_at_check', sql`julianday(${t.endsAt}) is not null and ${t.endsAt} >= ${t.startsAt}`),
    check('events_capacity_check', sql`${t.capacity} is null or ${t.capacity} > 0`),
    check('events_title_check', sql`length(trim(${t.title})) > 0`),
  ],
);

export const eventEmployers = sqliteTable(
  'event_employers',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    employerId: integer('employer_id')
      .notNull()
      .references(() => employers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.employerId] }), index('event_employers_employer_idx').on(t.employerId)],
);

export const goalTemplates = sqliteTable(
  'goal_templates',
  {
    id: rowId(),
    rung: integer('rung').notNull(),
    title: text('title').notNull(),
    kind: text('kind', { enum: goalKinds }).notNull(),
    targetCount: integer('target_count').notNull(),
    description: text('description'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('goal_templates_rung_unique').on(t.rung),
    check('goal_templates_kind_check', inList(t.kind, goalKinds)),
    check('goal_templates_target_count_check', sql`${t.targetCount} between 1 and 1000`),
  ],
);

export const goals = sqliteTable(
  'goals',
  {
    id: rowId(),
    studentId: ownerStudent(),
    kind: text('kind', { enum: goalKinds }).notNull(),
    description: text('description').notNull(),
    targetCount: integer('target_count').notNull(),
    windowStartOn: text('window_start_on'),
    windowEndOn: text('window_end_on'),
    // A goal may be framed by its event alone: such an event is cancelled, not deleted.
    eventId: integer('event_id').references(() => events.id, { onDelete: 'restrict' }),
    templateId: integer('template_id').references(() => goalTemplates.id, { onDelete: 'set null' }),
    manualAdjustment: integer('manual_adjustment').notNull().default(0),
    status: text('status', { enum: goalStatuses }).notNull().default('active'),
    metOn: text('met_on'),
    reflection: text('reflection'),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    // met_on last: "a goal met in this term" for one student is answered from the index.
    index('goals_student_idx').on(t.studentId, t.status, t.metOn),
    index('goals_event_idx').on(t.eventId),
    index('goals_template_idx').on(t.templateId),
    index('goals_status_met_on_idx').on(t.status, t.metOn),
    index('goals_window_end_idx').on(t.windowEndOn),
    // Covering indexes for the goals dashboard: met per term/month, and who has a goal running.
    index('goals_status_met_on_student_idx').on(t.status, t.metOn, t.studentId),
    index('goals_status_window_end_student_idx').on(t.status, t.windowEndOn, t.studentId),
    check('goals_kind_check', inList(t.kind, goalKinds)),
    check('goals_status_check', inList(t.status, goalStatuses)),
    check('goals_target_count_check', sql`${t.targetCount} between 1 and 1000`),
    check('goals_window_start_check', isDate(t.windowStartOn)),
    check('goals_window_end_check', isDate(t.windowEndOn)),
    check('goals_met_on_check', isDate(t.metOn)),
    check(
      'goals_window_check',
      sql`(${t.windowStartOn} is not null and ${t.windowEndOn} is not null and ${t.windowEndOn} >= ${t.windowStartOn}) or ${t.eventId} is not null`,
    ),
    check('goals_met_on_status_check', sql`${t.metOn} is null or ${t.status} = 'met'`),
  ],
);

export const attendance = sqliteTable(
  'attendance',
  {
    id: rowId(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    studentId: ownerStudent(),
    rsvp: text('rsvp', { enum: rsvpStatuses }).notNull().default('invited'),
    invitedAt: text('invited_at'),
    respondedAt: text('responded_at'),
    checkedInAt: text('checked_in_at'),
    // A student not on the list, added at the desk (issue 17): told apart from invitees on the event page and in exports.
    walkIn: integer('walk_in', { mode: 'boolean' }).notNull().default(false),
    buddyStudentId: integer('buddy_student_id').references(() => students.id, { onDelete: 'set null' }),
    goalId: integer('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    // The first thank-you or LinkedIn connection, on or after the meeting, to someone the student met at this
    // event (a conversation logged on it). Kept by triggers on interactions and attendance (same transaction).
    followedUpOn: text('followed_up_on'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('attendance_event_student_unique').on(t.eventId, t.studentId),
    // Covers one student's events with their RSVPs (the dashboard filtered to some students).
    index('attendance_student_idx').on(t.studentId, t.checkedInAt, t.eventId, t.rsvp, t.followedUpOn),
    // Covers an event's RSVP, check-in and follow-up counts (event pages, the dashboard's funnel) without reading rows.
    index('attendance_event_rsvp_idx').on(t.eventId, t.rsvp, t.checkedInAt, t.studentId, t.followedUpOn),
    index('attendance_buddy_idx').on(t.buddyStudentId),
    index('attendance_goal_idx').on(t.goalId),
    check('attendance_rsvp_check', inList(t.rsvp, rsvpStatuses)),
    check('attendance_invited_at_check', isTimestamp(t.invitedAt)),
    check('attendance_responded_at_check', isTimestamp(t.respondedAt)),
    check('attendance_checked_in_at_check', isTimestamp(t.checkedInAt)),
    check('attendance_buddy_check', sql`${t.buddyStudentId} is null or ${t.buddyStudentId} <> ${t.studentId}`),
  ],
);

/**
 * Each event's attendance counted, so the whole office's funnel and upcoming figures add up a row per event instead of
 * reading every attendance row (115,000 in a term at 50,000 students). Kept by triggers on attendance, in the same
 * transaction as the row they count (migration 0029); checked against the rows by `rapport check` (derived-facts.ts).
 * A filtered dashboard still counts its students' rows.
 */
export const eventAttendanceCounts = sqliteTable('event_attendance_counts', {
  eventId: integer('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  /** Every attendance row: the invited. */
  invited: integer('invited').notNull().default(0),
  /** RSVP "registered" (an upcoming event's registrations). */
  rsvpRegistered: integer('rsvp_registered').notNull().default(0),
  /** Registered or checked in (the funnel's second step: a walk-in never registered but came). */
  registered: integer('registered').notNull().default(0),
  attended: integer('attended').notNull().default(0),
  /** Checked in and followed up (attendance.followed_up_on). */
  followedUp: integer('followed_up').notNull().default(0),
});

export const interactions = sqliteTable(
  'interactions',
  {
    id: rowId(),
    connectionId: integer('connection_id')
      .notNull()
      .references(() => connections.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: interactionKinds }).notNull(),
    occurredOn: text('occurred_on').notNull(),
    summary: text('summary'),
    sharedContactDetails: integer('shared_contact_details', { mode: 'boolean' }).notNull().default(false),
    eventId: integer('event_id').references(() => events.id, { onDelete: 'set null' }),
    source: text('source', { enum: interactionSources }).notNull().default('advisor'),
    loggedByAdvisorId: integer('logged_by_advisor_id').references(() => advisors.id, { onDelete: 'set null' }),
    milestoneId: integer('milestone_id').references((): AnySQLiteColumn => milestones.id, { onDelete: 'set null' }),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    index('interactions_milestone_idx').on(t.milestoneId),
    // Kind last so "has this connection had a thank-you since …" is answered from the index alone.
    index('interactions_connection_occurred_idx').on(t.connectionId, t.occurredOn, t.kind),
    // Covers "who met whom at this event" (conversations logged on it) for the funnel and the event page.
    index('interactions_event_idx').on(t.eventId, t.kind, t.connectionId, t.occurredOn),
    index('interactions_logged_by_idx').on(t.loggedByAdvisorId),
    index('interactions_kind_occurred_idx').on(t.kind, t.occurredOn),
    check('interactions_kind_check', inList(t.kind, interactionKinds)),
    check('interactions_source_check', inList(t.source, interactionSources)),
    check('interactions_occurred_on_check', sql`${t.occurredOn} is not null and ${isDate(t.occurredOn)}`),
    check('interactions_shared_contact_details_check', isBoolean(t.sharedContactDetails)),
  ],
);

export const milestones = sqliteTable(
  'milestones',
  {
    id: rowId(),
    studentId: ownerStudent(),
    kind: text('kind', { enum: milestoneKinds }).notNull(),
    occurredOn: text('occurred_on').notNull(),
    description: text('description'),
    recommendedByContactId: integer('recommended_by_contact_id').references(() => contacts.id, {
      onDelete: 'set null',
    }),
    ...timestamps(),
  },
  (t) => [
    index('milestones_student_idx').on(t.studentId, t.occurredOn),
    index('milestones_recommended_by_idx').on(t.recommendedByContactId),
    check('milestones_kind_check', inList(t.kind, milestoneKinds)),
    check('milestones_occurred_on_check', sql`${t.occurredOn} is not null and ${isDate(t.occurredOn)}`),
  ],
);

export const keepInTouchWindows = sqliteTable(
  'keep_in_touch_windows',
  {
    relationship: text('relationship', { enum: relationshipKinds }).primaryKey(),
    idealDays: integer('ideal_days').notNull(),
    maxDays: integer('max_days').notNull(),
    updatedAt: text('updated_at').notNull().default(nowIso),
  },
  (t) => [
    check('keep_in_touch_windows_relationship_check', inList(t.relationship, relationshipKinds)),
    check('keep_in_touch_windows_days_check', sql`${t.idealDays} between 1 and 3650 and ${t.maxDays} between ${t.idealDays} and 3650`),
  ],
);

// Append-only: triggers in the custom migration reject UPDATE and DELETE.
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: rowId(),
    at: text('at').notNull().default(nowIso),
    actor: text('actor').notNull(),
    action: text('action', { enum: auditActions }).notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    count: integer('count').notNull().default(1),
    details: text('details'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    // History by user: the filter and the list of who appears in the log.
    index('audit_log_actor_idx').on(t.actor),
    check('audit_log_action_check', inList(t.action, auditActions)),
    check('audit_log_count_check', sql`${t.count} >= 0`),
  ],
);

// A named set of list filters, sort and columns an advisor returns to ("my seniors not ready"). On the office
// server each view belongs to the signed-in user who saved it; single-user mode's views have no user (null).
export const savedViews = sqliteTable(
  'saved_views',
  {
    id: rowId(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    page: text('page', { enum: savedViewPages }).notNull(),
    name: text('name').notNull(),
    // The list's own address parameters (JSON object of strings), read back through the contract.
    params: text('params').notNull(),
    ...timestamps(),
  },
  (t) => [
    // Names are unique per user and page; coalesce makes single-user mode's null owner one owner, not many.
    uniqueIndex('saved_views_owner_page_name_unique').on(sql`coalesce(${t.userId}, 0)`, t.page, t.name),
    index('saved_views_user_page_idx').on(t.userId, t.page),
    check('saved_views_page_check', inList(t.page, savedViewPages)),
    check('saved_views_name_check', sql`length(trim(${t.name})) > 0`),
  ],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull().default(nowIso),
});

// The office server's accounts. The email is unique whatever its case; the password is stored only as a scrypt
// hash with its parameters (core/auth/passwords.ts). An account linked to an advisor has that advisor's caseload.
export const users = sqliteTable(
  'users',
  {
    id: rowId(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    advisorId: integer('advisor_id').references(() => advisors.id, { onDelete: 'set null' }),
    passwordHash: text('password_hash').notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    // Two-step sign-in (core/auth/two-step.ts): the TOTP secret (base32; the server must read it to check a code,
    // so it cannot be hashed), in force only once confirmed with a code; the last accepted time step refuses a replay.
    totpSecret: text('totp_secret'),
    totpConfirmedAt: text('totp_confirmed_at'),
    totpLastStep: integer('totp_last_step'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    index('users_advisor_idx').on(t.advisorId),
    check('users_role_check', inList(t.role, roles)),
    check('users_disabled_check', isBoolean(t.disabled)),
    check('users_name_check', sql`length(trim(${t.name})) > 0`),
    check('users_email_check', sql`length(trim(${t.email})) > 0`),
  ],
);

// A signed-in browser. Only the SHA-256 of the random token is kept: a copy of the file signs nobody in.
export const sessions = sqliteTable(
  'sessions',
  {
    id: rowId(),
    tokenHash: text('token_hash').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull().default(nowIso),
    lastSeenAt: text('last_seen_at').notNull().default(nowIso),
    /** The absolute end, whatever the activity (the idle limit is checked against last_seen_at). */
    expiresAt: text('expires_at').notNull(),
    address: text('address').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_unique').on(t.tokenHash),
    index('sessions_user_idx').on(t.userId),
    check('sessions_expires_at_check', sql`julianday(${t.expiresAt}) is not null`),
    check('sessions_revoked_at_check', isTimestamp(t.revokedAt)),
  ],
);

// Failed sign-ins within the rate-limit window, per attempted email and per address. In the file rather than in
// memory so every server process (and a restart) agrees on the count; rows older than the window are pruned.
export const failedSignIns = sqliteTable(
  'failed_sign_ins',
  {
    id: rowId(),
    at: text('at').notNull().default(nowIso),
    email: text('email').notNull(),
    address: text('address').notNull(),
  },
  (t) => [index('failed_sign_ins_email_idx').on(t.email, t.at), index('failed_sign_ins_address_idx').on(t.address, t.at)],
);

// Every self check-in attempt from a phone (issue 18), per client address and per QR token, within the rate-limit
// window; in the file so every server process and a restart agree. Rows older than the window are pruned.
export const selfCheckInAttempts = sqliteTable(
  'self_check_in_attempts',
  {
    id: rowId(),
    at: text('at').notNull().default(nowIso),
    address: text('address').notNull(),
    token: text('token').notNull(),
  },
  (t) => [index('self_check_in_attempts_address_idx').on(t.address, t.at), index('self_check_in_attempts_token_idx').on(t.token, t.at)],
);

// Two-step sign-in recovery codes: only their SHA-256 (each is 50 random bits, shown once); each works once.
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: rowId(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    createdAt: text('created_at').notNull().default(nowIso),
    usedAt: text('used_at'),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_unique').on(t.userId, t.codeHash), check('recovery_codes_used_at_check', isTimestamp(t.usedAt))],
);

/** An advisor's dated note on a student: what was said at an appointment, a drop-in, in an email or a call. */
export const advisingNotes = sqliteTable(
  'advising_notes',
  {
    id: rowId(),
    studentId: ownerStudent(),
    kind: text('kind', { enum: advisingNoteKinds }).notNull(),
    occurredOn: text('occurred_on').notNull(),
    body: text('body').notNull(),
    // Who wrote it: the signed-in user's advisor on the office server, "I am" in the single-user app.
    advisorId: integer('advisor_id').references(() => advisors.id, { onDelete: 'set null' }),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    index('advising_notes_student_idx').on(t.studentId, t.occurredOn),
    index('advising_notes_advisor_idx').on(t.advisorId),
    check('advising_notes_kind_check', inList(t.kind, advisingNoteKinds)),
    check('advising_notes_occurred_on_check', sql`${t.occurredOn} is not null and ${isDate(t.occurredOn)}`),
    check('advising_notes_body_check', sql`length(trim(${t.body})) > 0`),
  ],
);

/** Something an advisor means to do by a day, about a student, a contact or both ("check back with Yara on 15 Jan"). */
export const tasks = sqliteTable(
  'tasks',
  {
    id: rowId(),
    title: text('title').notNull(),
    dueOn: text('due_on').notNull(),
    studentId: integer('student_id').references(() => students.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    // The owner: whose My day lists it.
    advisorId: integer('advisor_id').references(() => advisors.id, { onDelete: 'set null' }),
    // The office day it was completed; null while open.
    doneOn: text('done_on'),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    // My day: one advisor's open tasks by due date, read from the index alone.
    index('tasks_advisor_open_due_idx')
      .on(t.advisorId, t.dueOn)
      .where(sql`${t.doneOn} is null`),
    index('tasks_student_idx').on(t.studentId, t.dueOn),
    index('tasks_contact_idx').on(t.contactId, t.dueOn),
    check('tasks_title_check', sql`length(trim(${t.title})) > 0`),
    check('tasks_due_on_check', sql`${t.dueOn} is not null and ${isDate(t.dueOn)}`),
    check('tasks_done_on_check', isDate(t.doneOn)),
    check('tasks_subject_check', sql`${t.studentId} is not null or ${t.contactId} is not null`),
  ],
);

/**
 * A write sent with an Idempotency-Key (the door's offline queue replaying, a retried call): its first answer, so the
 * same key again gets that answer and nothing is written twice. Per user (0: the single-user app's one caller); kept
 * until expires_at (a week: a day at the door and the way back), then pruned by the next keyed write. See
 * core/idempotency/dispatch-once.ts.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    userId: integer('user_id').notNull(),
    key: text('key').notNull(),
    procedure: text('procedure').notNull(),
    /** sha256 of the procedure's validated input: the same key with another input is refused, not answered. */
    inputHash: text('input_hash').notNull(),
    /** The first answer's data, as JSON. */
    result: text('result').notNull(),
    createdAt: text('created_at').notNull().default(nowIso),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.key] }),
    index('idempotency_keys_expires_idx').on(t.expiresAt),
    check('idempotency_keys_expires_at_check', sql`julianday(${t.expiresAt}) is not null`),
  ],
);

/**
 * SAML message ids the office server must remember (core/sso/saml-ids.ts): the AuthnRequests it issued, so a
 * response is accepted only InResponseTo one of them and only once; and the assertions it accepted, so a captured
 * assertion posted again is refused. Each row is kept until expires_at (bounded: minutes for a request, the
 * assertion's own validity plus the clock skew for an assertion), then pruned by the next sign-in.
 */
export const samlMessageIds = sqliteTable(
  'saml_message_ids',
  {
    kind: text('kind', { enum: ['request', 'assertion'] }).notNull(),
    id: text('id').notNull(),
    createdAt: text('created_at').notNull().default(nowIso),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.id] }),
    index('saml_message_ids_expires_idx').on(t.expiresAt),
    check('saml_message_ids_kind_check', sql`${t.kind} in ('request', 'assertion')`),
    check('saml_message_ids_expires_at_check', sql`julianday(${t.expiresAt}) is not null`),
  ],
);
