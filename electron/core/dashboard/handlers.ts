import type { dashboardProcedures } from '../../../shared/api/dashboard';
import type { Handlers } from '../procedure';
import { dashboardExport } from './export';
import { dashboardGoals } from './goals';
import { dashboardReadiness } from './readiness';
import { dashboardOffice } from './service';

export const dashboardHandlers = {
  'dashboard.office': dashboardOffice,
  'dashboard.export': dashboardExport,
  'dashboard.goals': dashboardGoals,
  'dashboard.readiness': dashboardReadiness,
} satisfies Handlers<typeof dashboardProcedures>;
