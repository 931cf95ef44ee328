import type { tasksProcedures } from '../../../shared/api/tasks';
import type { Handlers } from '../procedure';
import { tasksCreate, tasksDelete, tasksForContact, tasksForStudent, tasksMine, tasksSetDone, tasksUpdate } from './service';

export const tasksHandlers = {
  'tasks.forStudent': tasksForStudent,
  'tasks.forContact': tasksForContact,
  'tasks.mine': tasksMine,
  'tasks.create': tasksCreate,
  'tasks.update': tasksUpdate,
  'tasks.setDone': tasksSetDone,
  'tasks.delete': tasksDelete,
} satisfies Handlers<typeof tasksProcedures>;
