import type { viewsProcedures } from '../../../shared/api/views';
import type { Handlers } from '../procedure';
import { viewsDelete, viewsList, viewsSave } from './service';

export const viewsHandlers = {
  'views.list': viewsList,
  'views.save': viewsSave,
  'views.delete': viewsDelete,
} satisfies Handlers<typeof viewsProcedures>;
