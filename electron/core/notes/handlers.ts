import type { notesProcedures } from '../../../shared/api/notes';
import type { Handlers } from '../procedure';
import { notesCreate, notesDelete, notesForStudent, notesUpdate } from './service';

export const notesHandlers = {
  'notes.forStudent': notesForStudent,
  'notes.create': notesCreate,
  'notes.update': notesUpdate,
  'notes.delete': notesDelete,
} satisfies Handlers<typeof notesProcedures>;
