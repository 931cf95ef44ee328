import { z } from 'zod';
import { studentSortColumns, type StudentSortColumn } from '@shared/api/students';

// The Students table's optional columns (the name is always shown): every sort the list offers but the name and
// updatedAt, in the contract's order.

export type OptionalColumn = Exclude<StudentSortColumn, 'name' | 'updatedAt'>;
export const optionalColumns: readonly OptionalColumn[] = studentSortColumns.filter((c): c is OptionalColumn => c !== 'name' && c !== 'updatedAt');

export const columnLabels: Record<OptionalColumn, string> = {
  externalId: 'Student ID',
  program: 'Program',
  classYear: 'Class year',
  cohort: 'Cohort',
  advisor: 'Advisor',
  status: 'Status',
  readiness: 'Readiness',
  readyCount: 'Ready references',
  goals: 'Goals',
  lastActivity: 'Last activity',
  losingTouch: 'Losing touch',
};

/**
 * What a new computer shows: what fits at 1440 px without scrolling sideways. The student ID, status (most are
 * active; a filter answers it), the ready-reference count (the readiness badge says it) and the cohort are in the chooser.
 */
const hiddenByDefault: readonly OptionalColumn[] = ['externalId', 'status', 'readyCount', 'cohort'];
export const defaultColumns: readonly OptionalColumn[] = optionalColumns.filter((c) => !hiddenByDefault.includes(c));

/** Known column keys from any list of strings, in the table's order (unknown ones dropped). */
export function knownColumns(values: readonly string[]): OptionalColumn[] {
  return optionalColumns.filter((c) => values.includes(c));
}

/** The `cols` address parameter: "name,program,readiness" (the name first, so no columns at all still reads as a choice). */
export function formatCols(columns: readonly OptionalColumn[]): string {
  return ['name', ...columns].join(',');
}

/** A `cols` parameter read back, or nothing when it names no column this version has. */
export function parseCols(value: string | null): OptionalColumn[] | undefined {
  if (!value) return undefined;
  const parts = value.split(',').map((part) => part.trim());
  const columns = knownColumns(parts);
  return columns.length > 0 || parts.includes('name') ? columns : undefined;
}

const storedSchema = z.array(z.string()).max(50);

/** The columns remembered on this computer, read defensively (missing, not JSON, not a list: nothing). */
export function parseStoredColumns(raw: string | null): OptionalColumn[] | undefined {
  if (raw === null) return undefined;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? knownColumns(parsed.data) : undefined;
  } catch {
    return undefined;
  }
}
