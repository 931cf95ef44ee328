import type { officeProcedures } from '../../../shared/api/office';
import { dataVersion } from '../db/data-version';
import type { Handlers } from '../procedure';
import { advisorsList, appStatus, createAdvisor, loadDemo, startEmpty } from './service';
import { getSettings, updateSettings } from './settings';

/** The office itself: office.*, app.*, settings.*, advisors.* */
export const officeHandlers = {
  'office.dataVersion': dataVersion,
  'app.status': appStatus,
  'app.loadDemo': loadDemo,
  'app.startEmpty': startEmpty,
  'settings.get': getSettings,
  'settings.update': updateSettings,
  'advisors.list': advisorsList,
  'advisors.create': createAdvisor,
} satisfies Handlers<typeof officeProcedures>;
