import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Db } from '../db/client';
import { listContacts, listEmployers, listEvents, listIndustries } from '../db/directory';

export function contactsList(db: Db, input: ParsedInput<'contacts.list'>): ProcedureOutput<'contacts.list'> {
  return listContacts(db, input);
}

export function employersList(db: Db, input: ParsedInput<'employers.list'>): ProcedureOutput<'employers.list'> {
  return listEmployers(db, input);
}

export function employersIndustries(db: Db): ProcedureOutput<'employers.industries'> {
  return listIndustries(db);
}

export function eventsList(db: Db, input: ParsedInput<'events.list'>, now = new Date()): ProcedureOutput<'events.list'> {
  return listEvents(db, input, now.toISOString());
}
