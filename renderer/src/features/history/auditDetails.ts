import { readinessFilters } from '@shared/api/students';
import { readinessLevelLabels, studentStatusLabels, studentStatuses } from '@shared/domain';
import { formatCount, plural } from '@renderer/components/format';
import { humanize } from './historyLabels';

/** What an audit entry's details say, in sentences: the file, who was in it, and anything else worth knowing. */
export interface DetailsSummary {
  /** "PDF · ana-ruiz-references.pdf" */
  file: string | null;
  /** Every student named, in the order the export wrote them. */
  students: string[];
  lines: string[];
}

type Scalar = string | number | boolean;

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarText(value: Scalar): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'number' ? formatCount(value) : value;
}

function readinessText(value: unknown): string | null {
  const filter = readinessFilters.find((f) => f === value);
  if (filter === undefined) return null;
  return filter === 'not_ready' ? 'Not ready' : readinessLevelLabels[filter];
}

function filterPart(key: string, value: unknown, advisorName: (id: number) => string | undefined): string | null {
  if (key === 'advisorId' && typeof value === 'number') return `Advisor ${advisorName(value) ?? `#${value}`}`;
  if (key === 'search' && typeof value === 'string') return `Search “${value}”`;
  if (key === 'readiness') {
    const readiness = readinessText(value);
    return readiness === null ? null : `Readiness: ${readiness}`;
  }
  if (key === 'status') {
    const status = studentStatuses.find((s) => s === value);
    return status === undefined ? null : `Status: ${studentStatusLabels[status]}`;
  }
  return isScalar(value) ? `${humanize(key)} ${String(value)}` : null;
}

/** An export's student filter as the students page would show it: "Cohort Fall 2026 · Readiness: Ready". */
function filterText(filter: Record<string, unknown>, advisorName: (id: number) => string | undefined): string | null {
  const parts = Object.entries(filter)
    .map(([key, value]) => filterPart(key, value, advisorName))
    .filter((part) => part !== null);
  return parts.length > 0 ? `Filter: ${parts.join(' · ')}` : null;
}

/** Anything not known by name, said as plainly as its shape allows; nested structures are left to the raw log. */
function genericLine(key: string, value: unknown): string | null {
  if (isScalar(value)) return `${humanize(key)}: ${scalarText(value)}`;
  if (Array.isArray(value) && value.length > 0 && value.every(isScalar)) return `${humanize(key)}: ${value.map(scalarText).join(', ')}`;
  if (isRecord(value)) {
    const entries = Object.entries(value).filter((entry): entry is [string, Scalar] => isScalar(entry[1]));
    if (entries.length > 0) return `${humanize(key)}: ${entries.map(([k, v]) => `${humanize(k).toLowerCase()} ${scalarText(v)}`).join(', ')}`;
  }
  return null;
}

export function summariseDetails(details: Record<string, unknown> | null, advisorName: (id: number) => string | undefined = () => undefined): DetailsSummary {
  const summary: DetailsSummary = { file: null, students: [], lines: [] };
  if (!details) return summary;
  const format = typeof details.format === 'string' ? details.format.toUpperCase() : null;
  const fileName = typeof details.fileName === 'string' ? details.fileName : null;
  summary.file = [format, fileName].filter((part) => part !== null).join(' · ') || null;

  for (const [key, value] of Object.entries(details)) {
    switch (key) {
      case 'format':
      case 'fileName':
        break;
      case 'students':
        if (Array.isArray(value)) summary.students = value.filter((v): v is string => typeof v === 'string');
        else if (typeof value === 'number') summary.lines.push(plural(value, 'student'));
        break;
      case 'fields':
        if (Array.isArray(value) && value.length > 0) summary.lines.push(`Fields: ${value.filter(isScalar).map(scalarText).join(', ')}`);
        break;
      case 'withheld':
        if (typeof value === 'number' && value > 0) summary.lines.push(`${formatCount(value)} confidential left out`);
        break;
      case 'references':
        if (typeof value === 'number') summary.lines.push(plural(value, 'reference'));
        break;
      case 'notAgreed':
        if (typeof value === 'number' && value > 0) summary.lines.push(`${formatCount(value)} not agreed yet`);
        break;
      case 'includeNotAgreed':
        if (value === true) summary.lines.push('Included references not agreed yet');
        break;
      case 'rows':
        if (typeof value === 'number') summary.lines.push(plural(value, 'row'));
        break;
      case 'filter': {
        const text = isRecord(value) ? filterText(value, advisorName) : null;
        if (text) summary.lines.push(text);
        break;
      }
      case 'setting':
        if (typeof value === 'string') summary.lines.push(humanize(value));
        break;
      default: {
        const line = genericLine(key, value);
        if (line) summary.lines.push(line);
      }
    }
  }
  return summary;
}

/** "Ana Ruiz, Ben Ode, Cy Lam and 12 more" */
export function studentsPreview(students: readonly string[], shown = 3): string {
  const head = students.slice(0, shown).join(', ');
  const rest = students.length - shown;
  return rest > 0 ? `${head} and ${formatCount(rest)} more` : head;
}
