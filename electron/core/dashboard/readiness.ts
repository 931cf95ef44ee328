import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Db } from '../db/client';
import { closestToReady, nearTarget, readinessGroups, type ReadinessGroup } from '../db/readiness';
import { studentWhere } from '../db/students';
import { visibleStudentsSql } from '../db/visible-students';
import { officeDateFormat, officeToday } from '../db/office-day';
import { readinessRules } from '../office/readiness-rules';
import { explainCandidate } from '../readiness/explain';

type Share = { value: string | null; students: number; ready: number };

/** Sums the groups by one of their columns (a few hundred aggregated rows, not students). */
function sharesBy(groups: readonly ReadinessGroup[], key: (g: ReadinessGroup) => string | number | null): Share[] {
  const shares = new Map<string, Share>();
  for (const g of groups) {
    const raw = key(g);
    const value = raw === null ? null : String(raw);
    const mapKey = value === null ? 'none' : `value:${value}`;
    const share = shares.get(mapKey) ?? { value, students: 0, ready: 0 };
    share.students += g.students;
    share.ready += g.ready;
    shares.set(mapKey, share);
  }
  return [...shares.values()];
}

/** The readiness widgets of the dashboard, for active students matching the filter. */
export function dashboardReadiness(db: Db, input: ParsedInput<'dashboard.readiness'>, today = officeToday(db)): ProcedureOutput<'dashboard.readiness'> {
  const rules = readinessRules(db);
  // Readiness is as of today whatever the term: references are ready or not now.
  const { where, params } = studentWhere({
    visible: visibleStudentsSql(db),
    advisorId: input.advisorId,
    cohort: input.cohort,
    program: input.program,
    classYear: input.classYear,
    status: 'active',
  });
  const near = nearTarget(db, where, params, today, rules);
  const atTarget = near.filter((row) => row.ready >= rules.targetReferences).map((row) => row.studentId);
  const shortByOne = near.filter((row) => row.ready === rules.targetReferences - 1).map((row) => row.studentId);
  const groups = readinessGroups(db, where, params, atTarget);
  const total = (pick: (g: ReadinessGroup) => number) => groups.reduce((sum, g) => sum + pick(g), 0);
  const students = total((g) => g.students);
  const ready = total((g) => g.ready);
  // Every student at the target has a candidate, so "building" is the candidates short of it.
  const building = total((g) => g.candidates) - ready;
  const format = officeDateFormat(db);
  const closest = closestToReady(db, where, params, today, rules, 10, shortByOne).map((row) => {
    const candidate = explainCandidate(row, row.studentFirstName, today, rules, format);
    return {
      studentId: row.studentId,
      studentName: `${row.studentFirstName} ${row.studentLastName}`,
      readyReferences: rules.targetReferences - 1,
      connectionId: candidate.connectionId,
      contactId: candidate.contactId,
      contactName: row.contactName,
      referenceStatus: candidate.referenceStatus,
      action: candidate.nextAction ?? '',
      nextItem: candidate.nextItem,
      missingDetail: candidate.missingDetail,
    };
  });
  return {
    activeStudents: students,
    target: rules.targetReferences,
    distribution: [
      { level: 'ready', students: ready },
      { level: 'building', students: building },
      { level: 'not_started', students: students - ready - building },
    ],
    byCohort: sharesBy(groups, (g) => g.cohort),
    byProgram: sharesBy(groups, (g) => g.program),
    byClassYear: sharesBy(groups, (g) => g.classYear),
    closestToReady: closest,
  };
}
