import type { eventDeskProcedures } from '../../../shared/api/event-desk';
import type { Handlers } from '../procedure';
import { eventsCheckInList, eventsDropNoShowGoals, eventsKioskFind, eventsNoShowGoals, eventsSetHeld, eventsWalkIn, eventsWalkInCandidates } from './desk';

/** The door and the day after: the expected list, walk-ins, the kiosk, "held" and the goals of no-shows. */
export const eventDeskHandlers = {
  'events.checkInList': eventsCheckInList,
  'events.walkInCandidates': eventsWalkInCandidates,
  'events.walkIn': eventsWalkIn,
  'events.kioskFind': eventsKioskFind,
  'events.setHeld': eventsSetHeld,
  'events.noShowGoals': eventsNoShowGoals,
  'events.dropNoShowGoals': eventsDropNoShowGoals,
} satisfies Handlers<typeof eventDeskProcedures>;
