import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { readinessLevels } from '../../../shared/domain';
import type { Db } from '../db/client';
import { closestToReady, readinessShares } from '../db/readiness';
import { studentWhere } from '../db/students';
import { localToday } from '../dates';
import { readinessRules } from '../office/readiness-rules';
import { explainCandidate } from './explain';

/** The readiness widgets of the dashboard, for active students matching the filter. */
export function dashboardReadiness(db: Db, input: ParsedInput<'dashboard.readiness'>, today = localToday()): ProcedureOutput<'dashboard.readiness'> {
  const rules = readinessRules(db);
  const { where, params } = studentWhere({ ...input, status: 'active' });
  const shares = readinessShares(db, where, params, today, rules);
  const group = (dim: 'cohort' | 'program' | 'classYear') =>
    shares
      .filter((row) => row.dim === dim)
      .map((row) => ({ value: row.value === null ? null : String(row.value), students: row.students, ready: row.ready }));
  const levels = shares.filter((row) => row.dim === 'level');
  const closest = closestToReady(db, where, params, today, rules, 10).map((row) => {
    const candidate = explainCandidate(row, row.studentFirstName, today, rules);
    return {
      studentId: row.studentId,
      studentName: `${row.studentFirstName} ${row.studentLastName}`,
      readyReferences: rules.targetReferences - 1,
      contactName: row.contactName,
      action: candidate.nextAction ?? '',
    };
  });
  return {
    activeStudents: levels.reduce((sum, row) => sum + row.students, 0),
    target: rules.targetReferences,
    distribution: readinessLevels.map((level) => ({ level, students: levels.find((row) => row.value === level)?.students ?? 0 })),
    byCohort: group('cohort'),
    byProgram: group('program'),
    byClassYear: group('classYear'),
    closestToReady: closest,
  };
}
