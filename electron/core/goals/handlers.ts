import type { goalsProcedures } from '../../../shared/api/goals';
import type { Handlers } from '../procedure';
import {
  goalTemplatesList,
  goalTemplatesSave,
  goalsApplyTemplate,
  goalsCreate,
  goalsDelete,
  goalsForStudent,
  goalsMarkMet,
  goalsNextRung,
  goalsSetDropped,
  goalsTryAgain,
  goalsUpdate,
} from './service';

/** Goals and the ladder of templates they climb (goalTemplates.* is this area's companion namespace). */
export const goalsHandlers = {
  'goals.forStudent': goalsForStudent,
  'goals.create': goalsCreate,
  'goals.update': goalsUpdate,
  'goals.setDropped': goalsSetDropped,
  'goals.markMet': goalsMarkMet,
  'goals.tryAgain': goalsTryAgain,
  'goals.delete': goalsDelete,
  'goals.nextRung': goalsNextRung,
  'goals.applyTemplate': goalsApplyTemplate,
  'goalTemplates.list': goalTemplatesList,
  'goalTemplates.save': goalTemplatesSave,
} satisfies Handlers<typeof goalsProcedures>;
