import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Employer } from '../../../shared/api/employers';
import type { Db } from '../db/client';
import { employerOptions, findEmployer, findEmployerByName, insertEmployer, placementsWhere, updateEmployer, type EmployerValues } from '../db/employers';
import { AppError, notFound } from '../errors';
import { saveEdit } from '../record-edit';

export function readEmployer(db: Db, id: number): Employer {
  const employer = findEmployer(db, id);
  if (!employer) throw notFound('employer', id);
  return employer;
}

function assertUniqueName(db: Db, name: string, exceptId?: number): void {
  const other = findEmployerByName(db, name, exceptId);
  if (other)
    throw new AppError('conflict', `An employer named ${other.name} already exists.`, {
      field: 'name',
      employerId: other.id,
    });
}

export function employersGet(db: Db, input: ParsedInput<'employers.get'>): Employer {
  return readEmployer(db, input.id);
}

export function employersCreate(db: Db, input: EmployerValues): Employer {
  assertUniqueName(db, input.name);
  return readEmployer(db, insertEmployer(db, input));
}

export function employersUpdate(db: Db, input: ParsedInput<'employers.update'>): Employer {
  const { id, version, ...values } = input;
  const edit = { table: 'employers', entity: 'employer', id, version, current: () => readEmployer(db, id), name: (e: Employer) => e.name } as const;
  saveEdit(db, edit, () => {
    assertUniqueName(db, values.name, id);
    updateEmployer(db, id, values);
  });
  return readEmployer(db, id);
}

export function employersOptions(db: Db, input: ParsedInput<'employers.options'>): ProcedureOutput<'employers.options'> {
  return employerOptions(db, input.search, input.limit);
}

export function employersPlacements(db: Db, input: ParsedInput<'employers.placements'>): ProcedureOutput<'employers.placements'> {
  readEmployer(db, input.employerId);
  return placementsWhere(db, 'p.employer_id', input.employerId);
}
