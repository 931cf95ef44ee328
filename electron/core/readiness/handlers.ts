import type { readinessProcedures } from '../../../shared/api/readiness';
import type { Handlers } from '../procedure';
import { readinessRulesGet, readinessRulesUpdate, readinessStudent } from './service';

export const readinessHandlers = {
  'readiness.rules': readinessRulesGet,
  'readiness.updateRules': readinessRulesUpdate,
  'readiness.student': readinessStudent,
} satisfies Handlers<typeof readinessProcedures>;
