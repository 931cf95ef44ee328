import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Placement } from '../../../shared/api/network';
import { writeAudit } from '../db/audit';
import { transaction, type Db } from '../db/client';
import { findContact } from '../db/contacts';
import { findEmployer, placementsWhere } from '../db/employers';
import { deletePlacement, findPlacement, insertPlacement, updatePlacement, type PlacementValues } from '../db/placements';
import { findStudent } from '../db/students';
import { notFound } from '../errors';
import { currentActor } from '../office/settings';
import { invalidReference } from '../validate';

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
  return readPlacement(db, insertPlacement(db, input));
}

export function placementsUpdate(db: Db, input: ParsedInput<'placements.update'>): Placement {
  const { id, ...values } = input;
  readPlacement(db, id);
  assertWritable(db, values);
  updatePlacement(db, id, values);
  return readPlacement(db, id);
}

export function placementsDelete(db: Db, input: ParsedInput<'placements.delete'>): ProcedureOutput<'placements.delete'> {
  const placement = readPlacement(db, input.id);
  transaction(db, () => {
    deletePlacement(db, input.id);
    writeAudit(db, {
      actor: currentActor(db),
      action: 'delete',
      entity: 'placement',
      entityId: input.id,
      details: { studentId: placement.studentId, employer: placement.employerName, role: placement.role },
    });
  });
  return { deleted: true };
}
