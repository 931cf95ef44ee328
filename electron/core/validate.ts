import type { Db } from './db/client';
import { officeToday } from './db/office-day';
import { AppError } from './errors';

/** Refuses a date after today (on the office's calendar) for something that has already happened. */
export function assertNotFuture(db: Db, field: string, isoDate: string | null, what: string): void {
  if (isoDate !== null && isoDate > officeToday(db)) {
    throw new AppError('invalid_input', `${isoDate} is in the future; ${what}.`, { field });
  }
}

export function invalidReference(field: string, entity: string, id: number): AppError {
  return new AppError('invalid_input', `There is no ${entity} with id ${id} (it may have just been deleted).`, {
    field,
  });
}
