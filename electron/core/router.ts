import { combine } from '../../shared/api/combine';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import { twoStepHandlers } from './auth/two-step-handlers';
import { backupsHandlers } from './backups/handlers';
import { connectionsHandlers } from './connections/handlers';
import { contactsHandlers } from './contacts/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { employersHandlers } from './employers/handlers';
import { eventsHandlers } from './events/handlers';
import { eventDeskHandlers } from './events/desk-handlers';
import { selfCheckInHandlers } from './events/self-check-in-handlers';
import { exportsHandlers } from './exports/handlers';
import { goalsHandlers } from './goals/handlers';
import { importsHandlers } from './imports/handlers';
import { keepInTouchHandlers } from './keep-in-touch/handlers';
import { milestonesHandlers } from './milestones/handlers';
import { notesHandlers } from './notes/handlers';
import { myDayHandlers } from './my-day/handlers';
import { officeHandlers } from './office/handlers';
import { placementsHandlers } from './placements/handlers';
import type { Router } from './procedure';
import { readinessHandlers } from './readiness/handlers';
import { searchHandlers } from './search/handlers';
import { ssoHandlers } from './sso/handlers';
import { tasksHandlers } from './tasks/handlers';
import { studentsHandlers } from './students/handlers';
import { usersHandlers } from './users/handlers';
import { viewsHandlers } from './views/handlers';
import { wrapUpHandlers } from './wrap-up/handlers';

/**
 * Procedure name → handler: the areas' handler maps combined. A procedure of the contract without a handler,
 * or a name two areas both handle, is a compile error (tests/unit/router-types.test.ts proves both).
 */
export const router: Router = combine(
  officeHandlers,
  searchHandlers,
  auditHandlers,
  studentsHandlers,
  contactsHandlers,
  employersHandlers,
  connectionsHandlers,
  placementsHandlers,
  keepInTouchHandlers,
  wrapUpHandlers,
  milestonesHandlers,
  notesHandlers,
  tasksHandlers,
  goalsHandlers,
  eventsHandlers,
  eventDeskHandlers,
  selfCheckInHandlers,
  dashboardHandlers,
  myDayHandlers,
  readinessHandlers,
  exportsHandlers,
  importsHandlers,
  backupsHandlers,
  viewsHandlers,
  authHandlers,
  twoStepHandlers,
  usersHandlers,
  ssoHandlers,
);
