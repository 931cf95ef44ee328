import { localToday } from './dates';
import { AppError } from './errors';

/** Refuses a date after today for something that has already happened. */
export function assertNotFuture(field: string, isoDate: string | null, what: string): void {
  if (isoDate !== null && isoDate > localToday()) {
    throw new AppError('invalid_input', `${isoDate} is in the future; ${what}.`, { field });
  }
}

export function invalidReference(field: string, entity: string, id: number): AppError {
  return new AppError('invalid_input', `There is no ${entity} with id ${id} (it may have just been deleted).`, { field });
}
