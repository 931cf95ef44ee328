import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { StudentReadiness } from '../../../shared/api/readiness';
import { changeWithAudit } from '../audit/record';
import type { Db } from '../db/client';
import { candidatesOf, notEligibleCount, summariesOf } from '../db/readiness';
import { findStudent } from '../db/students';
import { officeDateFormat, officeToday } from '../db/office-day';
import { notFound } from '../errors';
import { readinessRules, saveReadinessRules } from '../office/readiness-rules';
import { explainCandidate, readinessReasons } from './explain';

export function readinessRulesGet(db: Db): ProcedureOutput<'readiness.rules'> {
  return readinessRules(db);
}

export function readinessRulesUpdate(db: Db, input: ParsedInput<'readiness.updateRules'>): ProcedureOutput<'readiness.updateRules'> {
  // The rules, every ready window they move (triggers) and the audit row: one transaction.
  const entry = { action: 'update', entity: 'settings', details: { setting: 'readiness rules', ...input } } as const;
  return changeWithAudit(db, entry, () => saveReadinessRules(db, input));
}

/** A student's readiness: the level, the score with its reasons, and every candidate reference with its checklist. */
export function studentReadiness(db: Db, studentId: number, today = officeToday(db)): StudentReadiness {
  const student = findStudent(db, studentId);
  if (!student) throw notFound('student', studentId);
  const rules = readinessRules(db);
  const format = officeDateFormat(db);
  const firstName = student.preferredName?.trim() ? student.preferredName.trim() : student.firstName;
  const candidates = candidatesOf(db, [studentId], today, rules).map((row) => explainCandidate(row, firstName, today, rules, format));
  const [summary] = summariesOf(db, [studentId], today, rules);
  if (!summary) throw notFound('student', studentId);
  return {
    studentId,
    studentName: student.displayName,
    level: summary.level,
    readyReferences: summary.readyReferences,
    target: rules.targetReferences,
    score: summary.score,
    reasons: readinessReasons(summary, candidates, rules),
    candidates,
    notEligible: notEligibleCount(db, studentId),
  };
}

export function readinessStudent(db: Db, input: ParsedInput<'readiness.student'>): StudentReadiness {
  return studentReadiness(db, input.id);
}
