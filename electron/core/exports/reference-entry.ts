import { placementKindLabels, relationshipKindLabels } from '../../../shared/domain';
import type { CandidateRow } from '../db/readiness';
import { readableMonth, readableMonthSpan } from '../dates';
import type { ReferenceEntry } from '../export/reference-document';

// What a reference list says about one reference: the wording the PDF, the DOCX and the bulk export share.

/** "Department of Physics, Northfield University": the department within the contact's employer, when on file. */
export function organisationText(row: CandidateRow): string | null {
  const parts = [row.contactDepartment, row.employerName ?? row.placementEmployer].filter((part): part is string => Boolean(part?.trim()));
  return parts.length > 0 ? parts.join(', ') : null;
}

const seasons = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'fall', 'fall', 'fall', 'winter'];
/** A placement this short is named by its season ("summer internship"); a longer one by its months alone. */
const seasonalMonths = 4;

function monthsSpanned(fromIsoDate: string, toIsoDate: string): number {
  const [fy = 0, fm = 0] = fromIsoDate.split('-').map(Number);
  const [ty = 0, tm = 0] = toIsoDate.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** "summer internship as Data Analyst", "co-op as Lab Technician", "Data Analyst" (a job is named by its role). */
function placementText(row: CandidateRow): string | null {
  if (!row.placementKind || !row.placementStartOn) return null;
  if (row.placementKind === 'job') return row.placementRole;
  const kind = placementKindLabels[row.placementKind].toLowerCase();
  const month = Number(row.placementStartOn.slice(5, 7));
  const seasonal = row.placementEndOn !== null && monthsSpanned(row.placementStartOn, row.placementEndOn) <= seasonalMonths;
  const named = seasonal ? `${seasons[month - 1] ?? ''} ${kind}`.trim() : kind;
  return row.placementRole ? `${named} as ${row.placementRole}` : named;
}

/**
 * The relationship with where and when: "Supervisor at Sterling Labs, summer internship as Data Analyst, Jun–Aug 2025".
 * Where is the placement's employer, else the contact's; when is the placement's months (without a placement the
 * "known since" line says when). What is the placement, else the connection's own context (an event, a course).
 */
export function relationshipText(row: CandidateRow): string {
  const where = row.placementEmployer ?? row.employerName;
  const what = placementText(row) ?? row.context;
  const when = row.placementStartOn ? readableMonthSpan(row.placementStartOn, row.placementEndOn) : null;
  return [`${relationshipKindLabels[row.relationship]}${where ? ` at ${where}` : ''}`, what, when].filter(Boolean).join(', ');
}

/** One reference as printed at `order` (1-based) on the student's list. */
export function entryOf(row: CandidateRow, order: number): ReferenceEntry {
  return {
    name: row.contactName,
    title: row.contactTitle,
    organisation: organisationText(row),
    email: row.email,
    phone: row.phone,
    preferredMethod: row.preferredMethod,
    relationship: relationshipText(row),
    knownSince: row.knownSinceOn ? readableMonth(row.knownSinceOn) : null,
    agreed: row.referenceStatus === 'agreed',
    order,
  };
}
