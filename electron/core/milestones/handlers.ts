import type { milestonesProcedures } from '../../../shared/api/milestones';
import type { Handlers } from '../procedure';
import { milestonesCreate, milestonesForStudent, milestonesMarkSent } from './service';

export const milestonesHandlers = {
  'milestones.forStudent': milestonesForStudent,
  'milestones.create': milestonesCreate,
  'milestones.markSent': milestonesMarkSent,
} satisfies Handlers<typeof milestonesProcedures>;
