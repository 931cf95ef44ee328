import type { searchProcedures } from '../../../shared/api/search';
import { quickSearchContacts, quickSearchEmployers, quickSearchEvents } from '../db/quick-search';
import { quickSearchStudents } from '../db/students';
import type { Handlers } from '../procedure';

export const searchHandlers = {
  'search.quick': (db, { query, limit }) =>
    query === ''
      ? { students: [], contacts: [], employers: [], events: [] }
      : {
          students: quickSearchStudents(db, query, limit),
          contacts: quickSearchContacts(db, query, limit),
          employers: quickSearchEmployers(db, query, limit),
          events: quickSearchEvents(db, query, limit, new Date().toISOString()),
        },
} satisfies Handlers<typeof searchProcedures>;
