import type { NewContact } from '../../../shared/api/new-contact';
import type { Db } from '../db/client';
import { findContact, insertContact } from '../db/contacts';
import { findEmployer } from '../db/employers';
import { invalidReference } from '../validate';

/**
 * The contact an input names, or the one it creates on the spot from just a name (and title, employer). Runs inside
 * the caller's transaction, so a write that then fails leaves no half-made contact behind.
 */
export function contactIdFor(db: Db, input: { contactId?: number; newContact?: NewContact }): number {
  if (input.contactId !== undefined) {
    if (!findContact(db, input.contactId)) throw invalidReference('contactId', 'contact', input.contactId);
    return input.contactId;
  }
  const employerId = input.newContact?.employerId ?? null;
  if (employerId !== null && !findEmployer(db, employerId)) throw invalidReference('newContact.employerId', 'employer', employerId);
  return insertContact(db, {
    firstName: input.newContact?.firstName ?? '',
    lastName: input.newContact?.lastName ?? '',
    title: input.newContact?.title ?? null,
    department: null,
    employerId,
    email: null,
    phone: null,
    preferredMethod: null,
    linkedinUrl: null,
    verifiedOn: null,
    isMentor: false,
    mentorCapacity: 0,
    notes: null,
  });
}
