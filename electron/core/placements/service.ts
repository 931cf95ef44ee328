import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Placement } from '../../../shared/api/placements';
import { deleteRecorded } from '../audit/record';
import { transaction, type Db } from '../db/client';
import { findContact } from '../db/contacts';
import { findEmployer, placementsWhere } from '../db/employers';
import { deletePlacement, findPlacement, insertPlacement, updatePlacement, type PlacementValues } from '../db/placements';
import { findStudent } from '../db/students';
import { AppError, notFound } from '../errors';
import { officeToday } from '../db/office-day';
import { findSameConnection, insertConnection, linkConnectionToPlacement } from '../db/connections';
import { invalidReference } from '../validate';
import { saveEdit } from '../record-edit';

function readPlacement(db: Db, id: number): Placement {
  const placement = findPlacement(db, id);
  if (!placement) throw notFound('placement', id);
  return placement;
}

function assertWritable(db: Db, v: PlacementValues): void {
  if (!findStudent(db, v.studentId)) throw invalidReference('studentId', 'student', v.studentId);
  if (!findEmployer(db, v.employerId)) throw invalidReference('employerId', 'employer', v.employerId);
  if (v.supervisorContactId !== null && !findContact(db, v.supervisorContactId)) {
    throw invalidReference('supervisorContactId', 'contact', v.supervisorContactId);
  }
}

export function placementsForStudent(db: Db, input: ParsedInput<'placements.forStudent'>): Placement[] {
  if (!findStudent(db, input.studentId)) throw notFound('student', input.studentId);
  return placementsWhere(db, 'p.student_id', input.studentId);
}

export function placementsCreate(db: Db, input: PlacementValues): Placement {
  assertWritable(db, input);
  const id = transaction(db, () => {
    const newId = insertPlacement(db, input);
    linkSupervisor(db, newId, input);
    return newId;
  });
  return readPlacement(db, id);
}

export function placementsUpdate(db: Db, input: ParsedInput<'placements.update'>): Placement {
  const { id, version, ...values } = input;
  const current = () => readPlacement(db, id);
  saveEdit(db, { table: 'placements', entity: 'placement', id, version, current, name: (p) => `${p.studentName}'s placement at ${p.employerName}` }, () => {
    if (values.studentId !== current().studentId) {
      throw new AppError('invalid_input', 'A placement stays with its student; delete it and add it to the other student instead.', { field: 'studentId' });
    }
    assertWritable(db, values);
    updatePlacement(db, id, values);
    linkSupervisor(db, id, values);
  });
  return readPlacement(db, id);
}

/** The supervisor named on a placement is one of its supporters: their connection is made or linked to it. */
function linkSupervisor(db: Db, placementId: number, v: PlacementValues): void {
  if (v.supervisorContactId === null) return;
  const existing = findSameConnection(db, v.studentId, v.supervisorContactId, 'supervisor');
  if (existing) {
    linkConnectionToPlacement(db, existing.id, placementId);
    return;
  }
  insertConnection(db, {
    studentId: v.studentId,
    contactId: v.supervisorContactId,
    relationship: 'supervisor',
    context: null,
    sinceOn: v.startOn <= officeToday(db) ? v.startOn : null,
    placementId,
    referenceStatus: 'not_asked',
    referenceStatusOn: null,
    resumeSharedOn: null,
  });
}

export function placementsDelete(db: Db, input: ParsedInput<'placements.delete'>): ProcedureOutput<'placements.delete'> {
  const placement = readPlacement(db, input.id);
  const details = { studentId: placement.studentId, employer: placement.employerName, role: placement.role };
  return deleteRecorded(db, 'placement', input.id, () => deletePlacement(db, input.id), details);
}
