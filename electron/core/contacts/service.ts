import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { Contact } from '../../../shared/api/contacts';
import { deleteWithAudit } from '../audit/record';
import type { Db } from '../db/client';
import { connectionsOfContact } from '../db/connections';
import {
  contactDeletePreview,
  contactOptions,
  deleteContact,
  findContact,
  findDuplicateContacts,
  insertContact,
  mergeContacts,
  mergePreview,
  updateContact,
  type ContactValues,
} from '../db/contacts';
import { findEmployer, placementsWhere } from '../db/employers';
import { officeToday } from '../db/office-day';
import { notFound } from '../errors';
import { assertNotFuture, invalidReference } from '../validate';
import { assertMayDropTasksOf } from '../tasks/service';
import { saveEdit } from '../record-edit';

export function readContact(db: Db, id: number): Contact {
  const contact = findContact(db, id);
  if (!contact) throw notFound('contact', id);
  return contact;
}

function assertWritable(db: Db, v: ContactValues): void {
  if (v.employerId !== null && !findEmployer(db, v.employerId)) throw invalidReference('employerId', 'employer', v.employerId);
  assertNotFuture(db, 'verifiedOn', v.verifiedOn, 'details can only be verified on a day that has come');
}

export function contactsGet(db: Db, input: ParsedInput<'contacts.get'>): Contact {
  return readContact(db, input.id);
}

export function contactsCreate(db: Db, input: ContactValues): Contact {
  assertWritable(db, input);
  return readContact(db, insertContact(db, input));
}

export function contactsUpdate(db: Db, input: ParsedInput<'contacts.update'>): Contact {
  const { id, version, ...values } = input;
  const edit = { table: 'contacts', entity: 'contact', id, version, current: () => readContact(db, id), name: (c: Contact) => c.displayName } as const;
  saveEdit(db, edit, () => {
    assertWritable(db, values);
    updateContact(db, id, values);
  });
  return readContact(db, id);
}

export function contactsDeletePreview(db: Db, input: ParsedInput<'contacts.deletePreview'>): ProcedureOutput<'contacts.deletePreview'> {
  readContact(db, input.id);
  return contactDeletePreview(db, input.id);
}

/** Deletes a contact with their connections and interactions (the UI confirms with the preview first). */
export function contactsDelete(db: Db, input: ParsedInput<'contacts.delete'>): ProcedureOutput<'contacts.delete'> {
  const contact = readContact(db, input.id);
  assertMayDropTasksOf(db, input.id);
  deleteWithAudit(
    db,
    'contact',
    input.id,
    () => {
      const preview = contactDeletePreview(db, input.id, true);
      deleteContact(db, input.id);
      return preview;
    },
    (preview) => ({ name: contact.displayName, ...preview }),
  );
  return { deleted: true };
}

export function contactsDuplicates(db: Db, input: ParsedInput<'contacts.duplicates'>): Contact[] {
  readContact(db, input.id);
  return findDuplicateContacts(db, input.id);
}

export function contactsMerge(db: Db, input: ParsedInput<'contacts.merge'>): ProcedureOutput<'contacts.merge'> {
  readContact(db, input.keepId);
  const merged = readContact(db, input.mergeId);
  const counts = deleteWithAudit(
    db,
    'contact',
    input.mergeId,
    () => mergeContacts(db, input.keepId, input.mergeId),
    (result) => ({ mergedInto: input.keepId, name: merged.displayName, ...result }),
  );
  return { contact: readContact(db, input.keepId), ...counts };
}

export function contactsMergePreview(db: Db, input: ParsedInput<'contacts.mergePreview'>): ProcedureOutput<'contacts.mergePreview'> {
  readContact(db, input.keepId);
  readContact(db, input.mergeId);
  return mergePreview(db, input.keepId, input.mergeId);
}

export function contactsConnections(db: Db, input: ParsedInput<'contacts.connections'>): ProcedureOutput<'contacts.connections'> {
  readContact(db, input.contactId);
  return connectionsOfContact(db, input.contactId, officeToday(db));
}

export function contactsPlacementsSupervised(db: Db, input: ParsedInput<'contacts.placementsSupervised'>): ProcedureOutput<'contacts.placementsSupervised'> {
  readContact(db, input.contactId);
  return placementsWhere(db, 'p.supervisor_contact_id', input.contactId);
}

export function contactsOptions(db: Db, input: ParsedInput<'contacts.options'>): ProcedureOutput<'contacts.options'> {
  return contactOptions(db, input.search, input.limit);
}
