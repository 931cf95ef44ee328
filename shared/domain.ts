// Domain vocabulary shared by the database CHECK constraints, the API contract and the UI labels.
// One concept, one name: the string stored in SQLite is the value used everywhere.

export const studentStatuses = ['active', 'alumnus', 'archived'] as const;
export type StudentStatus = (typeof studentStatuses)[number];
export const studentStatusLabels: Record<StudentStatus, string> = {
  active: 'Active',
  alumnus: 'Alumnus',
  archived: 'Archived',
};

export const relationshipKinds = [
  'supervisor',
  'mentor',
  'coworker',
  'hiring_committee',
  'informational_interview',
  'met_at_event',
  'faculty',
  'personal',
  'other',
] as const;
export type RelationshipKind = (typeof relationshipKinds)[number];
export const relationshipKindLabels: Record<RelationshipKind, string> = {
  supervisor: 'Supervisor',
  mentor: 'Mentor',
  coworker: 'Coworker',
  hiring_committee: 'Hiring committee',
  informational_interview: 'Informational interview',
  met_at_event: 'Met at event',
  faculty: 'Faculty',
  personal: 'Personal (family or friend)',
  other: 'Other',
};

export const referenceStatuses = ['not_asked', 'asked', 'agreed', 'declined'] as const;
export type ReferenceStatus = (typeof referenceStatuses)[number];
export const referenceStatusLabels: Record<ReferenceStatus, string> = {
  not_asked: 'Not asked',
  asked: 'Asked',
  agreed: 'Agreed',
  declined: 'Declined',
};

export const contactMethods = ['email', 'phone', 'linkedin'] as const;
export type ContactMethod = (typeof contactMethods)[number];
export const contactMethodLabels: Record<ContactMethod, string> = {
  email: 'Email',
  phone: 'Phone',
  linkedin: 'LinkedIn',
};

export const placementKinds = ['internship', 'co_op', 'job'] as const;
export type PlacementKind = (typeof placementKinds)[number];
export const placementKindLabels: Record<PlacementKind, string> = {
  internship: 'Internship',
  co_op: 'Co-op',
  job: 'Job',
};

export const interactionKinds = [
  'conversation',
  'informational_interview',
  'thank_you_note',
  'thank_you_email',
  'contact_details_shared',
  'linkedin_connection',
  'milestone_update',
  'reference_request',
  'reference_agreed',
  'resume_sent',
  'other',
] as const;
export type InteractionKind = (typeof interactionKinds)[number];
export const interactionKindLabels: Record<InteractionKind, string> = {
  conversation: 'Introduced / conversation at event',
  informational_interview: 'Informational interview',
  thank_you_note: 'Thank-you note',
  thank_you_email: 'Thank-you email',
  contact_details_shared: 'Contact details shared',
  linkedin_connection: 'LinkedIn connection',
  milestone_update: 'Milestone update',
  reference_request: 'Reference request',
  reference_agreed: 'Reference agreed',
  resume_sent: 'Resume sent',
  other: 'Other',
};

export const interactionSources = ['advisor', 'import'] as const;
export type InteractionSource = (typeof interactionSources)[number];

export const goalKinds = ['people_met', 'new_people', 'questions_asked', 'informational_interviews', 'follow_ups_sent', 'events_attended', 'custom'] as const;
export type GoalKind = (typeof goalKinds)[number];
export const goalKindLabels: Record<GoalKind, string> = {
  people_met: 'People met',
  new_people: 'Meet new people',
  questions_asked: 'Questions asked',
  informational_interviews: 'Informational interviews',
  follow_ups_sent: 'Follow-ups sent',
  events_attended: 'Events attended',
  custom: 'Custom',
};

export const goalStatuses = ['active', 'met', 'not_met_yet', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];
export const goalStatusLabels: Record<GoalStatus, string> = {
  active: 'Active',
  met: 'Met',
  not_met_yet: 'Not met yet',
  dropped: 'Dropped',
};

export const eventKinds = ['career_fair', 'info_session', 'conference', 'alumni_mixer', 'workshop', 'virtual'] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventKindLabels: Record<EventKind, string> = {
  career_fair: 'Career fair',
  info_session: 'Info session',
  conference: 'Conference',
  alumni_mixer: 'Alumni mixer',
  workshop: 'Workshop',
  virtual: 'Virtual event',
};

export const eventFormats = ['in_person', 'virtual', 'hybrid'] as const;
export type EventFormat = (typeof eventFormats)[number];
export const eventFormatLabels: Record<EventFormat, string> = {
  in_person: 'In person',
  virtual: 'Virtual',
  hybrid: 'Hybrid',
};

export const eventStatuses = ['draft', 'scheduled', 'done', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];
/** A student not on the list checking themselves in on a phone (issue 18): recorded as a walk-in, or refused. */
export const uninvitedPolicies = ['record', 'refuse'] as const;
export type UninvitedPolicy = (typeof uninvitedPolicies)[number];
export const eventStatusLabels: Record<EventStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  done: 'Held',
  cancelled: 'Cancelled',
};

export const rsvpStatuses = ['invited', 'registered', 'declined', 'waitlisted'] as const;
export type RsvpStatus = (typeof rsvpStatuses)[number];
export const rsvpStatusLabels: Record<RsvpStatus, string> = {
  invited: 'Invited',
  registered: 'Registered',
  declined: 'Declined',
  waitlisted: 'Waitlisted',
};

export const cadenceStates = ['fresh', 'cooling', 'stale'] as const;
export type CadenceState = (typeof cadenceStates)[number];
export const cadenceStateLabels: Record<CadenceState, string> = {
  fresh: 'In touch',
  cooling: 'Cooling',
  stale: 'Stale',
};

/** Sensible keep-in-touch windows (days): ideal, then the most that can pass before the tie goes stale. */
export const defaultKeepInTouchWindows: Record<RelationshipKind, { idealDays: number; maxDays: number }> = {
  supervisor: { idealDays: 90, maxDays: 180 },
  mentor: { idealDays: 60, maxDays: 120 },
  coworker: { idealDays: 120, maxDays: 240 },
  hiring_committee: { idealDays: 120, maxDays: 270 },
  informational_interview: { idealDays: 90, maxDays: 180 },
  met_at_event: { idealDays: 60, maxDays: 150 },
  faculty: { idealDays: 120, maxDays: 240 },
  personal: { idealDays: 180, maxDays: 365 },
  other: { idealDays: 120, maxDays: 240 },
};

export const milestoneKinds = ['applied', 'interview', 'offer_accepted', 'graduated'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];
export const milestoneKindLabels: Record<MilestoneKind, string> = {
  applied: 'Applied for a job',
  interview: 'Interview',
  offer_accepted: 'Offer accepted',
  graduated: 'Graduated',
};

export const advisingNoteKinds = ['appointment', 'drop_in', 'email', 'call'] as const;
export type AdvisingNoteKind = (typeof advisingNoteKinds)[number];
export const advisingNoteKindLabels: Record<AdvisingNoteKind, string> = {
  appointment: 'Appointment',
  drop_in: 'Drop-in',
  email: 'Email',
  call: 'Call',
};

/** Relationships that support a student through a placement: they get the internship wrap-up. */
export const wrapUpRelationships = ['supervisor', 'coworker', 'hiring_committee', 'informational_interview'] as const satisfies readonly RelationshipKind[];

export const wrapUpItems = ['thank_you_note', 'thank_you_email', 'linkedin_connection', 'milestone_update'] as const;
export type WrapUpItem = (typeof wrapUpItems)[number];
export const wrapUpItemLabels: Record<WrapUpItem, string> = {
  thank_you_note: 'Thank-you note',
  thank_you_email: 'Thank-you email with personal contact details',
  linkedin_connection: 'LinkedIn connection',
  milestone_update: 'First milestone update',
};

// The office server adds who came and went (sign_in, sign_out, sign_in_failed) and calls the rules refused (refused).
export const auditActions = [
  'create',
  'update',
  'archive',
  'delete',
  'import',
  'export',
  'bulk_change',
  'demo',
  'backup',
  'restore',
  'sign_in',
  'sign_out',
  'sign_in_failed',
  'refused',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Full display name: "Preferred Last" when a preferred name is set. */
export function displayName(person: { firstName: string; lastName: string; preferredName?: string | null }): string {
  const first = person.preferredName?.trim() ? person.preferredName.trim() : person.firstName;
  return `${first} ${person.lastName}`.trim();
}

/** Relationships that can give a reference. Informational-interview contacts count, but only as weak ones. */
export const strongReferenceRelationships = ['supervisor', 'mentor', 'faculty', 'coworker', 'hiring_committee'] as const satisfies readonly RelationshipKind[];
export const weakReferenceRelationships = ['informational_interview'] as const satisfies readonly RelationshipKind[];

/** The reference-readiness checklist, in the order a reference is built. */
export const readinessItems = ['eligible', 'knownLongEnough', 'thanked', 'detailsShared', 'inTouch', 'contactCurrent', 'permission', 'resumeShared'] as const;
export type ReadinessItem = (typeof readinessItems)[number];
export const readinessItemLabels: Record<ReadinessItem, string> = {
  eligible: 'Eligible relationship',
  knownLongEnough: 'Known long enough',
  thanked: 'Thanked after their support',
  detailsShared: 'Personal contact details shared',
  inTouch: 'In touch within the window',
  contactCurrent: 'Contact details on file and verified',
  permission: 'Agreed to be a reference',
  resumeShared: 'Resume shared since agreeing',
};

export const readinessStatuses = ['ready', 'stale', 'almost', 'not_yet'] as const;
export type ReadinessStatus = (typeof readinessStatuses)[number];
export const readinessStatusLabels: Record<ReadinessStatus, string> = {
  ready: 'Ready',
  stale: 'Stale',
  almost: 'Almost',
  not_yet: 'Not yet',
};

export const readinessLevels = ['ready', 'building', 'not_started'] as const;
export type ReadinessLevel = (typeof readinessLevels)[number];
export const readinessLevelLabels: Record<ReadinessLevel, string> = {
  ready: 'Ready',
  building: 'Building',
  not_started: 'Not started',
};

/** Default readiness rules (Settings): the weights sum to 100 so a candidate's points read as a percentage. */
export const defaultReadinessRules = {
  targetReferences: 3,
  knownMonths: 6,
  weights: {
    eligible: 10,
    knownLongEnough: 10,
    thanked: 15,
    detailsShared: 10,
    inTouch: 15,
    contactCurrent: 10,
    permission: 20,
    resumeShared: 10,
  } satisfies Record<ReadinessItem, number>,
};
/** Contact details count as current when verified within this many months. */
export const contactVerifiedMonths = 12;

/** Lists whose filters, sort and columns can be saved as a named view. */
export const savedViewPages = ['students'] as const;
export type SavedViewPage = (typeof savedViewPages)[number];
