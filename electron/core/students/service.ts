import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { networkSummarySchema, type Student, type StudentDetail } from '../../../shared/api/students';
import { findAdvisor } from '../db/advisors';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { findDuplicate, findStudent, insertStudent, networkSummary, replaceLabels, studentFacets, updateStudent, type StudentValues } from '../db/students';
import { listStudents } from '../db/student-list';
import { touchedStudents } from '../db/student-access';
import { officeToday } from '../db/office-day';
import { termAt } from '../terms';
import { AppError, notFound } from '../errors';
import { readinessRules } from '../office/readiness-rules';
import { currentActor } from '../office/settings';
import { saveEdit } from '../record-edit';

type StudentFields = ParsedInput<'students.create'>;

const fieldLabels = { externalId: 'student ID', schoolEmail: 'school email' } as const;

function readStudent(db: Db, id: number): Student {
  const student = findStudent(db, id);
  if (!student) throw notFound('student', id);
  return student;
}

function assertWritable(db: Db, fields: StudentFields, exceptId?: number): void {
  if (fields.advisorId !== null && !findAdvisor(db, fields.advisorId)) {
    throw new AppError('invalid_input', `There is no advisor with id ${fields.advisorId} (they may have just been removed).`, { field: 'advisorId' });
  }
  const duplicate = findDuplicate(db, fields, exceptId);
  // The email or ID is the caller's own typing; who holds it is not theirs to learn when that student is hidden from
  // them (confidential, another caseload, the front desk): the refusal then names nobody.
  if (duplicate && !touchedStudents(db, { students: [duplicate.id] }).some((s) => s.visible)) {
    throw new AppError(
      'conflict',
      `Another student, whose record you cannot see, already has the ${fieldLabels[duplicate.field]} ${duplicate.value}; ask a director.`,
      { field: duplicate.field },
    );
  }
  if (duplicate) {
    throw new AppError('conflict', `Another student (${duplicate.displayName}) already has the ${fieldLabels[duplicate.field]} ${duplicate.value}.`, {
      field: duplicate.field,
      studentId: duplicate.id,
    });
  }
}

function toValues(fields: StudentFields): Omit<StudentValues, 'status'> {
  const { labels: _labels, ...values } = fields;
  return values;
}

export function studentsList(db: Db, input: ParsedInput<'students.list'>): ProcedureOutput<'students.list'> {
  return listStudents(db, input, officeToday(db), readinessRules(db));
}

/** mayChange comes from touchedStudents, the very check the core runs before a `caseload` write (access/authorize.ts). */
export function studentsGet(db: Db, input: ParsedInput<'students.get'>): StudentDetail {
  const student = readStudent(db, input.id);
  return { ...student, mayChange: touchedStudents(db, { students: [input.id] }).some((s) => s.changeable) };
}

export function studentsCreate(db: Db, input: StudentFields): Student {
  assertWritable(db, input);
  const id = transaction(db, () => {
    const newId = insertStudent(db, { ...toValues(input), status: 'active' });
    replaceLabels(db, newId, input.labels);
    return newId;
  });
  return readStudent(db, id);
}

export function studentsUpdate(db: Db, input: ParsedInput<'students.update'>): Student {
  const { id, version, ...fields } = input;
  const edit = { table: 'students', entity: 'student', id, version, current: () => readStudent(db, id), name: (s: Student) => s.displayName } as const;
  saveEdit(db, edit, () => {
    assertWritable(db, fields, id);
    updateStudent(db, id, toValues(fields));
    replaceLabels(db, id, fields.labels);
  });
  return readStudent(db, id);
}

export function studentsSetStatus(db: Db, input: ParsedInput<'students.setStatus'>): Student {
  const before = readStudent(db, input.id);
  if (before.status === input.status) return before;
  transaction(db, () => {
    updateStudent(db, input.id, { status: input.status });
    writeAudit(db, {
      actor: currentActor(db),
      action: input.status === 'archived' ? 'archive' : 'update',
      entity: 'student',
      entityId: input.id,
      details: { field: 'status', from: before.status, to: input.status },
    });
  });
  return readStudent(db, input.id);
}

export function studentsNetworkSummary(db: Db, input: ParsedInput<'students.networkSummary'>): ProcedureOutput<'students.networkSummary'> {
  readStudent(db, input.id);
  return networkSummarySchema.parse(networkSummary(db, input.id));
}

export function studentsFacets(db: Db): ProcedureOutput<'students.facets'> {
  const today = officeToday(db);
  return { ...studentFacets(db), terms: [0, -1, -2, -3].map((offset) => termAt(today, offset).name) };
}
