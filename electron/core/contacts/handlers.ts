import type { contactsProcedures } from '../../../shared/api/contacts';
import { listContacts } from '../db/directory';
import type { Handlers } from '../procedure';
import {
  contactsConnections,
  contactsCreate,
  contactsDelete,
  contactsDeletePreview,
  contactsDuplicates,
  contactsGet,
  contactsMerge,
  contactsMergePreview,
  contactsOptions,
  contactsPlacementsSupervised,
  contactsUpdate,
} from './service';

export const contactsHandlers = {
  'contacts.list': listContacts,
  'contacts.get': contactsGet,
  'contacts.create': contactsCreate,
  'contacts.update': contactsUpdate,
  'contacts.deletePreview': contactsDeletePreview,
  'contacts.delete': contactsDelete,
  'contacts.duplicates': contactsDuplicates,
  'contacts.merge': contactsMerge,
  'contacts.mergePreview': contactsMergePreview,
  'contacts.connections': contactsConnections,
  'contacts.placementsSupervised': contactsPlacementsSupervised,
  'contacts.options': contactsOptions,
} satisfies Handlers<typeof contactsProcedures>;
