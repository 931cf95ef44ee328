import type { wrapUpProcedures } from '../../../shared/api/wrap-up';
import type { Handlers } from '../procedure';
import { wrapUpForStudent, wrapUpTemplates, wrapUpUpdateTemplates } from './service';

export const wrapUpHandlers = {
  'wrapUp.forStudent': wrapUpForStudent,
  'wrapUp.templates': wrapUpTemplates,
  'wrapUp.updateTemplates': wrapUpUpdateTemplates,
} satisfies Handlers<typeof wrapUpProcedures>;
