import type { usersProcedures } from '../../../shared/api/users';
import { currentActor } from '../office/settings';
import type { Handlers } from '../procedure';
import { addUser, linkAdvisor, listUsers, resetPassword, setDisabled, setRole } from './service';

/** The office server's accounts (admins only): users.* */
export const usersHandlers = {
  'users.list': (db) => listUsers(db),
  'users.add': (db, input) => addUser(db, currentActor(db), input),
  'users.setRole': (db, input) => setRole(db, currentActor(db), input),
  'users.linkAdvisor': (db, input) => linkAdvisor(db, currentActor(db), input),
  'users.disable': (db, input) => setDisabled(db, currentActor(db), input, true),
  'users.enable': (db, input) => setDisabled(db, currentActor(db), input, false),
  'users.resetPassword': (db, input) => resetPassword(db, currentActor(db), input),
} satisfies Handlers<typeof usersProcedures>;
