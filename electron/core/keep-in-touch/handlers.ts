import type { keepInTouchProcedures } from '../../../shared/api/keep-in-touch';
import { dashboardScope } from '../dashboard/scope';
import { losingTouchCounts } from '../db/dashboard';
import { officeToday } from '../db/office-day';
import { getSettings } from '../office/settings';
import type { Handlers } from '../procedure';
import { keepInTouchLosingTouch, keepInTouchUpdateWindows, keepInTouchWindows } from './service';

export const keepInTouchHandlers = {
  'keepInTouch.windows': keepInTouchWindows,
  'keepInTouch.updateWindows': keepInTouchUpdateWindows,
  'keepInTouch.losingTouch': keepInTouchLosingTouch,
  'keepInTouch.staleCount': (db, input) => {
    const advisorId = input.advisorId === undefined ? getSettings(db).currentAdvisorId : input.advisorId;
    return losingTouchCounts(db, dashboardScope(db, { advisorId: advisorId ?? undefined }), officeToday(db));
  },
} satisfies Handlers<typeof keepInTouchProcedures>;
