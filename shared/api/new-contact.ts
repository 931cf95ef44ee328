import { z } from 'zod';
import { id, optionalText, requiredText } from './fields';

// Someone met at the point of meeting is often not in the directory yet: "Log meeting" and "Add connection" name
// an existing contact or create one on the spot, in the same write.

/** A contact created on the spot: the name is enough; the rest is filled in on the contact's page later. */
export const newContactInput = z.strictObject({
  firstName: requiredText(100),
  lastName: requiredText(100),
  title: optionalText(150),
  employerId: id.nullish(),
});
export type NewContact = z.output<typeof newContactInput>;

/** The input fields that name the contact: exactly one of the two (refine with `oneContact`). */
export const contactOrNewFields = { contactId: id.optional(), newContact: newContactInput.optional() };

/** Exactly one of an existing contact and a new one; the message sits on the contact field. */
export const oneContact = {
  check: (v: { contactId?: number; newContact?: unknown }) => (v.contactId === undefined) !== (v.newContact === undefined),
  where: { path: ['contactId'], message: 'choose a contact or enter a new one' },
};
