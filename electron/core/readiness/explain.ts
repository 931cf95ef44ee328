import type { ReadinessCheck, ReadinessRules, ReferenceCandidate } from '../../../shared/api/readiness';
import {
  contactMethodLabels,
  contactVerifiedMonths,
  readinessItems,
  readinessLevelLabels,
  relationshipKindLabels,
  type ReadinessItem,
} from '../../../shared/domain';
import type { CandidateRow, ReadinessSummary } from '../db/readiness';
import { readableDate, readableDuration } from '../dates';
import type { DateFormat } from '../../../shared/date-format';

// Plain-words explanations of the checklist: what the records show, and the next concrete step
// with names and dates. The SQL decides; this only words its answers.

/** Missing items in the order an advisor should tackle them; waiting for time to pass comes last. */
const actionPriority: ReadinessItem[] = ['inTouch', 'thanked', 'detailsShared', 'contactCurrent', 'permission', 'resumeShared', 'knownLongEnough', 'eligible'];

function who(row: CandidateRow): string {
  const employer = row.employerName ?? row.placementEmployer;
  return `${row.contactName} (${relationshipKindLabels[row.relationship].toLowerCase()}${employer ? `, ${employer}` : ''})`;
}

function supportText(row: CandidateRow): string {
  if (row.placementRole !== null) return `the ${row.placementRole}${row.placementEmployer ? ` at ${row.placementEmployer}` : ''}`;
  if (row.relationship === 'informational_interview') return 'the informational interview';
  return 'their support';
}

function check(item: ReadinessItem, met: boolean, detail: string, action: string): ReadinessCheck {
  return { item, met, detail, action: met ? null : action };
}

function eligibleCheck(row: CandidateRow): ReadinessCheck {
  const label = relationshipKindLabels[row.relationship];
  return check('eligible', true, row.strong ? `${label}: a strong reference` : `${label}: counts as a weak reference`, '');
}

function knownCheck(row: CandidateRow, student: string, today: string, rules: ReadinessRules, format: DateFormat): ReadinessCheck {
  if (row.knownSinceOn === null || row.knownEnoughOn === null) {
    return check('knownLongEnough', false, 'No date recorded for when they met', `Record when ${student} met ${row.contactName}`);
  }
  const detail = `Known since ${readableDate(row.knownSinceOn, format)} (${readableDuration(row.knownSinceOn, today)})`;
  return check(
    'knownLongEnough',
    row.knownLongEnough === 1,
    detail,
    `Wait until ${readableDate(row.knownEnoughOn, format)}, when ${student} will have known ${row.contactName} for ${rules.knownMonths} months`,
  );
}

function thankedCheck(row: CandidateRow, student: string, format: DateFormat): ReadinessCheck {
  const since = row.thankFromOn === null ? '' : ` since ${readableDate(row.thankFromOn, format)}`;
  const detail = row.thanked === 1 && row.lastThankedOn ? `Thanked on ${readableDate(row.lastThankedOn, format)}` : `No thank-you recorded${since}`;
  return check('thanked', row.thanked === 1, detail, `${student} sends ${row.contactName} a thank-you for ${supportText(row)}`);
}

function detailsCheck(row: CandidateRow, student: string): ReadinessCheck {
  return check(
    'detailsShared',
    row.detailsShared === 1,
    row.detailsShared === 1 ? 'Personal contact details shared' : 'Personal contact details not shared yet',
    `${student} shares personal email and phone with ${row.contactName} (a thank-you email with them counts)`,
  );
}

function inTouchCheck(row: CandidateRow, student: string, format: DateFormat): ReadinessCheck {
  const last = row.lastTouchOn === null ? 'no contact recorded' : `last contact ${readableDate(row.lastTouchOn, format)}, ${row.daysSinceTouch} days ago`;
  return check(
    'inTouch',
    row.inTouch === 1,
    `${row.inTouch === 1 ? 'In touch' : 'Out of touch'}: ${last} (window ${row.maxDays} days)`,
    `${student} gets back in touch with ${row.contactName} (${last})`,
  );
}

/** The contact's preferred method (null: either will do), and whether a detail the readiness check accepts is on file. */
function contactOnFile(row: CandidateRow): { method: 'email' | 'phone' | null; onFile: boolean } {
  const method = row.preferredMethod === 'phone' ? 'phone' : row.preferredMethod === 'email' ? 'email' : null;
  const onFile = method === 'phone' ? row.phone !== null : method === 'email' ? row.email !== null : row.email !== null || row.phone !== null;
  return { method, onFile };
}

/** What the "contact details" item lacks: the preferred method's detail, else an email; null when one is on file. */
function missingDetail(row: CandidateRow): 'email' | 'phone' | null {
  const { method, onFile } = contactOnFile(row);
  return onFile ? null : (method ?? 'email');
}

function contactCheck(row: CandidateRow, format: DateFormat): ReadinessCheck {
  const { method, onFile } = contactOnFile(row);
  const verified = row.verifiedOn === null ? 'never verified' : `verified ${readableDate(row.verifiedOn, format)}`;
  if (!onFile) {
    if (method === null) return check('contactCurrent', false, 'No email or phone on file', `Add an email or phone for ${row.contactName}`);
    const missing = `${contactMethodLabels[method].toLowerCase()} (their preferred method)`;
    return check('contactCurrent', false, `No ${missing} on file`, `Add ${row.contactName}'s ${missing}`);
  }
  const on = method === null ? 'Email or phone on file' : `${contactMethodLabels[method]} on file`;
  return check(
    'contactCurrent',
    row.contactCurrent === 1,
    `${on}, ${verified}`,
    `Confirm ${row.contactName}'s contact details (${verified}; they count for ${contactVerifiedMonths} months)`,
  );
}

function permissionCheck(row: CandidateRow, format: DateFormat): ReadinessCheck {
  if (row.referenceStatus === 'agreed') {
    return row.referenceStatusOn === null
      ? check('permission', false, 'Agreed, date not recorded', `Record the day ${row.contactName} agreed`)
      : check('permission', true, `Agreed on ${readableDate(row.referenceStatusOn, format)}`, '');
  }
  if (row.referenceStatus === 'asked') {
    const on = row.referenceStatusOn === null ? '' : ` on ${readableDate(row.referenceStatusOn, format)}`;
    return check('permission', false, `Asked${on}, no answer yet`, `Follow up with ${row.contactName}: asked${on}, no answer recorded`);
  }
  return check('permission', false, 'Not asked yet', `Ask ${who(row)} whether they will be a reference`);
}

function resumeCheck(row: CandidateRow, student: string, format: DateFormat): ReadinessCheck {
  if (row.resumeShared === 1 && row.resumeSharedOn !== null)
    return check('resumeShared', true, `Resume shared ${readableDate(row.resumeSharedOn, format)}`, '');
  if (row.referenceStatus !== 'agreed') {
    return check('resumeShared', false, 'Waiting for their agreement', `Once ${row.contactName} agrees, send them ${student}'s resume`);
  }
  const detail = row.resumeSharedOn === null ? 'Resume not shared yet' : `Resume last shared ${readableDate(row.resumeSharedOn, format)}, before they agreed`;
  return check('resumeShared', false, detail, `Send ${row.contactName} ${student}'s current resume and the job description`);
}

/** One candidate reference, worded for the readiness panel. */
export function explainCandidate(row: CandidateRow, student: string, today: string, rules: ReadinessRules, format: DateFormat): ReferenceCandidate {
  const byItem: Record<ReadinessItem, ReadinessCheck> = {
    eligible: eligibleCheck(row),
    knownLongEnough: knownCheck(row, student, today, rules, format),
    thanked: thankedCheck(row, student, format),
    detailsShared: detailsCheck(row, student),
    inTouch: inTouchCheck(row, student, format),
    contactCurrent: contactCheck(row, format),
    permission: permissionCheck(row, format),
    resumeShared: resumeCheck(row, student, format),
  };
  const next = actionPriority.map((item) => byItem[item]).find((c) => !c.met);
  return {
    connectionId: row.connectionId,
    contactId: row.contactId,
    contactName: row.contactName,
    contactTitle: row.contactTitle,
    employerName: row.employerName,
    relationship: row.relationship,
    strength: row.strong === 1 ? 'strong' : 'weak',
    referenceStatus: row.referenceStatus,
    status: row.status,
    points: row.points,
    lastTouchOn: row.lastTouchOn,
    checks: readinessItems.map((item) => byItem[item]),
    nextAction: next?.action ?? null,
    nextItem: next?.item ?? null,
    missingDetail: missingDetail(row),
  };
}

/** Sentences that account for the level and the score, so an advisor can check the arithmetic. */
export function readinessReasons(summary: ReadinessSummary, candidates: readonly ReferenceCandidate[], rules: ReadinessRules): string[] {
  const target = rules.targetReferences;
  const reasons: string[] = [];
  const ready = summary.readyReferences;
  if (summary.level === 'ready') reasons.push(`${readinessLevelLabels.ready}: ${ready} ready references meet the target of ${target}.`);
  else if (summary.level === 'building') {
    reasons.push(
      `${readinessLevelLabels.building}: ${ready} of ${target} references ready, from ${summary.candidates} candidate${summary.candidates === 1 ? '' : 's'}.`,
    );
  } else
    reasons.push(
      `${readinessLevelLabels.not_started}: no supervisor, mentor, faculty member, coworker, hiring-committee or informational-interview contact yet.`,
    );

  const best = [...candidates].sort((a, b) => b.points - a.points || a.connectionId - b.connectionId).slice(0, target);
  const parts = best.map((c) => `${c.contactName} ${c.points}`);
  const missing = target - best.length;
  if (missing > 0) parts.push(`${missing === 1 ? 'one missing candidate' : `${missing} missing candidates`} 0`);
  reasons.push(`Score ${summary.score}: the average of the best ${target} checklists (${parts.join(', ')}).`);

  for (const c of candidates) {
    if (c.status === 'stale') reasons.push(`${c.contactName} was ready but is now out of touch.`);
    const open = c.checks.filter((k) => !k.met);
    if (c.status === 'almost' && open.length === 1 && c.nextAction) reasons.push(`${c.contactName} is one step away: ${c.nextAction}.`);
  }
  return reasons;
}
