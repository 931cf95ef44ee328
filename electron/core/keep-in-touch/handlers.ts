import type { keepInTouchProcedures } from '../../../shared/api/keep-in-touch';
import type { Handlers } from '../procedure';
import { keepInTouchLosingTouch, keepInTouchUpdateWindows, keepInTouchWindows } from './service';

export const keepInTouchHandlers = {
  'keepInTouch.windows': keepInTouchWindows,
  'keepInTouch.updateWindows': keepInTouchUpdateWindows,
  'keepInTouch.losingTouch': keepInTouchLosingTouch,
} satisfies Handlers<typeof keepInTouchProcedures>;
