import type { searchProcedures } from '../../../shared/api/search';
import { quickSearchStudents } from '../db/students';
import type { Handlers } from '../procedure';

export const searchHandlers = {
  'search.quick': (db, input) => ({ students: quickSearchStudents(db, input.query, input.limit) }),
} satisfies Handlers<typeof searchProcedures>;
