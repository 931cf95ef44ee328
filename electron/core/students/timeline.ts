import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { timelineKinds, type TimelineItem } from '../../../shared/api/students';
import {
  advisingNoteKindLabels,
  eventKindLabels,
  goalStatusLabels,
  interactionKindLabels,
  milestoneKindLabels,
  relationshipKindLabels,
} from '../../../shared/domain';
import type { Db } from '../db/client';
import { findStudent } from '../db/students';
import { timelinePage, type TimelineRow } from '../db/timeline';
import { officeToday } from '../db/office-day';
import { notFound } from '../errors';

function label<T extends string>(labels: Record<T, string>, value: string | null): string {
  const entry = Object.entries<string>(labels).find(([key]) => key === value);
  return entry ? entry[1] : (value ?? '');
}

function describe(row: TimelineRow): Pick<TimelineItem, 'title' | 'detail'> {
  switch (row.kind) {
    case 'interaction':
      return {
        title: `${label(interactionKindLabels, row.a)} · ${row.b ?? ''}`,
        detail: row.summary ?? label(relationshipKindLabels, row.c3),
      };
    case 'placement':
      return {
        title: `${row.a === 'started' ? 'Started' : 'Finished'} ${row.b ?? ''} at ${row.c3 ?? ''}`,
        detail: null,
      };
    case 'goal':
      return row.a === 'met'
        ? { title: `Goal met: ${row.b ?? ''}`, detail: null }
        : { title: `Goal set: ${row.b ?? ''}`, detail: row.c3 ? `Now: ${label(goalStatusLabels, row.c3)}` : null };
    case 'event':
      return { title: `Attended ${row.b ?? ''}`, detail: label(eventKindLabels, row.c3) };
    case 'milestone':
      return { title: `Milestone: ${label(milestoneKindLabels, row.a)}`, detail: row.b };
    case 'note':
      return { title: `${label(advisingNoteKindLabels, row.a)} note${row.c3 ? ` · ${row.c3}` : ''}`, detail: row.b };
  }
}

/** Everything that happened to a student, newest first, filtered by kind and paged in SQL. */
export function studentsTimeline(db: Db, input: ParsedInput<'students.timeline'>): ProcedureOutput<'students.timeline'> {
  if (!findStudent(db, input.studentId)) throw notFound('student', input.studentId);
  const kinds = input.kinds && input.kinds.length > 0 ? input.kinds : timelineKinds;
  const { rows, total } = timelinePage(db, {
    studentId: input.studentId,
    today: officeToday(db),
    kinds,
    page: input.page,
    pageSize: input.pageSize,
  });
  return {
    total,
    rows: rows.map((row) => ({
      key: row.key,
      kind: row.kind,
      on: row.on,
      ...describe(row),
      interactionId: row.interactionId,
      interactionKind: row.interactionKind,
      interactionVersion: row.interactionVersion,
      connectionId: row.connectionId,
      summary: row.summary,
      sharedContactDetails: row.shared,
    })),
  };
}
