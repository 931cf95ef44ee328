import type { selfCheckInProcedures } from '../../../shared/api/self-check-in';
import type { Handlers } from '../procedure';
import { eventsSelfCheckIn, eventsSelfCheckInCode, eventsSelfCheckInForm, eventsSetSelfCheckIn } from './self-check-in';

/** Students checking themselves in on a phone: the desk's QR code and settings, the phone's page and its check-in. */
export const selfCheckInHandlers = {
  'events.selfCheckInCode': (db, input) => eventsSelfCheckInCode(db, input),
  'events.setSelfCheckIn': eventsSetSelfCheckIn,
  'events.selfCheckInForm': (db, input) => eventsSelfCheckInForm(db, input),
  'events.selfCheckIn': (db, input) => eventsSelfCheckIn(db, input),
} satisfies Handlers<typeof selfCheckInProcedures>;
