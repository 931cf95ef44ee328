import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import { findAdvisorByEmail, insertAdvisor, listAdvisors } from '../db/advisors';
import { transaction, type Db } from '../db/client';
import { ensureGoalTemplates } from '../db/goal-templates';
import { writeSetting } from '../db/settings';
import { countStudents } from '../db/students';
import { generateDemoOffice } from '../demo/generate';
import { AppError } from '../errors';
import { defaultGoalLadder } from './goal-ladder';
import { currentActor, getSettings, settingKeys } from './settings';

export function appStatus(db: Db): ProcedureOutput<'app.status'> {
  const settings = getSettings(db);
  return {
    officeName: settings.officeName,
    firstRunDone: settings.firstRunDone,
    studentCount: countStudents(db),
    databasePath: db.path,
  };
}

/** Loads the demo office into an empty database (the UI caps the size; the CLI goes up to a whole university). */
export function createDemoOffice(db: Db, options: { students: number; seed: number; today?: Date }): Record<string, number> {
  // The emptiness check and the load hold the write lock together: two windows (or a window and the CLI)
  // asking at once give one demo office and one "already holds" answer, never two offices in one file.
  return transaction(db, () => {
    const existing = countStudents(db);
    if (existing > 0) {
      throw new AppError('conflict', `This database already holds ${existing} students; the demo office can only be loaded into an empty database.`, {
        students: existing,
      });
    }
    return generateDemoOffice(db, {
      students: options.students,
      seed: options.seed,
      today: options.today ?? new Date(),
      actor: currentActor(db),
    });
  });
}

export function loadDemo(db: Db, input: ParsedInput<'app.loadDemo'>): ProcedureOutput<'app.loadDemo'> {
  return { counts: createDemoOffice(db, input) };
}

export function startEmpty(db: Db): ProcedureOutput<'app.startEmpty'> {
  transaction(db, () => {
    ensureGoalTemplates(db, defaultGoalLadder);
    writeSetting(db, settingKeys.firstRunDone, true);
  });
  return getSettings(db);
}

export function createAdvisor(db: Db, input: ParsedInput<'advisors.create'>): ProcedureOutput<'advisors.create'> {
  const email = input.email.toLowerCase();
  if (findAdvisorByEmail(db, email)) {
    throw new AppError('conflict', `An advisor with the email ${email} already exists.`, { field: 'email' });
  }
  const id = insertAdvisor(db, { name: input.name, email });
  const advisor = listAdvisors(db).find((a) => a.id === id);
  if (!advisor) throw new AppError('internal', 'The new advisor could not be read back.');
  return advisor;
}

export function advisorsList(db: Db): ProcedureOutput<'advisors.list'> {
  return listAdvisors(db);
}
